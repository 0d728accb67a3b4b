// Checks the text of the built site in dist/ for glued words, raw Markdown backticks and glued or repeated source
// citations: the text Pagefind indexed (its fragments, which search results quote) and the prose of every page.
// Exits 1 and lists each defect with its page. Run after `astro build`: node scripts/check-text.ts [--dist=dist]
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { proseBackticks, textDefects, type TextDefect } from '../src/lib/text-defects.ts';
import data from '../data/compat.json' with { type: 'json' };

const dist = process.argv.find((a) => a.startsWith('--dist='))?.slice(7) ?? 'dist';

async function* files(dir: string): AsyncGenerator<string> {
	for (const entry of await readdir(dir, { withFileTypes: true })) {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) yield* files(path);
		else yield path;
	}
}

const problems = new Map<string, { page: string; defect: TextDefect }>();
const report = (page: string, defects: TextDefect[]) => {
	for (const defect of defects) problems.set(`${page} ${defect.kind} ${defect.excerpt}`, { page, defect });
};

const verbatim = data.errors.flatMap((e) => [e.message, ...(e.alsoSeenAs ?? [])]).sort((a, b) => b.length - a.length);
const fragments = join(dist, 'pagefind', 'fragment');
let indexed = 0;
for (const name of await readdir(fragments)) {
	// A Pagefind fragment is gzipped JSON behind a "pagefind_dcd" signature.
	const raw = gunzipSync(await readFile(join(fragments, name))).toString('utf8');
	const fragment = JSON.parse(raw.slice(raw.indexOf('{'))) as { url: string; content: string };
	// Sourced error messages are quoted verbatim, typos of their own included ("Shape mismatch.The variable shape").
	report(fragment.url, textDefects(verbatim.reduce((text, message) => text.split(message).join(' '), fragment.content)));
	indexed++;
}
let pages = 0;
for await (const file of files(dist)) {
	if (!file.endsWith('.html') || file.startsWith(join(dist, 'pagefind'))) continue;
	report('/' + relative(dist, file).split(sep).join('/'), proseBackticks(await readFile(file, 'utf8')));
	pages++;
}

const byKind = new Map<string, number>();
for (const { page, defect } of problems.values()) {
	console.log(`${page}: ${defect.kind}: …${defect.excerpt}…`);
	byKind.set(defect.kind, (byKind.get(defect.kind) ?? 0) + 1);
}
console.log(`Checked ${indexed} indexed pages and ${pages} HTML files: ${problems.size} text defects${problems.size ? ` (${[...byKind].map(([k, n]) => `${n} ${k}`).join(', ')})` : ''}.`);
process.exitCode = problems.size ? 1 : 0;
