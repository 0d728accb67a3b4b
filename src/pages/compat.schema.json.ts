import type { APIRoute } from 'astro';
import schema from '../../data/compat.schema.json' with { type: 'json' };

/** The schema that compat.json declares, published beside it. */
export const GET: APIRoute = () => new Response(JSON.stringify(schema, null, '\t'), { headers: { 'Content-Type': 'application/json' } });
