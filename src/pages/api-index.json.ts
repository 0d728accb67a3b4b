import type { APIRoute } from 'astro';
import { apiIndex } from '../lib/data.ts';

/** The generated API index, published for other tools (the scanner reads the same file). */
export const GET: APIRoute = () => new Response(JSON.stringify(apiIndex), { headers: { 'Content-Type': 'application/json' } });
