import { expect, test } from '@playwright/test';
import { axeViolations } from './axe.ts';

const symbolUrl = 'api/tf.contrib.slim.conv2d/';

test('a symbol page shows the TF1 and TF2 code side by side, each with a copy button', async ({ page }) => {
	await page.goto(symbolUrl);
	await expect(page.getByRole('heading', { level: 1, name: 'tf.contrib.slim.conv2d' })).toBeVisible();
	const compare = page.locator('figure.code-compare').first();
	const tf1 = compare.getByRole('figure').filter({ hasText: 'TF1 / Slim' });
	const tf2 = compare.getByRole('figure').filter({ hasText: 'TF2' }).filter({ hasNotText: 'TF1 / Slim' });
	await expect(tf1).toContainText('slim.conv2d');
	await expect(tf2).toContainText('tf.keras.layers.Conv2D');
	await expect(tf1.getByRole('button', { name: /copy/i })).toHaveCount(1);
	await expect(tf2.getByRole('button', { name: /copy/i })).toHaveCount(1);
	// Changed lines are marked: removed in the TF1 pane, inserted in the TF2 pane.
	await expect(tf1.locator('.line.del').first()).toBeVisible();
	await expect(tf2.locator('.line.ins').first()).toBeVisible();

	// Side by side on a wide screen …
	const [box1, box2] = [await tf1.boundingBox(), await tf2.boundingBox()];
	expect(box2!.x).toBeGreaterThan(box1!.x + box1!.width - 1);
	// … stacked on a phone.
	await page.setViewportSize({ width: 390, height: 844 });
	const [small1, small2] = [await tf1.boundingBox(), await tf2.boundingBox()];
	expect(small2!.y).toBeGreaterThan(small1!.y + small1!.height - 1);
});

test('the copy button copies the pane it belongs to', async ({ page, context }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto(symbolUrl);
	const tf2 = page.locator('figure.code-compare').first().getByRole('figure').filter({ hasText: 'TF2' }).filter({ hasNotText: 'TF1 / Slim' });
	await tf2.getByRole('button', { name: /copy/i }).click();
	const copied = await page.evaluate(() => navigator.clipboard.readText());
	expect(copied).toContain('tf.keras.layers.Conv2D');
	expect(copied).not.toContain('slim.conv2d(');
});

for (const theme of ['light', 'dark'] as const)
	test(`a symbol page has no axe violations in the ${theme} theme`, async ({ browser, baseURL }) => {
		const context = await browser.newContext({ colorScheme: theme, ...(baseURL ? { baseURL } : {}) });
		const page = await context.newPage();
		await page.goto(symbolUrl);
		expect(await axeViolations(page)).toEqual([]);
		await context.close();
	});
