import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';

const snippet = readFileSync('tests/fixtures/scan/nasnet_tf1.py', 'utf8');

test('pasting TF1 NASNet code lists its symbols, sends nothing, and links to each answer', async ({ page }) => {
	await page.goto('scan/');
	const requests: { url: string; method: string; body: string | null }[] = [];
	page.on('request', (r) => requests.push({ url: r.url(), method: r.method(), body: r.postData() }));
	await page.getByLabel('TF1 / Slim Python code').fill(snippet);
	await page.getByRole('button', { name: 'Scan' }).click();
	await expect(page.getByRole('status')).toContainText('TF1-only');
	const results = page.getByRole('table');
	await expect(results.getByRole('row', { name: /tf\.placeholder/ })).toContainText('TF1-only');
	await expect(results.getByRole('row', { name: /nasnet\.build_nasnet_mobile/ })).toContainText('NASNet builder');
	await expect(results).not.toContainText('tf.get_variable'); // only in a comment
	// Assets may load (the worker, the idle search UI); the pasted code never travels, to any origin.
	const origin = new URL(page.url()).origin;
	expect(requests.filter((r) => r.method !== 'GET' || r.body !== null || !r.url.startsWith(origin) || r.url.includes('build_nasnet'))).toEqual([]);
	await results.getByRole('link', { name: /tf\.contrib\.slim\.dropout → tf\.keras\.layers\.Dropout/ }).click();
	await expect(page).toHaveURL(/\/api\/tf\.contrib\.slim\.dropout\/$/);
});

test('a hostile paste does not freeze the page', async ({ page }) => {
	await page.goto('scan/');
	const hostile = `import tensorflow as tf\ns = """unterminated ${'\u0000\u00ff'.repeat(20_000)}\n${'x = tf.nn.relu('.repeat(40_000)}\ny = tf.Session()`;
	await page.getByLabel('TF1 / Slim Python code').fill(hostile);
	await page.getByRole('button', { name: 'Scan' }).click();
	await expect(page.getByRole('status')).toContainText(/name\(s\) found|too long/, { timeout: 8000 });
	// The page still answers while or after scanning.
	expect(await page.evaluate(() => 1 + 1)).toBe(2);
});
