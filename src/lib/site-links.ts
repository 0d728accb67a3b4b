import { ELEMENT_NODE, parse, walkSync } from 'ultrahtml';

/** What a built page offers and points at. */
export interface PageLinks {
	/** Every element id on the page: the fragments a link may target. */
	ids: Set<string>;
	/** Site-internal link targets, as written (`href` of `<a>` and `<link>`, `src` of scripts and images). */
	links: string[];
	/** Where a redirect page sends the reader, if it is one. */
	redirectTo?: string;
	/** The page asks search engines not to index it. */
	noindex?: boolean;
}

export function readPage(html: string): PageLinks {
	const ids = new Set<string>();
	const links: string[] = [];
	let redirectTo: string | undefined;
	let noindex = false;
	walkSync(parse(html), (node) => {
		if (node.type !== ELEMENT_NODE) return;
		const a = node.attributes as Record<string, string>;
		if (a.id) ids.add(a.id);
		if (node.name === 'a' && a.name) ids.add(a.name);
		const target = node.name === 'a' || node.name === 'link' ? a.href : node.name === 'script' || node.name === 'img' ? a.src : undefined;
		if (target !== undefined && !/^[a-z][a-z0-9+.-]*:/i.test(target) && !target.startsWith('//')) links.push(target);
		if (node.name === 'meta' && a['http-equiv']?.toLowerCase() === 'refresh') redirectTo = /url=(.*)$/i.exec(a.content ?? '')?.[1]?.trim();
		if (node.name === 'meta' && a.name === 'robots' && /noindex/.test(a.content ?? '')) noindex = true;
	});
	return { ids, links, ...(redirectTo === undefined ? {} : { redirectTo }), ...(noindex ? { noindex } : {}) };
}

export interface BrokenLink {
	/** The page the link is on. */
	from: string;
	href: string;
	reason: string;
}

/**
 * Internal links that lead nowhere. `pages` maps a site path (`/api/x/`, or `/favicon.svg` for a file) to what
 * it holds; `base` is the configured base path, which every internal link must start with.
 */
export function brokenLinks(pages: ReadonlyMap<string, PageLinks | null>, base = '/'): BrokenLink[] {
	const prefix = base.replace(/\/$/, '');
	const broken: BrokenLink[] = [];
	for (const [from, page] of pages) {
		if (!page) continue;
		for (const href of page.links) {
			const url = new URL(href, `http://site${prefix}${from}`);
			if (!url.pathname.startsWith(prefix + '/')) {
				broken.push({ from, href, reason: `outside the base path ${base}` });
				continue;
			}
			const path = decodeURIComponent(url.pathname.slice(prefix.length));
			const target = pages.has(path) ? pages.get(path) : pages.get(path.endsWith('/') ? path : `${path}/`);
			if (target === undefined) {
				broken.push({ from, href, reason: `no page or file at ${path}` });
				continue;
			}
			const fragment = decodeURIComponent(url.hash.slice(1));
			if (fragment && target && !target.redirectTo && !target.ids.has(fragment)) {
				const ids = [...target.ids];
				const alike = ids.filter((id) => id.startsWith(fragment.slice(0, 3)));
				const near = (alike.length ? alike : ids).slice(0, 5);
				broken.push({ from, href, reason: `${path} has no #${fragment}${near.length ? `; it has ${near.map((n) => `#${n}`).join(', ')}` : ''}` });
			}
		}
	}
	return broken;
}

/** Published URLs the build lost without a redirect, and built pages the manifest does not list yet. */
export function manifestProblems(published: readonly string[], built: ReadonlySet<string>) {
	return {
		lost: published.filter((url) => !built.has(url)),
		unlisted: [...built].filter((url) => !published.includes(url)).sort(),
	};
}
