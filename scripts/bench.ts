// npm run bench: builds the site from a tenth, a third and all of the API index, each beside a bare Starlight site with
// the same number of HTML files, and prints build time, time per page, dist/ size, Pagefind index size, the HTML of a
// generated symbol page against a bare page, first-load weights and search latency, with ratios. A benchmark, not a test.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import type { ApiIndex } from '../src/lib/api-index.generated.ts';
import { parseSpelling } from '../src/lib/api-symbols.ts';
import { tfNamesIn } from '../src/lib/lint/rule-api-names.ts';

const root = process.cwd();
const work = mkdtempSync(join(tmpdir(), 'slimcompat-bench-'));
const index = JSON.parse(readFileSync('data/api-index.json', 'utf8')) as ApiIndex;
const queries = ['conv2d', 'slim.arg_scope', 'batch_norm', 'keep_prob', 'tf.placeholder', 'nasnet_large', 'tf_slim 2.16', 'variable scope'];

function dirSize(dir: string): { bytes: number; files: number; html: number } {
	let bytes = 0, files = 0, html = 0;
	for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
		if (!entry.isFile()) continue;
		files++;
		if (entry.name.endsWith('.html')) html++;
		bytes += statSync(join(entry.parentPath, entry.name)).size;
	}
	return { bytes, files, html };
}

/**
 * A subset of the API index with about `fraction` of its symbols (every n-th by name), plus every symbol the curated
 * data names and every module above a kept symbol, so the data still passes its lint against the subset.
 */
function subsetIndex(fraction: number): string {
	const file = join(work, `api-index-${fraction}.json`);
	const step = Math.round(1 / fraction);
	const strings = (v: unknown): string[] => (typeof v === 'string' ? [v] : v && typeof v === 'object' ? Object.values(v).flatMap(strings) : []);
	// The measured generated page stays in every subset.
	const named = new Set(['tf.nn.conv2d', ...tfNamesIn(strings(JSON.parse(readFileSync('data/compat.json', 'utf8'))).join('\n')).map((n) => parseSpelling(n).name)]);
	const keep = new Set<string>();
	Object.keys(index.symbols).forEach((name, i) => {
		if (i % step !== 0 && ![...named].some((n) => n === name || n.startsWith(name + '.'))) return;
		for (let at = name.length; at > 0; at = name.lastIndexOf('.', at - 1)) keep.add(name.slice(0, at));
	});
	const symbols = Object.fromEntries(Object.entries(index.symbols).filter(([name]) => keep.has(name)));
	writeFileSync(file, JSON.stringify({ ...index, symbols }));
	return file;
}

/**
 * A bare Starlight site with `pages` pages, each with two highlighted Python blocks. It lives under bench-sites/ in the
 * project, so it resolves the project's node_modules without a symlink (Vite mishandles symlinked packages).
 */
function bareStarlight(pages: number, name: string): string {
	const dir = join(root, 'bench-sites', name);
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(join(dir, 'src/content/docs/p'), { recursive: true });
	// Declared dependencies make Vite bundle Starlight for the build, as in the project itself.
	writeFileSync(join(dir, 'package.json'), JSON.stringify({ type: 'module', dependencies: { astro: '*', '@astrojs/starlight': '*' } }));
	writeFileSync(join(dir, 'astro.config.mjs'), "import starlight from '@astrojs/starlight';\nexport default { integrations: [starlight({ title: 'bare', sidebar: [{ label: 'Home', link: '/' }] })] };\n");
	writeFileSync(join(dir, 'src/content.config.ts'), "import { defineCollection } from 'astro:content';\nimport { docsLoader } from '@astrojs/starlight/loaders';\nimport { docsSchema } from '@astrojs/starlight/schema';\nexport const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };\n");
	writeFileSync(join(dir, 'src/content/docs/index.md'), '---\ntitle: Home\n---\nHome.\n');
	for (let i = 0; i < pages; i++)
		writeFileSync(join(dir, `src/content/docs/p/${i}.md`), `---\ntitle: Page ${i}\n---\n\nSymbol number ${i}.\n\n\`\`\`python\nimport tensorflow as tf\nnet = tf.layers.conv2d(x, ${i}, 3)\n\`\`\`\n\n\`\`\`python\nimport tensorflow as tf\nnet = tf.keras.layers.Conv2D(${i}, 3)(x)\n\`\`\`\n`);
	return dir;
}

/** A cold build, as on a fresh clone: Astro's and Vite's caches (a bare site caches its rendered Markdown) go first. */
function build(cwd: string, outDir: string, env: Record<string, string> = {}): number {
	for (const cache of ['node_modules/.astro', 'node_modules/.vite']) rmSync(join(cwd, cache), { recursive: true, force: true });
	const started = performance.now();
	execFileSync(join(root, 'node_modules/.bin/astro'), ['build', '--silent', '--outDir', outDir], { cwd, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, BASE_PATH: '/', ...env } });
	return (performance.now() - started) / 1000;
}

function serve(dir: string): Promise<Server> {
	const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.wasm': 'application/wasm' };
	const server = createServer((req, res) => {
		let path = join(dir, decodeURIComponent(new URL(req.url!, 'http://x').pathname));
		try {
			if (statSync(path).isDirectory()) path = join(path, 'index.html');
			res.writeHead(200, { 'Content-Type': types[extname(path)] ?? 'application/octet-stream' });
			res.end(readFileSync(path));
		} catch {
			res.writeHead(404).end();
		}
	});
	return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

async function measure(dist: string, page: string) {
	const server = await serve(dist);
	const base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
	const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
	const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
	const tab = await browser.newPage();
	// Page weight: every response that arrives before the load event, gzip-compressed as a server would send it.
	const bodies: Promise<number>[] = [];
	let loaded = false;
	tab.on('load', () => (loaded = true));
	tab.on('response', (r) => {
		if (!loaded) bodies.push(r.body().then((b) => gzipSync(b).length, () => 0));
	});
	await tab.goto(`${base}${page}`, { waitUntil: 'load' });
	const weight = (await Promise.all(bodies)).reduce((a, b) => a + b, 0);
	const times = await tab.evaluate(async (queries) => {
		const pagefind = await import('/pagefind/pagefind.js' as string);
		await pagefind.init();
		const out: number[] = [];
		for (let round = 0; round < 3; round++)
			for (const q of queries) {
				const t = performance.now();
				const search = await pagefind.search(q);
				await Promise.all(search.results.slice(0, 5).map((r: { data: () => Promise<unknown> }) => r.data()));
				out.push(performance.now() - t);
			}
		return out.sort((a, b) => a - b);
	}, queries);
	await browser.close();
	server.close();
	const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
	return { weight, median: at(0.5), p90: at(0.9) };
}

const rows: Record<string, string | number>[] = [];
const ratio = (a: number, b: number) => (a / b).toFixed(2);
const kib = (bytes: number) => (bytes / 1024).toFixed(1);
for (const fraction of [0.1, 0.33, 1]) {
	const outDir = join(work, `site-${fraction}`);
	const siteSeconds = build(root, outDir, fraction === 1 ? {} : { API_INDEX: subsetIndex(fraction) });
	const siteDist = dirSize(outDir);
	const sitePagefind = dirSize(join(outDir, 'pagefind'));
	// A generated page (no mapping), a curated page, and the heaviest hand-written kinds.
	const generated = await measure(outDir, '/api/tf.nn.conv2d/');
	const curated = await measure(outDir, '/api/tf.contrib.slim.conv2d/');
	const heaviest = await Promise.all(['/matrix/', '/guides/nasnet-on-tf2-with-tf-slim/', '/variants/nasnet_large/', '/api/'].map(async (p) => [p, (await measure(outDir, p)).weight] as const));
	const bare = bareStarlight(siteDist.html, `bare-${fraction}`);
	const bareOut = join(bare, 'dist');
	const bareSeconds = build(bare, bareOut);
	const bareDist = dirSize(bareOut);
	const bareSearch = await measure(bareOut, '/p/1/');
	const barePagefind = dirSize(join(bareOut, 'pagefind'));
	const pageHtml = statSync(join(outDir, 'api/tf.nn.conv2d/index.html')).size;
	const bareHtml = statSync(join(bareOut, 'p/1/index.html')).size;
	rows.push({
		index: `${Math.round(fraction * 100)} % (${Object.keys(JSON.parse(readFileSync(fraction === 1 ? 'data/api-index.json' : join(work, `api-index-${fraction}.json`), 'utf8')).symbols).length} symbols)`,
		pages: siteDist.html,
		'build s': `${siteSeconds.toFixed(1)} (bare ${bareSeconds.toFixed(1)}, ×${ratio(siteSeconds, bareSeconds)})`,
		'ms/page': `${((1000 * siteSeconds) / siteDist.html).toFixed(1)} (bare ${((1000 * bareSeconds) / bareDist.html).toFixed(1)})`,
		'dist MB': `${(siteDist.bytes / 1e6).toFixed(1)} (bare ${(bareDist.bytes / 1e6).toFixed(1)}, ×${ratio(siteDist.bytes, bareDist.bytes)})`,
		'pagefind MB': `${(sitePagefind.bytes / 1e6).toFixed(1)} (bare ${(barePagefind.bytes / 1e6).toFixed(1)})`,
		'symbol page HTML KiB': `${kib(pageHtml)} (bare ${kib(bareHtml)}, ×${ratio(pageHtml, bareHtml)})`,
		'first load KiB gz': `generated ${kib(generated.weight)}, curated ${kib(curated.weight)} (bare ${kib(bareSearch.weight)}); ${heaviest.map(([p, w]) => `${p} ${kib(w)}`).join(', ')}`,
		'search ms median/p90': `${generated.median.toFixed(0)}/${generated.p90.toFixed(0)} (bare ${bareSearch.median.toFixed(0)}/${bareSearch.p90.toFixed(0)})`,
	});
	console.log(rows.at(-1));
}
console.table(rows);
rmSync(work, { recursive: true, force: true });
rmSync(join(root, 'bench-sites'), { recursive: true, force: true });
