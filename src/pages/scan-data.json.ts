import type { APIRoute } from 'astro';
import { siteScanData } from '../lib/scan-data.ts';

/** What the /scan/ page's worker judges with: fetched on the first scan, so the page itself stays small. */
export const GET: APIRoute = () => new Response(JSON.stringify(siteScanData()), { headers: { 'Content-Type': 'application/json' } });
