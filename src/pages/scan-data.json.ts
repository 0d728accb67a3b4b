import type { APIRoute } from 'astro';
import { apiIndex as api, data } from '../lib/data.ts';
import { buildScanData } from '../lib/scanner/knowledge.ts';

/** What the /scan/ page's worker judges with: fetched on the first scan, so the page itself stays small. */
export const GET: APIRoute = () => new Response(JSON.stringify(buildScanData(api, data)), { headers: { 'Content-Type': 'application/json' } });
