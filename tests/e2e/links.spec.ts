import { expect, test } from '@playwright/test';
import { data } from '../../src/lib/data.ts';
import { statusFor } from '../../src/lib/query.ts';
import { statusLabels } from '../../src/lib/status.ts';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const cell = 'tf-2.16--tf_slim--nasnet_mobile';

test("a cell's copied link opens the matrix with that cell highlighted", { tag: '@subpath' }, async ({ page, context }) => {
	await page.goto('matrix/');
	await page.locator(`td[id="${cell}"] a`).click();
	await page.locator('.matrix__detail').getByRole('button', { name: /^Copy link/ }).click();
	const copied = await page.evaluate(() => navigator.clipboard.readText());
	expect(new URL(copied).hash).toBe(`#${cell}`);

	const fresh = await context.newPage();
	await fresh.goto(copied);
	const target = fresh.locator(`td[id="${cell}"]`);
	await expect(target).toBeInViewport();
	expect(await fresh.evaluate(() => document.querySelector(':target')?.id)).toBe(cell);
	await expect(target).toHaveCSS('outline-style', 'solid');
	// The cell shows the status the data gives it.
	await expect(target).toContainText(statusLabels[statusFor(data, '2.16', 'tf_slim', 'nasnet_mobile')!.status]);
});

test('copy as Markdown yields a link that states the answer', { tag: '@subpath' }, async ({ page, baseURL }) => {
	await page.goto('api/tf.contrib.slim.conv2d/');
	await page.getByRole('button', { name: 'Copy as Markdown: link to tf.contrib.slim.conv2d' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Copied' })).toBeVisible();
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
		`[tf.contrib.slim.conv2d → tf.keras.layers.Conv2D](${new URL('api/tf.contrib.slim.conv2d/', baseURL).href})`,
	);
});

for (const alias of ['slim.conv2d', 'tf_slim.layers.conv2d', 'tf.contrib.layers.conv2d'])
	test(`/api/${alias}/ redirects to the canonical page`, { tag: '@subpath' }, async ({ page }) => {
		await page.goto(`api/${alias}/`);
		await expect(page).toHaveURL(/\/api\/tf\.contrib\.slim\.conv2d\/$/);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('tf.contrib.slim.conv2d');
	});

test('a redirect keeps the #fragment of the address', { tag: '@subpath' }, async ({ page }) => {
	await page.goto('api/slim.conv2d/#arguments');
	await expect(page).toHaveURL(/\/api\/tf\.contrib\.slim\.conv2d\/#arguments$/);
	await expect(page.getByRole('heading', { name: 'Argument differences' })).toBeInViewport();
});
