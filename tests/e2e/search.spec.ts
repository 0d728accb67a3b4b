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

test('Enter opens the top result: the exact name, whatever module spelling was typed', { tag: '@subpath' }, async ({ page }) => {
	await page.goto('');
	await page.getByRole('button', { name: 'Search' }).click();
	const box = page.getByRole('dialog').getByRole('textbox', { name: 'Search' });
	await box.fill('tensorflow.contrib.slim.conv2d');
	await expect(page.getByRole('region', { name: 'Names and titles' }).getByRole('link').first()).toHaveText('tf.contrib.slim.conv2d');
	await box.press('Enter');
	await expect(page).toHaveURL(/\/api\/tf\.contrib\.slim\.conv2d\/$/);
});

test('a typo finds the nearest name, and the arrow keys move through the results', { tag: '@subpath' }, async ({ page }) => {
	await page.goto('');
	await page.getByRole('button', { name: 'Search' }).click();
	const dialog = page.getByRole('dialog');
	const box = dialog.getByRole('textbox', { name: 'Search' });
	await box.fill('slim.bacth_norm');
	const exact = dialog.getByRole('region', { name: 'Names and titles' }).getByRole('link');
	await expect(exact.first()).toHaveText('tf.contrib.slim.batch_norm');
	await expect(dialog.locator('.pagefind-ui__result-link').first()).toBeVisible();
	await box.press('ArrowDown');
	await expect(exact.first()).toBeFocused();
	await page.keyboard.press('ArrowDown');
	await expect(dialog.locator('.pagefind-ui__result-link').first()).toBeFocused();
	await page.keyboard.press('ArrowUp');
	await page.keyboard.press('ArrowUp');
	await expect(box).toBeFocused();
});

test('on a phone the first result shows above the keyboard, before the filters', { tag: '@subpath' }, async ({ page }) => {
	// A phone's on-screen keyboard takes about the lower half of an 844 px screen.
	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto('');
	await page.getByRole('button', { name: 'Search' }).click();
	const dialog = page.getByRole('dialog');
	await dialog.getByRole('textbox', { name: 'Search' }).fill('checkpoint');
	const first = dialog.locator('.pagefind-ui__result').first();
	await expect(first).toBeVisible();
	expect((await first.boundingBox())!.y).toBeLessThan(844 / 2);
	const filters = await dialog.locator('.pagefind-ui__filter-panel').boundingBox();
	if (filters) expect(filters.y).toBeGreaterThan((await first.boundingBox())!.y);
});
