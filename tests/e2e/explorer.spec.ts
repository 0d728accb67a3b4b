import { expect, test } from '@playwright/test';
import { data } from '../../src/lib/data.ts';
import { statusFor } from '../../src/lib/query.ts';
import { statusLabels } from '../../src/lib/status.ts';
import { compareVersions } from '../../src/lib/versions.ts';

test('filtering the matrix narrows it in place, and the filtered address reloads to the same view', async ({ page }) => {
	await page.goto('matrix/');
	const filters = page.getByRole('form', { name: 'Filter the matrix' });
	await filters.getByLabel('Package').selectOption('tf_slim');
	await filters.getByLabel('TF from').selectOption('2.13');
	await filters.getByLabel('Status').selectOption('works-with-changes');
	await expect(page).toHaveURL(/[?&]pkg=tf_slim/);
	await expect(page).toHaveURL(/[?&]from=2\.13/);
	const visibleRows = page.locator('.matrix__table tbody tr[data-tf]:visible');
	// The releases from 2.13 on where the data gives tf_slim a works-with-changes cell.
	const expected = data.tfReleases.filter((r) => compareVersions(r.version, '2.13') >= 0 && data.variants.some((v) => statusFor(data, r.version, 'tf_slim', v.id)?.status === 'works-with-changes'));
	await expect(visibleRows).toHaveCount(expected.length);
	await expect(page.locator('.matrix__table tbody[data-package="tf.contrib.slim"]')).toBeHidden();

	await page.reload();
	await expect(filters.getByLabel('Package')).toHaveValue('tf_slim');
	await expect(visibleRows).toHaveCount(expected.length);
	await expect(visibleRows.first()).toContainText(`TF ${expected[0]!.version}`);
	await filters.getByRole('button', { name: 'Show everything' }).click();
	await expect(page).toHaveURL(/\/matrix\/$/);
});

test('the filters work from the keyboard', async ({ page }) => {
	await page.goto('matrix/');
	const pkg = page.getByRole('form', { name: 'Filter the matrix' }).getByLabel('Package');
	await pkg.focus();
	await page.keyboard.press('ArrowDown');
	await expect(page).toHaveURL(/[?&]pkg=/);
});

test('the quick answer gives one line for a known cell, from URL parameters too', async ({ page }) => {
	await page.goto('matrix/?variant=nasnet_mobile&package=tf.contrib.slim&tf=2.0');
	const answer = page.getByRole('form', { name: 'Quick answer' }).getByRole('status');
	await expect(answer).toContainText('NASNet-A Mobile with tf.contrib.slim on TF 2.0: Not available.');
	await expect(answer).toContainText('TensorFlow 2.0 removed tf.contrib');
	await page.getByRole('form', { name: 'Quick answer' }).getByLabel('TensorFlow release').selectOption('1.15');
	await expect(answer).toContainText('on TF 1.15: Works.');
	await expect(page).toHaveURL(/tf=1\.15/);
	await answer.getByRole('link', { name: 'See the cell and its sources' }).click();
	await expect(page).toHaveURL(/#tf-1\.15--tf\.contrib\.slim--nasnet_mobile$/);
});

test('comparing two releases shows what changes and which mappings the move needs', async ({ page }) => {
	await page.goto('compare/');
	await page.getByLabel('From', { exact: true }).selectOption('1.15');
	await page.getByLabel('To', { exact: true }).selectOption('2.16');
	await page.getByRole('button', { name: 'Compare' }).click();
	await expect(page).toHaveURL(/\/compare\/1\.15\.\.\.2\.16\/$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('TF 1.15 → TF 2.16');
	const changes = page.getByRole('region', { name: 'Status changes from TF 1.15 to TF 2.16' });
	await expect(changes.getByRole('row', { name: /tf\.contrib\.slim × NASNet-A Mobile/ })).toContainText('Not available');
	await expect(page.getByText(/tf\.contrib is gone: every TF1-only symbol/)).toBeVisible();
	await expect(page.getByRole('link', { name: 'API mappings', exact: true }).last()).toBeVisible();
	await expect(page.locator('.symbol-list').first().locator('li')).toHaveCount(24);
});

test('the quick answer is there on load, before any control changes', async ({ page }) => {
	await page.goto('matrix/');
	const answer = page.getByRole('form', { name: 'Quick answer' }).getByRole('status');
	await expect(answer).toContainText(/^NASNet-A Mobile with tf\.contrib\.slim on TF [\d.]+: Not available\./);
	await expect(page).toHaveURL(/\/matrix\/$/);
});

test('a permalinked cell shows its status, conditions and reason in place, under headers that stay in sight', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto('matrix/#tf-2.2--tf_slim--pnasnet_large');
	const detail = page.locator('.matrix__detail');
	await expect(detail).toBeInViewport();
	await expect(detail).toContainText('TF 2.2 × tf_slim (pip: tf-slim) × PNASNet-5 Large: Works with changes');
	await expect(detail.locator('.conditions li').first()).toBeVisible();
	await expect(detail.locator('.cell-note')).not.toBeEmpty();
	// The column header of the cell and its row header stay visible next to it.
	await expect(page.locator('.matrix__table thead th[data-variant="pnasnet_large"]')).toBeInViewport();
	await expect(page.locator('tbody[data-package="tf_slim"] tr[data-tf="2.2"] th[scope="row"]')).toBeInViewport();
	// The quick answer names the same cell.
	await expect(page.getByRole('form', { name: 'Quick answer' }).getByRole('status')).toContainText('PNASNet-5 Large with tf_slim (pip: tf-slim) on TF 2.2: Works with changes.');
});

test("a cell's status opens it in place, with copy controls that say they copied", async ({ page, context, baseURL }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto('matrix/');
	await page.locator('td[id="tf-2.16--tf_slim--nasnet_mobile"] a').click();
	await expect(page).toHaveURL(/#tf-2\.16--tf_slim--nasnet_mobile$/);
	const detail = page.locator('.matrix__detail');
	await expect(detail).toContainText('TF 2.16 × tf_slim (pip: tf-slim) × NASNet-A Mobile');
	// The reader lands on what the link opened.
	await expect(detail.locator('td')).toBeFocused();
	await detail.getByRole('button', { name: /^Copy link/ }).click();
	await expect(detail.getByRole('status')).toHaveText('Copied');
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(new URL('matrix/#tf-2.16--tf_slim--nasnet_mobile', baseURL).href);
	await detail.getByRole('button', { name: /^Copy as Markdown/ }).click();
	await expect(detail.getByRole('status')).toHaveText('Copied');
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
		`[TF 2.16 × tf_slim (pip: tf-slim) × NASNet-A Mobile: ${statusLabels[statusFor(data, '2.16', 'tf_slim', 'nasnet_mobile')!.status]}](${new URL('matrix/#tf-2.16--tf_slim--nasnet_mobile', baseURL).href})`,
	);
});
