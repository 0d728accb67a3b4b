import { expect, test } from '@playwright/test';

// One page of each kind the site builds.
const pages = ['', 'matrix/', 'api/', 'api/tf.contrib.slim.conv2d/', 'variants/nasnet_large/', 'packages/tf_slim/', 'tf/2.16/', 'errors/', 'compare/1.15...2.16/', 'scan/', 'guides/nasnet-on-tf2-with-tf-slim/'];

for (const path of pages)
	test(`/${path} loads nothing from another origin and declares a CSP`, async ({ page, baseURL }) => {
		const origins = new Set<string>();
		page.on('request', (r) => origins.add(new URL(r.url()).origin));
		await page.goto(path);
		await page.waitForLoadState('networkidle');
		expect([...origins]).toEqual([new URL(baseURL!).origin]);
		await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute('content', /default-src 'self'/);
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
