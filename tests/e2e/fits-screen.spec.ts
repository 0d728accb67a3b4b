import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import compat from '../../data/compat.json' with { type: 'json' };
import { sitemapPaths } from '../../src/lib/page-meta.ts';
import { symbolPath } from '../../src/lib/paths.ts';
import { sweepSample } from '../../src/lib/sweep-sample.ts';

// No page may scroll sideways on a phone: a page wider than the screen pushes the header's Search and Menu off it.
// One load per page and width, no axe: the check is a single measurement of the laid-out page. Every hand-written
// page, and of each generated template a fixed sample with its longest names (A11Y_FULL=1: every page).
const site = process.env.SITE_URL ?? 'http://localhost:4321';
const base = process.env.BASE_PATH ?? '/';
const curated = new Set(compat.mappings.map((m) => symbolPath(m.symbol)));
const paths = sweepSample([...sitemapPaths(readFileSync('dist/sitemap-0.xml', 'utf8'), site, base)], curated, { perTemplate: 30, full: !!process.env.A11Y_FULL });
const shards = 2;

test.describe.configure({ mode: 'parallel' });
test('the check has the sitemap to work on', () => {
	expect(paths.length).toBeGreaterThan(100);
});

for (const width of [360, 390])
	for (let shard = 0; shard < shards; shard++)
		test(`no page is wider than a ${width} px screen, part ${shard + 1} of ${shards}`, async ({ browser, baseURL }) => {
			// A full sweep (A11Y_FULL=1) opens thousands of pages: give each shard time in proportion.
			test.setTimeout(Math.max(300_000, (paths.length / shards) * 250));
			const context = await browser.newContext({ viewport: { width, height: 800 }, ...(baseURL ? { baseURL } : {}) });
			const page = await context.newPage();
			const wide: string[] = [];
			for (const path of paths.filter((_, i) => i % shards === shard)) {
				await page.goto(path.slice(1), { waitUntil: 'load' });
				const { scrollWidth, innerWidth, culprit } = await page.evaluate(() => {
					const root = document.documentElement;
					// Name the deepest element reaching past the right edge, so a failure says where to look.
					let culprit = '';
					for (const el of document.body.querySelectorAll('*')) {
						const r = el.getBoundingClientRect();
						if (r.right > window.innerWidth + 1 && r.width > 0) culprit = `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} (${Math.round(r.right)} px)`;
					}
					return { scrollWidth: root.scrollWidth, innerWidth: window.innerWidth, culprit };
				});
				if (scrollWidth > innerWidth) wide.push(`${path}: ${scrollWidth} px; ${culprit}`);
			}
			await context.close();
			expect(wide).toEqual([]);
		});
