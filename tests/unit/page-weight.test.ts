import { describe, expect, it } from 'vitest';
import { firstLoad, pageAssets, staticImports } from '../../src/lib/page-weight.ts';

describe('first-load files of a built page', () => {
	const html = `<head><link rel="stylesheet" href="/_astro/a.css"><link rel="stylesheet" href="/_astro/print.css" media="print"><link rel="sitemap" href="/sitemap.xml"><link rel="canonical" href="https://x/"><script type="module" src="/_astro/page.js"></script><script>inline()</script></head><body><script type="module" src="/_astro/page.js"></script></body>`;
	it('counts linked stylesheets, the print one too, and module scripts, each once; not other links or inline code', () => {
		expect(pageAssets(html)).toEqual(['/_astro/a.css', '/_astro/print.css', '/_astro/page.js']);
	});
	it('follows static imports between chunks, not dynamic ones', () => {
		expect(staticImports(`import{t as e}from"./helper.js";import"./side.js";const m=()=>import("./lazy.js");`)).toEqual(['helper.js', 'side.js']);
		const files: Record<string, string> = {
			'/_astro/page.js': 'import{a}from"./helper.js";const lazy=()=>import("./dialog.js");',
			'/_astro/helper.js': 'import"./page.js";export const a=1;',
		};
		expect(firstLoad(html, (p) => files[p])).toEqual(['/_astro/a.css', '/_astro/print.css', '/_astro/page.js', '/_astro/helper.js']);
	});
});
