import { createHash } from 'node:crypto';

/** Hashes of the inline `<script>` and `<style>` elements a page carries, as CSP source expressions. */
export interface InlineHashes {
	scripts: string[];
	styles: string[];
}

/**
 * The site's Content-Security-Policy: same-origin only. Without hashes (the dev server, whose injected
 * scripts change on every edit) inline scripts and styles are allowed; with them, only those exact inline
 * elements run. Style attributes stay allowed: Starlight's icons, Expressive Code and Shiki set CSS variables in
 * them, and CSP hashes cannot cover attributes.
 */
export function contentSecurityPolicy(hashes?: InlineHashes): string {
	const script = hashes ? ["'self'", ...hashes.scripts] : ["'self'", "'unsafe-inline'"];
	const style = hashes ? ["'self'", ...hashes.styles] : ["'self'", "'unsafe-inline'"];
	return [
		"default-src 'self'",
		// Pagefind compiles its search index reader from WebAssembly.
		`script-src ${[...script, "'wasm-unsafe-eval'"].join(' ')}`,
		`style-src-elem ${style.join(' ')}`,
		"style-src-attr 'unsafe-inline'",
		"img-src 'self' data:",
		"connect-src 'self'",
		"worker-src 'self' blob:",
		"object-src 'none'",
		"base-uri 'self'",
		"form-action 'self'",
	].join('; ');
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The hashes of every inline script and style element in a page, in order of first appearance. */
export function inlineHashes(html: string): InlineHashes {
	const collect = (tag: 'script' | 'style') => {
		const found = new Set<string>();
		for (const m of html.matchAll(new RegExp(`<${tag}(\\s[^>]*)?>([\\s\\S]*?)</${tag}>`, 'g'))) {
			if (/\ssrc=/.test(m[1] ?? '') || m[2] === '') continue;
			found.add(sha256(m[2]!));
		}
		return [...found];
	};
	return { scripts: collect('script'), styles: collect('style') };
}

const metaPattern = /<meta http-equiv="Content-Security-Policy" content="[^"]*"\/?>/;

/**
 * Replaces the page's permissive policy with one that names the hashes of its own inline elements.
 * Returns the page unchanged when it declares no policy (redirect pages).
 */
export function withHashedPolicy(html: string): string {
	if (!metaPattern.test(html)) return html;
	const policy = contentSecurityPolicy(inlineHashes(html));
	return html.replace(metaPattern, () => `<meta http-equiv="Content-Security-Policy" content="${policy}"/>`);
}
