import type { APIRoute, GetStaticPaths } from 'astro';
import { mapToTsv, serializeMap } from '../../lib/nasnet-map.ts';
import type { NasnetMap } from '../../lib/nasnet-map.ts';
import { nasnetMaps } from '../../lib/nasnet-map-data.ts';

export const getStaticPaths = (() =>
	Object.entries(nasnetMaps).flatMap(([variant, map]) =>
		(['json', 'tsv'] as const).map((format) => ({ params: { file: `${variant}.${format}` }, props: { map, format } })),
	)) satisfies GetStaticPaths;

/** A checkpoint map as the generator wrote it (JSON) or one line per variable (TSV), for scripts that load weights. */
export const GET: APIRoute = ({ props }) => {
	const { map, format } = props as { map: NasnetMap; format: 'json' | 'tsv' };
	return format === 'json'
		? new Response(serializeMap(map), { headers: { 'Content-Type': 'application/json' } })
		: new Response(mapToTsv(map), { headers: { 'Content-Type': 'text/tab-separated-values; charset=utf-8' } });
};
