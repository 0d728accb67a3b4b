import { ELEMENT_NODE, parse, walkSync } from 'ultrahtml';

/** What a pasted link needs to show a useful preview: each tag the page lacks. */
export function missingPreviewTags(html: string): string[] {
	const seen = new Set<string>();
	walkSync(parse(html), (node) => {
		if (node.type !== ELEMENT_NODE) return;
		const a = node.attributes as Record<string, string>;
		if (node.name === 'title' && node.children.length) seen.add('title');
		if (node.name === 'link' && a.rel === 'canonical' && a.href) seen.add('canonical');
		if (node.name === 'meta' && a.content?.trim()) {
			if (a.name === 'description') seen.add('description');
			if (a.property === 'og:title') seen.add('og:title');
			if (a.property === 'og:description') seen.add('og:description');
			if (a.name === 'twitter:card') seen.add('twitter:card');
		}
	});
	return ['title', 'description', 'canonical', 'og:title', 'og:description', 'twitter:card'].filter((t) => !seen.has(t));
}

/** Site paths listed in a sitemap (`<loc>` elements), with the site origin and base path removed. */
export function sitemapPaths(xml: string, site: string, base = '/'): Set<string> {
	const prefix = site.replace(/\/$/, '') + base.replace(/\/$/, '');
	return new Set([...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!.replace(prefix, '')));
}
