// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import starlight from '@astrojs/starlight';
import { readFileSync } from 'node:fs';
import moved from './data/moved-urls.json' with { type: 'json' };
import { apiIndex, data } from './src/lib/data.ts';
import { redirects } from './src/lib/redirects.ts';
import { contentSecurityPolicy } from './src/lib/csp.ts';
import { hashedCsp } from './src/integrations/hashed-csp.ts';
import { fragmentRedirects } from './src/integrations/fragment-redirects.ts';
import { searchRanking } from './src/lib/search-ranking.ts';

const base = process.env.BASE_PATH ?? '/';
// The index the pages are built from: the committed one, or the benchmark's subset.
const index = process.env.API_INDEX ? JSON.parse(readFileSync(process.env.API_INDEX, 'utf8')) : apiIndex;

export default defineConfig({
	site: process.env.SITE_URL ?? 'http://localhost:4321',
	base,
	trailingSlash: 'always',
	// Starlight turns prefetching on; its script is 1.1 KiB compressed on every page's first load, a twenty-fifth of a
	// symbol page's budget, to speed up a click to a page that is itself 6 to 25 KiB from the same host.
	prefetch: false,
	// Small stylesheets as files, not inlined: cached once instead of repeated in each of thousands of pages.
	build: { inlineStylesheets: 'never' },
	// `npm run bench` builds the site with a subset of the API index from API_INDEX.
	vite: process.env.API_INDEX ? { resolve: { alias: [{ find: /^.*\/data\/api-index\.json$/, replacement: process.env.API_INDEX }] } } : {},
	// Published links never break: other spellings of a symbol and moved pages lead to the current page.
	redirects: redirects(data, moved, base, index),
	integrations: [
		starlight({
			title: 'slimcompat',
			description: 'Which TensorFlow release, Slim package and NASNet variant work together, and how to move TF1/Slim code to TF2.',
			favicon: '/favicon.svg',
			customCss: ['./src/styles/site.css', './src/styles/api-index.css'],
			lastUpdated: false,
			// Same-origin only: no page may load or send anything elsewhere. This permissive form serves the dev
			// server; hashedCsp() replaces it in the build with the hashes of each page's own inline elements.
			head: [
				{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy() } },
				// Marks script support before the first paint, so controls that need scripts show without a layout shift.
				{ tag: 'script', content: "document.documentElement.classList.add('js')" },
			],
			components: { Search: './src/components/SiteSearch.astro', Footer: './src/components/SiteFooter.astro' },
			pagefind: { ranking: searchRanking },
			// src/pages/404.astro offers a search for the address that was not found.
			disable404Route: true,
			// Curated on purpose: listing every generated page here would put every record into every page's HTML.
			sidebar: [
				{ label: 'Start here', link: '/' },
				{ label: 'Compatibility matrix', link: '/matrix/' },
				{ label: 'Scan your code', link: '/scan/' },
				{ label: 'Compare two releases', link: '/compare/' },
				{ label: 'API', link: '/api/' },
				{ label: 'NASNet variants', link: '/variants/' },
				{ label: 'Slim packages', link: '/packages/' },
				{ label: 'TensorFlow releases', link: '/tf/' },
				{ label: 'Error messages', link: '/errors/' },
				{ label: 'Defaults that differ', link: '/defaults/' },
				{ label: 'tf_slim fixes on main', link: '/tf-slim-fixes/' },
				{ label: 'Routes on Keras 3', link: '/keras3/' },
				{ label: 'Guides', link: '/guides/' },
			],
		}),
		mdx(),
		// Starlight's own sitemap, minus the 561 release-pair views: generated cross-products, marked noindex.
		sitemap({ filter: (page) => !/\/compare\/[^/]+\.\.\.[^/]+\/$/.test(page) }),
		// Before hashedCsp: the redirect pages' script gets hashed into their policy.
		fragmentRedirects(),
		hashedCsp(),
	],
});
