import type { APIRoute } from 'astro';
import exportsFile from '../../data/keras3-exports.json' with { type: 'json' };

/** The Keras 3 export list that the Keras 3 column is checked against, published for readers to verify. */
export const GET: APIRoute = () => new Response(JSON.stringify(exportsFile, null, '\t'), { headers: { 'Content-Type': 'application/json' } });
