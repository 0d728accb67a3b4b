import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { searchRanking } from '../../src/lib/search-ranking.ts';

const { queries } = JSON.parse(readFileSync('tests/fixtures/search-queries.json', 'utf8')) as {
	queries: { q: string; expect: string[] }[];
};

test('the committed query set finds the right page first', { tag: '@subpath' }, async ({ page, baseURL }) => {
	expect(queries.length).toBeGreaterThanOrEqual(40);
	await page.goto('');
	const base = new URL(baseURL!).pathname;
	const results = await page.evaluate(
		async ({ queries, base, ranking }) => {
			const pagefind = await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`);
			await pagefind.options({ baseUrl: base, ranking });
			const out: string[][] = [];
			for (const { q } of queries) {
				const search = await pagefind.search(q);
				const top = await Promise.all(search.results.slice(0, 3).map((r: { data: () => Promise<{ url: string }> }) => r.data()));
				out.push(top.map((d) => d.url));
			}
			return out;
		},
		{ queries, base, ranking: searchRanking },
	);
	// Pagefind reports URLs with the base path; the query set names site paths.
	const sitePath = (url: string) => '/' + url.slice(base.length);
	let top1 = 0;
	let top3 = 0;
	const misses: string[] = [];
	queries.forEach(({ q, expect: wanted }, i) => {
		const got = results[i]!.map(sitePath);
		if (wanted.includes(got[0]!)) top1++;
		else misses.push(`${q} → ${got.join(' ') || '(nothing)'}`);
		if (got.some((u) => wanted.includes(u))) top3++;
	});
	const rate = (n: number) => ((100 * n) / queries.length).toFixed(1);
	console.log(`search quality on ${queries.length} queries: top-1 ${rate(top1)} %, top-3 ${rate(top3)} %`);
	if (misses.length) console.log(`not first:\n  ${misses.join('\n  ')}`);
	expect(top1 / queries.length, misses.join('\n')).toBeGreaterThanOrEqual(0.9);
	expect(top3 / queries.length).toBeGreaterThanOrEqual(0.98);
});
