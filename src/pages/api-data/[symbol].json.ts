import type { APIRoute, GetStaticPaths } from 'astro';
import type { Mapping } from '../../lib/compat-data.generated.ts';
import { data } from '../../lib/data.ts';
import { codePairFor } from '../../lib/query.ts';
import { resolveSources } from '../../lib/sources.ts';
import { spellingsOf } from '../../lib/spellings.ts';

export const getStaticPaths = (() => data.mappings.map((mapping) => ({ params: { symbol: mapping.symbol }, props: { mapping } }))) satisfies GetStaticPaths;

/** One symbol's mapping with its spellings, code pair and resolved sources, for tools that want one record. */
export const GET: APIRoute = ({ props }) => {
	const mapping = (props as { mapping: Mapping }).mapping;
	const body = {
		...mapping,
		spellings: spellingsOf(data, mapping),
		codePair: mapping.codePair ? codePairFor(data, mapping.codePair) : undefined,
		sources: resolveSources(data, mapping.sources),
		reviewed: data.reviewed,
	};
	return new Response(JSON.stringify(body, null, '\t'), { headers: { 'Content-Type': 'application/json' } });
};
