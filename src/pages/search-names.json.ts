import type { APIRoute } from 'astro';
import { data } from '../lib/data.ts';
import { buildNameIndex, packNameIndex } from '../lib/search-names.ts';

/** The exact-name index the search dialog loads when it opens (src/lib/search-names.ts). */
export const GET: APIRoute = () => new Response(JSON.stringify(packNameIndex(buildNameIndex(data))), { headers: { 'Content-Type': 'application/json' } });
