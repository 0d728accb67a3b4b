import type { APIRoute, GetStaticPaths } from 'astro';
import { apiChanges } from '../../lib/api-compare.ts';
import { releasePairs } from '../../lib/compare.ts';
import { apiIndex, data } from '../../lib/data.ts';

export const getStaticPaths = (() =>
	releasePairs(data)
		.filter(([a, b]) => apiIndex.releases.includes(a.version) && apiIndex.releases.includes(b.version))
		.map(([a, b]) => ({ params: { pair: `${a.version}...${b.version}` } }))) satisfies GetStaticPaths;

/** Every public name added, removed or moved between two releases: the full list behind a compare page. */
export const GET: APIRoute = ({ params }) => {
	const [from, to] = String(params.pair).split('...') as [string, string];
	return new Response(JSON.stringify(apiChanges(apiIndex, from, to)), { headers: { 'Content-Type': 'application/json' } });
};
