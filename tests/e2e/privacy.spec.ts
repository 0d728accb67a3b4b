import { expect, type Page, test } from '@playwright/test';

// One page of each kind the site builds.
const pages = ['', 'matrix/', 'api/', 'api/tf.contrib.slim.conv2d/', 'variants/nasnet_large/', 'packages/tf_slim/', 'tf/2.16/', 'errors/', 'compare/1.15...2.16/', 'scan/', 'guides/nasnet-on-tf2-with-tf-slim/'];

// Records what the page's Content-Security-Policy blocks, from before the first script runs.
async function watchPolicy(page: Page): Promise<() => Promise<string[]>> {
	await page.addInitScript(() => {
		const seen: string[] = [];
		(window as unknown as { cspViolations: string[] }).cspViolations = seen;
		document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective}: ${e.blockedURI || e.sample}`));
	});
	return () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
}

for (const path of pages)
	test(`/${path} loads nothing from another origin, declares a CSP without unsafe-inline scripts and breaks none of it`, async ({ page, baseURL }) => {
		const origins = new Set<string>();
		page.on('request', (r) => origins.add(new URL(r.url()).origin));
		const violations = await watchPolicy(page);
		await page.goto(path);
		await page.waitForLoadState('networkidle');
		expect([...origins]).toEqual([new URL(baseURL!).origin]);
		const policy = page.locator('meta[http-equiv="Content-Security-Policy"]');
		await expect(policy).toHaveAttribute('content', /default-src 'self'; script-src 'self' 'sha256-/);
		expect(await policy.getAttribute('content')).not.toMatch(/script-src[^;]*unsafe-inline/);
		expect(await violations()).toEqual([]);
	});

test('search, theme switching and the scanner work under the policy', async ({ page }) => {
	const violations = await watchPolicy(page);
	await page.goto('');
	await page.getByRole('button', { name: 'Search' }).click();
	await page.getByRole('dialog').getByRole('textbox', { name: 'Search' }).fill('arg_scope');
	await expect(page.getByRole('dialog').locator('.pagefind-ui__result-link').first()).toBeVisible();
	await page.keyboard.press('Escape');
	await page.getByRole('combobox', { name: 'Select theme' }).first().selectOption('dark');
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	await page.goto('scan/');
	await page.getByLabel('TF1 / Slim Python code').fill('import tensorflow as tf\nx = tf.placeholder(tf.float32)\n');
	await page.getByRole('button', { name: 'Scan' }).click();
	await expect(page.getByRole('table')).toContainText('TF1-only');
	expect(await violations()).toEqual([]);
});

test('search queries with markup, pattern characters, great length or non-Latin text neither break nor run anything', async ({ page }) => {
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	page.on('dialog', (d) => {
		errors.push(`dialog: ${d.message()}`);
		void d.dismiss();
	});
	await page.goto('');
	await page.getByRole('button', { name: 'Search' }).click();
	const box = page.getByRole('dialog').getByRole('textbox', { name: 'Search' });
	for (const query of ['<img src=x onerror=alert(1)>', '<script>alert(2)</script>', '.*+?^${}()|[]\\', 'conv2d'.repeat(400), 'τένσορ 卷积 свёртка', '"; DROP TABLE x; --']) {
		await box.fill(query);
		await page.waitForTimeout(400);
	}
	await box.fill('conv2d');
	await expect(page.getByRole('dialog').locator('.pagefind-ui__result-link').first()).toBeVisible();
	expect(errors).toEqual([]);
	expect(await page.locator('img[src="x"]').count()).toBe(0);
});
