import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { axeViolations } from './axe.ts';

const snippet = readFileSync('tests/fixtures/scan/nasnet_tf1.py', 'utf8');
const clean = readFileSync('tests/fixtures/scan/tf2_clean.py', 'utf8');

test('pasting TF1 NASNet code lists the failing lines, sends nothing, and links to each answer', async ({ page }) => {
	await page.goto('scan/');
	const requests: { url: string; method: string; body: string | null }[] = [];
	page.on('request', (r) => requests.push({ url: r.url(), method: r.method(), body: r.postData() }));
	await page.getByLabel('TF1 / Slim Python code').fill(snippet);
	await page.getByRole('button', { name: 'Scan' }).click();
	await expect(page.getByRole('status')).toContainText(/\d+ findings on TF \d+\.\d+/);
	const results = page.getByRole('table');
	await expect(results.getByRole('row', { name: /tf\.placeholder/ })).toContainText('TF1-only');
	await expect(results.getByRole('row', { name: /tf\.contrib\.slim/ })).toContainText('import tf_slim as slim');
	// Only in a comment: no finding names it (the suggested line keeps the comment).
	await expect(results.locator('td > p > code', { hasText: 'tf.get_variable' })).toHaveCount(0);
	await expect(results.locator('td > p > code', { hasText: 'tf.placeholder' })).toHaveCount(1);
	await expect(results).not.toContainText('nasnet.build_nasnet_mobile'); // valid once slim is imported from tf_slim
	// Assets may load (the worker, its scan data, the idle search UI); the pasted code never travels, to any origin.
	const origin = new URL(page.url()).origin;
	expect(requests.filter((r) => r.method !== 'GET' || r.body !== null || !r.url.startsWith(origin) || r.url.includes('build_nasnet'))).toEqual([]);
	await results.getByRole('link', { name: 'tf.placeholder page' }).click();
	await expect(page).toHaveURL(/\/api\/tf\.placeholder\/$/);
});

test('valid TF2 code has no findings, and the results copy as Markdown', async ({ page, context }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto('scan/');
	await page.getByLabel('TF1 / Slim Python code').fill(clean);
	await page.getByRole('button', { name: 'Scan' }).click();
	await expect(page.getByRole('status')).toContainText('No findings');
	await expect(page.getByRole('table')).toBeHidden();
	await page.getByLabel('TF1 / Slim Python code').fill(snippet);
	await page.getByRole('button', { name: 'Scan' }).click();
	await expect(page.getByRole('table')).toBeVisible();
	await page.getByRole('button', { name: 'Copy as Markdown' }).click();
	await expect(page.getByRole('status')).toContainText('Copied');
	const markdown = await page.evaluate(() => navigator.clipboard.readText());
	expect(markdown.split('\n')[0]).toMatch(/^\d+ findings on TF \d+\.\d+ \(/);
	expect(markdown).toContain('```suggestion\nimport tf_slim as slim\n```');
	expect(markdown).not.toContain('localhost');
});

test('the results table does not scroll sideways at 390 px', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 800 });
	await page.goto('scan/');
	await page.getByLabel('TF1 / Slim Python code').fill(`${snippet}\nimport tensorflow.contrib.slim as a_very_long_alias_name_that_keeps_going_and_going_and_going\n`);
	await page.getByRole('button', { name: 'Scan' }).click();
	await expect(page.getByRole('table')).toBeVisible();
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});

test('a hostile paste does not freeze the page', async ({ page }) => {
	await page.goto('scan/');
	const hostile = `import tensorflow as tf\ns = """unterminated ${'\u0000\u00ff'.repeat(20_000)}\n${'x = tf.nn.relu('.repeat(40_000)}\ny = tf.Session()`;
	await page.getByLabel('TF1 / Slim Python code').fill(hostile);
	await page.getByRole('button', { name: 'Scan' }).click();
	await expect(page.getByRole('status')).toContainText(/finding|too long/, { timeout: 10_000 });
	// The page still answers while or after scanning.
	expect(await page.evaluate(() => 1 + 1)).toBe(2);
});

test('says so when the scan data cannot be loaded', async ({ page, context }) => {
	await context.route('**/scan-data.json', (route) => route.fulfill({ status: 503, body: '' }));
	await page.goto('scan/');
	await page.getByLabel('TF1 / Slim Python code').fill(snippet);
	await page.getByRole('button', { name: 'Scan' }).click();
	await expect(page.getByRole('status')).toContainText('The scan data could not be loaded (HTTP 503)');
});

test('the results pass axe in both themes', async ({ page }) => {
	await page.goto('scan/');
	await page.getByLabel('TF1 / Slim Python code').fill(snippet);
	await page.getByRole('button', { name: 'Scan' }).click();
	await expect(page.getByRole('table')).toBeVisible();
	expect(await axeViolations(page)).toEqual([]);
	await page.getByRole('combobox', { name: 'Select theme' }).first().selectOption('dark');
	expect(await axeViolations(page)).toEqual([]);
});
