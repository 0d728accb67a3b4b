import type { APIRoute } from 'astro';
import { data } from '../lib/data.ts';

/** The validated data, published for other tools. */
export const GET: APIRoute = () => new Response(JSON.stringify(data, null, '\t'), { headers: { 'Content-Type': 'application/json' } });
