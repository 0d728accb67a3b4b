// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import starlight from '@astrojs/starlight';
import moved from './data/moved-urls.json' with { type: 'json' };
import { data } from './src/lib/data.ts';
import { redirects } from './src/lib/redirects.ts';
import { contentSecurityPolicy } from './src/lib/csp.ts';
import { hashedCsp } from './src/integrations/hashed-csp.ts';
import { fragmentRedirects } from './src/integrations/fragment-redirects.ts';
import { searchRanking } from './src/lib/search-ranking.ts';

const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
	site: process.env.SITE_URL ?? 'http://localhost:4321',
	base,
	trailingSlash: 'always',
	// `npm run bench` builds the site with synthetic data from COMPAT_DATA.
	vite: process.env.COMPAT_DATA ? { resolve: { alias: [{ find: /^.*\/data\/compat\.json$/, replacement: process.env.COMPAT_DATA }] } } : {},
	// Published links never break: other spellings of a symbol and moved pages lead to the current page.
	redirects: redirects(data, moved, base),
	integrations: [
		starlight({
			title: 'slimcompat',
			description: 'Which TensorFlow release, Slim package and NASNet variant work together, and how to move TF1/Slim code to TF2.',
			favicon: '/favicon.svg',
			customCss: ['./src/styles/site.css'],
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
				{ label: 'API mappings', link: '/api/' },
				{ label: 'NASNet variants', link: '/variants/' },
				{ label: 'Slim packages', link: '/packages/' },
				{ label: 'TensorFlow releases', link: '/tf/' },
				{ label: 'Error messages', link: '/errors/' },
				{ label: 'Guides', items: [{ autogenerate: { directory: 'guides' } }] },
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
