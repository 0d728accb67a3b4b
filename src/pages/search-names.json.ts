import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { apiIndex, data } from '../lib/data.ts';
import { symbolPath } from '../lib/paths.ts';
import { buildNameIndex, packNameIndex, type NamedPage } from '../lib/search-names.ts';
import { symbolPages } from '../lib/symbol-pages.ts';

// Every symbol of the API index leads to its page by its full name; a class also by its bare name (`Conv2D`), after
// the data's own names so a hand-mapped page stays first.
const indexed: NamedPage[] = symbolPages()
	.filter((p) => !p.mapping && p.indexed)
	.flatMap((p) => {
		const page = { path: symbolPath(p.name), title: p.name };
		return [{ name: p.name, ...page, exactOnly: true }, ...(apiIndex.symbols[p.name]!.kind === 'class' ? [{ name: p.name.slice(p.name.lastIndexOf('.') + 1), ...page, exactOnly: true }] : [])];
	});

/** The exact-name index the search dialog loads when it opens (src/lib/search-names.ts), with the guides by title. */
export const GET: APIRoute = async () => {
	const guides = (await getCollection('docs', (entry) => entry.id.startsWith('guides/'))).map((g) => ({ path: `/${g.id}/`, title: g.data.title }));
	return new Response(JSON.stringify(packNameIndex(buildNameIndex(data, indexed, guides))), { headers: { 'Content-Type': 'application/json' } });
};
