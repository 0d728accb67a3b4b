import { describe, expect, it } from 'vitest';
import { brokenLinks, manifestProblems, readPage, type PageLinks } from '../../src/lib/site-links.ts';

const site = (pages: Record<string, string | null>) =>
	new Map<string, PageLinks | null>(Object.entries(pages).map(([path, html]) => [path, html === null ? null : readPage(html)]));

describe('readPage', () => {
	it('collects ids, internal links and a redirect target, and skips external links', () => {
		const page = readPage(
			'<meta http-equiv="refresh" content="0;url=/api/x/"><h2 id="a">A</h2><a href="/b/#c">b</a><a href="https://example.org/">e</a><img src="/i.svg"><a href="mailto:x@y">m</a>',
		);
		expect([...page.ids]).toEqual(['a']);
		expect(page.links).toEqual(['/b/#c', '/i.svg']);
		expect(page.redirectTo).toBe('/api/x/');
	});
});

describe('brokenLinks', () => {
	const pages = site({
		'/': '<a href="/api/x/#args">ok</a><a href="api/y/">relative</a><a href="#top">self</a><div id="top"></div>',
		'/api/x/': '<h2 id="args">Args</h2><h2 id="args-more">More</h2>',
		'/api/y/': '<a href="../x/#argz">typo</a><a href="/gone/">gone</a><img src="/favicon.svg">',
		'/favicon.svg': null,
	});
	it('accepts links that resolve, relative or absolute, with their fragments', () => {
		expect(brokenLinks(pages).filter((b) => b.from === '/')).toEqual([]);
	});
	it('reports a missing page and a missing fragment, naming the fragments that exist', () => {
		expect(brokenLinks(pages)).toEqual([
			{ from: '/api/y/', href: '../x/#argz', reason: '/api/x/ has no #argz; it has #args, #args-more' },
			{ from: '/api/y/', href: '/gone/', reason: 'no page or file at /gone/' },
		]);
	});
	it('resolves links under a base path and rejects links that escape it', () => {
		const based = site({ '/': '<a href="/docs/api/x/">in</a><a href="/api/x/">out</a>', '/api/x/': '<p></p>' });
		expect(brokenLinks(based, '/docs/')).toEqual([{ from: '/', href: '/api/x/', reason: 'outside the base path /docs/' }]);
	});
});

describe('manifestProblems', () => {
	it('finds published URLs the build lost and built pages not yet listed', () => {
		expect(manifestProblems(['/a/', '/b/'], new Set(['/b/', '/c/']))).toEqual({ lost: ['/a/'], unlisted: ['/c/'] });
	});
});
