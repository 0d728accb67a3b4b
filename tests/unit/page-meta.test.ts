import { describe, expect, it } from 'vitest';
import { missingPreviewTags, sitemapPaths } from '../../src/lib/page-meta.ts';

describe('missingPreviewTags', () => {
	it('accepts a page with every preview tag', () => {
		const html =
			'<title>x</title><link rel="canonical" href="https://s/x/"><meta name="description" content="d"><meta property="og:title" content="x"><meta property="og:description" content="d"><meta name="twitter:card" content="summary">';
		expect(missingPreviewTags(html)).toEqual([]);
	});
	it('names what is missing or empty', () => {
		expect(missingPreviewTags('<title>x</title><meta name="description" content=" ">')).toEqual([
			'description',
			'canonical',
			'og:title',
			'og:description',
			'twitter:card',
		]);
	});
});

describe('sitemapPaths', () => {
	it('reads the listed pages as site paths', () => {
		const xml = '<urlset><url><loc>https://s.dev/docs/api/x/</loc></url><url><loc>https://s.dev/docs/</loc></url></urlset>';
		expect(sitemapPaths(xml, 'https://s.dev', '/docs/')).toEqual(new Set(['/api/x/', '/']));
	});
});
