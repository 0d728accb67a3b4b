import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';

const symbolPage = 'api/tf.contrib.slim.conv2d/';

test('a symbol page first loads at most 30 KiB compressed (HTML, CSS, JS, up to the load event)', async ({ page }) => {
	const bodies: Promise<number>[] = [];
	let loaded = false;
	page.on('load', () => (loaded = true));
	page.on('response', (r) => {
		if (!loaded) bodies.push(r.body().then((b) => gzipSync(b).length, () => 0));
	});
	await page.goto(symbolPage, { waitUntil: 'load' });
	const sizes = await Promise.all(bodies);
	const kib = sizes.reduce((a, b) => a + b, 0) / 1024;
	console.log(`symbol page first load: ${kib.toFixed(1)} KiB compressed in ${sizes.length} responses`);
	expect(kib).toBeLessThanOrEqual(30);
});

test('a symbol page is readable without JavaScript', async ({ browser, baseURL }) => {
	const context = await browser.newContext({ javaScriptEnabled: false, ...(baseURL ? { baseURL } : {}) });
	const page = await context.newPage();
	await page.goto(symbolPage);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('tf.contrib.slim.conv2d');
	await expect(page.getByRole('heading', { name: 'Argument differences' })).toBeVisible();
	await expect(page.locator('figure.code-compare').getByText('tf.keras.layers.Conv2D').first()).toBeVisible();
	await context.close();
});

test("a record page's HTML does not list the other records", async ({ request }) => {
	// The sidebar is curated: a page's size must not grow with the number of mappings, variants or releases.
	const html = await (await request.get(symbolPage)).text();
	const symbolLinks = new Set(html.match(/href="[^"]*\/api\/[^"#]+\/"/g) ?? []);
	expect(symbolLinks.size).toBeLessThanOrEqual(5);
	expect(html.length).toBeLessThan(120_000);
});
