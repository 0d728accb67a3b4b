// Checks the built site in dist/: every internal link and #fragment resolves; every URL listed in
// data/published-urls.txt still answers (as a page or a redirect); every page carries link-preview tags and is in
// the sitemap. `--update` adds newly built pages to the URL list.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { missingPreviewTags, sitemapPaths } from '../src/lib/page-meta.ts';
import { brokenLinks, manifestProblems, readPage, type PageLinks } from '../src/lib/site-links.ts';

const dist = process.argv.find((a) => a.startsWith('--dist='))?.slice(7) ?? 'dist';
const base = process.env.BASE_PATH ?? '/';
const manifestFile = 'data/published-urls.txt';

async function* files(dir: string): AsyncGenerator<string> {
	for (const entry of await readdir(dir, { withFileTypes: true })) {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) yield* files(path);
		else yield path;
	}
}

const pages = new Map<string, PageLinks | null>();
const problems: string[] = [];
for await (const file of files(dist)) {
	const path = '/' + relative(dist, file).split(sep).join('/');
	if (!path.endsWith('.html')) {
		pages.set(path, null);
		continue;
	}
	const html = await readFile(file, 'utf8');
	const page = readPage(html);
	const url = path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
	pages.set(url, page);
	const missing = page.redirectTo || url === '/404.html' ? [] : missingPreviewTags(html);
	if (missing.length) problems.push(`${url}: no ${missing.join(', ')} for link previews`);
}
// A component repeats a bad link on every row: report each page and link once.
for (const line of new Set(brokenLinks(pages, base).map((b) => `${b.from}: link "${b.href}": ${b.reason}`))) problems.push(line);

const built = new Set([...pages].filter(([path, page]) => page && path.endsWith('/')).map(([path]) => path));

const site = process.env.SITE_URL ?? 'http://localhost:4321';
const sitemap = sitemapPaths(await readFile(join(dist, 'sitemap-0.xml'), 'utf8'), site, base);
for (const [path, page] of pages)
	if (page && path.endsWith('/') && !page.redirectTo && !page.noindex && !sitemap.has(path)) problems.push(`${path}: missing from the sitemap`);
	else if (page?.noindex && sitemap.has(path)) problems.push(`${path}: marked noindex but listed in the sitemap`);
const published = (await readFile(manifestFile, 'utf8')).split('\n').filter(Boolean);
const { lost, unlisted } = manifestProblems(published, built);
for (const url of lost) problems.push(`${url}: published in ${manifestFile} but no longer built. Add a redirect to its new place in data/moved-urls.json; never drop a published URL.`);

if (process.argv.includes('--update')) {
	await writeFile(manifestFile, [...published, ...unlisted].sort().join('\n') + '\n');
	console.log(`${manifestFile}: added ${unlisted.length} URL(s).`);
} else if (unlisted.length) {
	problems.push(`${unlisted.length} built page(s) missing from ${manifestFile}, e.g. ${unlisted.slice(0, 3).join(', ')}. Run \`npm run urls:update\` and commit the list.`);
}

if (problems.length) {
	console.error(problems.slice(0, 40).join('\n'));
	if (problems.length > 40) console.error(`… and ${problems.length - 40} more.`);
	console.error(`\n${problems.length} link problem(s) in ${dist}/.`);
	process.exit(1);
}
console.log(`${dist}/: ${pages.size} files, every internal link resolves; ${published.length} published URLs still answer.`);
