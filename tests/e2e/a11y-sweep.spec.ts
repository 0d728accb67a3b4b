import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { sitemapPaths } from '../../src/lib/page-meta.ts';
import { axeViolations } from './axe.ts';

// Pages from the built sitemap, at a desktop and a phone width, in the light and the dark theme. By default two
// pages of each kind (pages of one kind share a template); A11Y_ALL=1 (`npm run test:a11y`) checks every page,
// which takes about 25 minutes on two cores.
const site = process.env.SITE_URL ?? 'http://localhost:4321';
const base = process.env.BASE_PATH ?? '/';
const all = [...sitemapPaths(readFileSync('dist/sitemap-0.xml', 'utf8'), site, base)].sort();
const kindOf = (path: string) => path.split('/')[1] ?? '';
const paths = process.env.A11Y_ALL ? all : all.filter((p, i) => all.slice(0, i).filter((q) => kindOf(q) === kindOf(p)).length < 2);
const shards = Number(process.env.A11Y_SHARDS ?? (process.env.A11Y_ALL ? 8 : 2));
const views = [
	{ name: 'desktop, light', viewport: { width: 1280, height: 900 }, colorScheme: 'light' },
	{ name: 'phone, dark', viewport: { width: 390, height: 844 }, colorScheme: 'dark' },
	{ name: 'desktop, dark', viewport: { width: 1280, height: 900 }, colorScheme: 'dark' },
	{ name: 'phone, light', viewport: { width: 390, height: 844 }, colorScheme: 'light' },
] as const;

test.describe.configure({ mode: 'parallel' });
test('the sweep covers every kind of page', () => {
	expect(new Set(paths.map(kindOf))).toEqual(new Set(all.map(kindOf)));
});

for (const view of views)
	for (let shard = 0; shard < shards; shard++)
		test(`axe: every page, ${view.name}, part ${shard + 1} of ${shards}`, async ({ browser, baseURL }) => {
			test.setTimeout(600_000);
			const context = await browser.newContext({ viewport: view.viewport, colorScheme: view.colorScheme, ...(baseURL ? { baseURL } : {}) });
			const page = await context.newPage();
			const failures: string[] = [];
			for (const path of paths.filter((_, i) => i % shards === shard)) {
				await page.goto(path.slice(1));
				for (const v of await axeViolations(page)) failures.push(`${path}: ${v}`);
			}
			await context.close();
			expect(failures).toEqual([]);
		});
