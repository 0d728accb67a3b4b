import { expect, test } from '@playwright/test';

test('searching slim.arg_scope lands on its page', { tag: '@subpath' }, async ({ page }) => {
	await page.goto('');
	await page.getByRole('button', { name: 'Search' }).click();
	const dialog = page.getByRole('dialog');
	await dialog.getByRole('textbox', { name: 'Search' }).fill('slim.arg_scope');
	const first = dialog.locator('.pagefind-ui__result-link').first();
	await expect(first).toBeVisible();
	await first.click();
	await expect(page).toHaveURL(/\/api\/tf\.contrib\.slim\.arg_scope\/$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('tf.contrib.slim.arg_scope');
});

test('a query that matches nothing offers suggestions, never an empty box', { tag: '@subpath' }, async ({ page }) => {
	await page.goto('');
	await page.getByRole('button', { name: 'Search' }).click();
	const dialog = page.getByRole('dialog');
	await dialog.getByRole('textbox', { name: 'Search' }).fill('qzxq.conv2d');
	const suggestions = dialog.getByRole('region', { name: 'Suggestions' });
	await expect(suggestions).toBeVisible();
	await expect(suggestions.getByRole('link', { name: 'All API mappings' })).toBeVisible();
	await expect(suggestions.getByRole('link', { name: 'tf.contrib.slim.conv2d' })).toBeVisible();
	await suggestions.getByRole('link', { name: 'tf.contrib.slim.conv2d' }).click();
	await expect(page).toHaveURL(/\/api\/tf\.contrib\.slim\.conv2d\/$/);
});

test('a missing page offers to search for what its address names', { tag: '@subpath' }, async ({ page }) => {
	const response = await page.goto('api/slim.bacth_norm/');
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
	await page.getByRole('button', { name: 'Search for slim.bacth_norm' }).click();
	await expect(page.getByRole('dialog').getByRole('textbox', { name: 'Search' })).toHaveValue('slim.bacth_norm');
});
