import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import compat from '../../data/compat.json' with { type: 'json' };
import { sitemapPaths } from '../../src/lib/page-meta.ts';
import { symbolPath } from '../../src/lib/paths.ts';
import { sweepSample } from '../../src/lib/sweep-sample.ts';
import { axeViolations } from './axe.ts';

// Every hand-written page of the built sitemap and a fixed sample of each generated template (A11Y_FULL=1, or
// `npm run test:a11y`, opens every page), at a desktop and a phone width, in the light and the dark theme. (The
// release-pair views are noindex and left out of the sitemap; the privacy and explorer tests open them.)
const site = process.env.SITE_URL ?? 'http://localhost:4321';
const base = process.env.BASE_PATH ?? '/';
const curated = new Set(compat.mappings.map((m) => symbolPath(m.symbol)));
const paths = sweepSample([...sitemapPaths(readFileSync('dist/sitemap-0.xml', 'utf8'), site, base)], curated, { full: !!process.env.A11Y_FULL });
const shards = Number(process.env.A11Y_SHARDS ?? 8);
const viewports = [
	{ name: 'desktop', viewport: { width: 1280, height: 900 } },
	{ name: 'phone', viewport: { width: 390, height: 844 } },
] as const;

test.describe.configure({ mode: 'parallel' });
test('the sweep has the sitemap to work on', () => {
	expect(paths.length).toBeGreaterThan(100);
});

// Each page loads once per width and is checked in the light theme, then in the dark one: Starlight follows the
// system colour scheme, so switching the emulated scheme re-themes the loaded page as a dark-mode visit would.
for (const view of viewports)
	for (let shard = 0; shard < shards; shard++)
		test(`axe: every page, ${view.name}, light and dark, part ${shard + 1} of ${shards}`, async ({ browser, baseURL }) => {
			// A full sweep (A11Y_FULL=1) opens thousands of pages: give each shard time in proportion.
			test.setTimeout(Math.max(600_000, (paths.length / shards) * 4_000));
			const context = await browser.newContext({ viewport: view.viewport, ...(baseURL ? { baseURL } : {}) });
			const page = await context.newPage();
			const failures: string[] = [];
			for (const path of paths.filter((_, i) => i % shards === shard)) {
				await page.emulateMedia({ colorScheme: 'light' });
				await page.goto(path.slice(1));
				for (const theme of ['light', 'dark'] as const) {
					await page.emulateMedia({ colorScheme: theme });
					await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
					for (const v of await axeViolations(page)) failures.push(`${path} (${theme}): ${v}`);
				}
			}
			await context.close();
			expect(failures).toEqual([]);
		});
