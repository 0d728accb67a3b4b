// Page weight, for every page of the built site: the HTML and everything it loads before its load event (see
// src/lib/page-weight.ts), each file gzip-compressed as a server would send it. Budgets (issue: scale without slowing
// down): a symbol page (/api/<symbol>/) at most 30 KiB, any page at most 45 KiB. Prints the heaviest pages.
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { firstLoad } from '../src/lib/page-weight.ts';

const dist = process.argv.find((a) => a.startsWith('--dist='))?.slice(7) ?? 'dist';
const base = process.env.BASE_PATH ?? '/';
const budgets = [
	{ kind: 'symbol page', test: (url: string) => /^\/api\/[^/]+\/$/.test(url), kib: 30 },
	{ kind: 'page', test: () => true, kib: 45 },
];

async function* htmlFiles(dir: string): AsyncGenerator<string> {
	for (const entry of await readdir(dir, { withFileTypes: true })) {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) yield* htmlFiles(path);
		else if (path.endsWith('.html')) yield path;
	}
}

const text = new Map<string, string | undefined>();
const gz = new Map<string, number>();
const fileOf = (sitePath: string) => join(dist, sitePath.startsWith(base) ? sitePath.slice(base.length) : sitePath);
async function load(sitePath: string) {
	if (text.has(sitePath)) return;
	const bytes = await readFile(fileOf(sitePath)).catch(() => undefined);
	text.set(sitePath, bytes?.toString('utf8'));
	if (bytes) gz.set(sitePath, gzipSync(bytes).length);
}

const weights: { url: string; kib: number; files: number }[] = [];
const problems: string[] = [];
for await (const file of htmlFiles(dist)) {
	const html = await readFile(file);
	// Redirect pages (thousands of aliases) load nothing and leave at once.
	if (html.includes('http-equiv="refresh"')) continue;
	const url = '/' + relative(dist, file).split(sep).join('/').replace(/index\.html$/, '');
	// Assets first, so firstLoad can follow their imports from what is already read.
	let assets = firstLoad(html.toString('utf8'), (p) => text.get(p));
	for (let round = 0; round < 5; round++) {
		await Promise.all(assets.map(load));
		const next = firstLoad(html.toString('utf8'), (p) => text.get(p));
		if (next.length === assets.length) break;
		assets = next;
	}
	for (const a of assets) if (text.get(a) === undefined) problems.push(`${url}: loads ${a}, which is not in ${dist}/`);
	const bytes = gzipSync(html).length + assets.reduce((sum, a) => sum + (gz.get(a) ?? 0), 0);
	weights.push({ url, kib: bytes / 1024, files: assets.length + 1 });
}

for (const w of weights) {
	const budget = budgets.find((b) => b.test(w.url))!;
	if (w.kib > budget.kib) problems.push(`${w.url}: first load ${w.kib.toFixed(1)} KiB compressed; a ${budget.kind} may load at most ${budget.kib} KiB`);
}
weights.sort((a, b) => b.kib - a.kib);
for (const b of budgets) {
	const mine = weights.filter((w) => budgets.find((x) => x.test(w.url)) === b);
	console.log(`${b.kind}s (${mine.length}, budget ${b.kib} KiB): heaviest ${mine.slice(0, 4).map((w) => `${w.url} ${w.kib.toFixed(1)}`).join(', ')}`);
}
if (problems.length) {
	console.error(problems.slice(0, 40).join('\n'));
	console.error(`\n${problems.length} page-weight problem(s) in ${dist}/.`);
	process.exit(1);
}
console.log(`Page weight: ${weights.length} pages within budget.`);
