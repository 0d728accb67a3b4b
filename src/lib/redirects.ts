import type { ApiIndex } from './api-index.generated.ts';
import type { CompatData } from './compat-data.generated.ts';
import { symbolPath, withBase } from './paths.ts';
import { spellingsOf } from './spellings.ts';

/**
 * Pages that send readers on: every other spelling of a symbol to its canonical page
 * (`/api/slim.conv2d/` → `/api/tf.contrib.slim.conv2d/`, `/api/tf.compat.v1.placeholder/` → `/api/tf.placeholder/`), and
 * every page that moved (data/moved-urls.json).
 * Astro puts the source under the base path itself but takes the destination as written, so it gets the base here.
 */
export function redirects(data: CompatData, moved: Record<string, string>, base = '/', index?: ApiIndex): Record<string, string> {
	const aliases = data.mappings.flatMap((m) =>
		spellingsOf(data, m)
			.slice(1)
			.map((alias) => [symbolPath(alias), symbolPath(m.symbol)] as const),
	);
	const compat = Object.entries(index?.symbols ?? {})
		.filter(([, s]) => s.v1)
		.map(([name]) => [symbolPath(name.replace(/^tf\./, 'tf.compat.v1.')), symbolPath(name)] as const);
	return Object.fromEntries([...compat, ...aliases, ...Object.entries(moved)].map(([from, to]) => [from, withBase(to, base)]));
}

const refreshPattern = /<meta http-equiv="refresh" content="0;url=([^"]*)">/;
// Reads the destination from the page's own link, so every redirect page carries the same script (one CSP hash).
const followWithFragment = "location.replace(document.querySelector('a[href]').getAttribute('href')+location.hash)";

/**
 * Makes one of Astro's redirect pages keep the address's #fragment (`/api/slim.conv2d/#arguments` lands on the
 * canonical page's Arguments section): a script follows the redirect with the fragment, and the meta refresh, which
 * drops it, serves only browsers without scripts. The page gets the site's policy, which the CSP step hashes.
 * Returns any other page unchanged.
 */
export function keepFragment(html: string, policy: string): string {
	if (!refreshPattern.test(html) || html.includes(followWithFragment)) return html;
	return html
		.replace(refreshPattern, (refresh) => `<meta http-equiv="Content-Security-Policy" content="${policy}"><noscript>${refresh}</noscript>`)
		.replace(/<\/body>/, `<script>${followWithFragment}</script></body>`);
}
