import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import raw from '../../data/compat.json' with { type: 'json' };
import type { CompatData } from '../../src/lib/compat-data.generated.ts';
import { searchRanking } from '../../src/lib/search-ranking.ts';
import { lookupName, mergeResults, namedPages, unpackNameIndex, type PackedNameIndex } from '../../src/lib/search-names.ts';
import { closestPages, queryWords, rankByWords } from '../../src/lib/search-fallback.ts';

// The dialog's word fallback runs in the page as the dialog runs it; its source is handed over as text.
test.use({ bypassCSP: true });

// What the search dialog lists first for a query, measured on the built site: the hits of the name index it
// loads (/search-names.json), then Pagefind's ranked results, exactly as SiteSearch merges them.
const data = raw as unknown as CompatData;

async function rankedPaths(page: Page, baseURL: string, queries: readonly string[]): Promise<string[][]> {
	await page.goto('');
	const base = new URL(baseURL).pathname;
	const index = unpackNameIndex((await (await page.request.get('search-names.json')).json()) as PackedNameIndex);
	const hits = queries.map((q) => lookupName(index, q));
	// Pagefind only where the names leave room in the top three.
	const needed = queries.filter((_, i) => hits[i]!.length < 3);
	const ranked: string[][] = await page.evaluate(
		async ({ needed, base, ranking, fallback }) => {
			const pagefind = await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`);
			await pagefind.options({ baseUrl: base, ranking });
			// eslint-disable-next-line no-new-func
			const [queryWords, rankByWords, closestPages] = fallback.map((src) => new Function(`return ${src}`)());
			Object.assign(globalThis, { queryWords, rankByWords });
			const out: string[][] = [];
			for (const q of needed) {
				const search = await pagefind.search(q);
				const top = await Promise.all(search.results.slice(0, 3).map((r: { data: () => Promise<{ url: string }> }) => r.data()));
				// As in the dialog: fewer than three pages for the whole query → then the pages matching most of its words.
				const urls = top.map((d) => d.url);
				if (urls.length < 3) for (const [url] of await closestPages(pagefind, q, 3)) if (!urls.includes(url)) urls.push(url);
				out.push(urls);
			}
			return out;
		},
		{ needed, base, ranking: searchRanking, fallback: [queryWords, rankByWords, closestPages].map((f) => f.toString()) },
	);
	const byQuery = new Map(needed.map((q, i) => [q, ranked[i]!.map((url) => '/' + url.slice(base.length))]));
	return queries.map((q, i) => mergeResults(hits[i]!, byQuery.get(q) ?? []));
}

function score(queries: readonly { q: string; expect: readonly string[] }[], got: string[][], label: string) {
	let top1 = 0;
	let top3 = 0;
	const misses: string[] = [];
	queries.forEach(({ q, expect: wanted }, i) => {
		const paths = got[i]!;
		if (wanted.includes(paths[0]!)) top1++;
		else misses.push(`${q} → ${paths.slice(0, 3).join(' ') || '(nothing)'}`);
		if (paths.slice(0, 3).some((p) => wanted.includes(p))) top3++;
	});
	const rate = (n: number) => (100 * n) / queries.length;
	console.log(`${label}: ${queries.length} queries, top-1 ${rate(top1).toFixed(1)} %, top-3 ${rate(top3).toFixed(1)} %`);
	if (misses.length) console.log(`not first:\n  ${misses.join('\n  ')}`);
	return { top1: rate(top1), top3: rate(top3), misses };
}

/** Every spelling of every known name, with the page it names, in the forms code writes it. */
function generatedQueries(): { q: string; expect: string[] }[] {
	const owners = new Map<string, string>();
	for (const { name, path } of namedPages(data)) if (!owners.has(name.toLowerCase())) owners.set(name.toLowerCase(), path);
	const out = new Map<string, string>();
	for (const { name, path } of namedPages(data)) {
		if (owners.get(name.toLowerCase()) !== path) continue; // a route or alias that another record owns
		const forms = [name];
		if (name.startsWith('tf.')) forms.push(`tensorflow.${name.slice(3)}`);
		if (/^tf\.(?!contrib\.)/.test(name)) forms.push(`tf.compat.v1.${name.slice(3)}`);
		if (/^p?nasnet\./.test(name)) forms.push(name.slice(name.indexOf('.') + 1)); // a builder imported by name
		for (const q of forms) if (!out.has(q)) out.set(q, path);
	}
	return [...out].map(([q, path]) => ({ q, expect: [path] }));
}

test('every spelling of every known name puts its page first', { tag: '@subpath' }, async ({ page, baseURL }) => {
	test.setTimeout(180_000);
	const queries = generatedQueries();
	expect(queries.length).toBeGreaterThan(500);
	const { top1, misses } = score(queries, await rankedPaths(page, baseURL!, queries.map((q) => q.q)), 'generated name queries');
	expect(top1, misses.join('\n')).toBe(100);
});

const naturalQueries = (file: string) => (JSON.parse(readFileSync(file, 'utf8')) as { queries: { q: string; expect: string[] }[] }).queries;

test('natural queries from issue titles and pasted errors find their page', { tag: '@subpath' }, async ({ page, baseURL }) => {
	test.setTimeout(180_000);
	const queries = naturalQueries('tests/fixtures/search-natural.json');
	expect(queries.length).toBeGreaterThanOrEqual(80);
	const { top1, top3, misses } = score(queries, await rankedPaths(page, baseURL!, queries.map((q) => q.q)), 'natural queries');
	expect(top1, misses.join('\n')).toBeGreaterThanOrEqual(90);
	// The target, 97 % in the top three: with the pages found by title this set measures 99.0 % (README, Search).
	expect(top3).toBeGreaterThanOrEqual(97);
});

// Written after the ranking rules and never tuned on: its rates are reported (README, Search), not held to a floor.
test('held-out natural queries are measured', { tag: '@subpath' }, async ({ page, baseURL }) => {
	test.setTimeout(180_000);
	const queries = naturalQueries('tests/fixtures/search-natural-holdout.json');
	expect(queries.length).toBeGreaterThanOrEqual(15);
	score(queries, await rankedPaths(page, baseURL!, queries.map((q) => q.q)), 'held-out natural queries');
});
