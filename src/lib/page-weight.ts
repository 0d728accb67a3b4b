/**
 * What a page loads before its load event, read from the built files: the HTML, every stylesheet it links (a print
 * stylesheet too: browsers fetch it at once, at low priority), every module script it names and the chunks those
 * import statically. Dynamic imports (`import(…)`, the search dialog) load later, on demand, and are not counted.
 */

/** The site paths of the stylesheets and module scripts an HTML page names. */
export function pageAssets(html: string): string[] {
	const assets: string[] = [];
	for (const tag of html.match(/<(link|script)\b[^>]*>/g) ?? []) {
		const attr = (name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
		if (tag.startsWith('<link') && attr('rel') === 'stylesheet' && attr('href')) assets.push(attr('href')!);
		if (tag.startsWith('<script') && attr('src')) assets.push(attr('src')!);
	}
	return [...new Set(assets)];
}

/** The chunks a bundled module imports statically (`import"./a.js"`, `from"./b.js"`), as paths beside it. */
export function staticImports(js: string): string[] {
	const found = [...js.matchAll(/(?:\bfrom|\bimport)\s*["'](\.\/[^"']+)["']/g)].map((m) => m[1]!.slice(2));
	return [...new Set(found)];
}

/**
 * Every file a page loads first: its assets and, transitively, the chunks its scripts import. `read` returns a built
 * file's text by site path (or undefined when it is missing).
 */
export function firstLoad(html: string, read: (path: string) => string | undefined): string[] {
	const seen = new Set<string>();
	const queue = pageAssets(html);
	while (queue.length) {
		const path = queue.shift()!;
		if (seen.has(path)) continue;
		seen.add(path);
		if (!path.endsWith('.js')) continue;
		const dir = path.slice(0, path.lastIndexOf('/') + 1);
		for (const chunk of staticImports(read(path) ?? '')) queue.push(dir + chunk);
	}
	return [...seen];
}
