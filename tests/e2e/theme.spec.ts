import { expect, test } from '@playwright/test';

test('switching to dark mode switches the code theme', async ({ page }) => {
	await page.emulateMedia({ colorScheme: 'light' });
	await page.goto('api/tf.contrib.slim.conv2d/');
	const code = page.locator('figure.code-compare pre').first();
	const background = () => code.evaluate((el) => getComputedStyle(el).backgroundColor);
	const token = page.locator('figure.code-compare pre span[style]').first();
	const tokenColor = () => token.evaluate((el) => getComputedStyle(el).color);
	const light = { bg: await background(), fg: await tokenColor() };

	await page.getByRole('combobox', { name: 'Select theme' }).first().selectOption('dark');
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	await expect.poll(background).not.toBe(light.bg);
	await expect.poll(tokenColor).not.toBe(light.fg);
});
