// Page weight, for every page of the built site: the HTML and everything it loads before its load event (see
// src/lib/page-weight.ts), each file gzip-compressed as a server would send it. Budgets (issue: scale without slowing
// down): a symbol page (/api/<symbol>/) at most 30 KiB, any page at most 45 KiB. Prints the heaviest pages.
import { readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { firstLoad } from '../src/lib/page-weight.ts';

const dist = process.argv.find((a) => a.startsWith('--dist='))?.slice(7) ?? 'dist';
const base = process.env.BASE_PATH ?? '/';
const budgets = [
	{ kind: 'symbol page', test: (url: string) => /^\/api\/[^/]+\/$/.test(url), kib: 30 },
	{ kind: 'page', test: () => true, kib: 45 },
];

// Each asset is read and compressed once, however many pages load it.
const assets = new Map<string, { text: string; gz: number } | undefined>();
function asset(sitePath: string) {
	if (!assets.has(sitePath)) {
		try {
			const bytes = readFileSync(join(dist, sitePath.startsWith(base) ? sitePath.slice(base.length) : sitePath));
			assets.set(sitePath, { text: bytes.toString('utf8'), gz: gzipSync(bytes).length });
		} catch {
			assets.set(sitePath, undefined);
		}
	}
	return assets.get(sitePath);
}

const weights: { url: string; kib: number }[] = [];
const problems: string[] = [];
for (const file of readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'))) {
	const html = readFileSync(join(dist, file));
	// Redirect pages (thousands of aliases) load nothing and leave at once.
	if (html.includes('http-equiv="refresh"')) continue;
	const url = '/' + file.split(sep).join('/').replace(/index\.html$/, '');
	const files = firstLoad(html.toString('utf8'), (p) => asset(p)?.text);
	for (const f of files) if (!asset(f)) problems.push(`${url}: loads ${f}, which is not in ${dist}/`);
	const bytes = gzipSync(html).length + files.reduce((sum, f) => sum + (asset(f)?.gz ?? 0), 0);
	weights.push({ url, kib: bytes / 1024 });
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
