/** JSON Schema of ladder.json, generated from the zod schema so the two cannot drift. */
import type { APIRoute } from 'astro';
import { ladderJsonSchema } from '../schemas/json-schemas.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(ladderJsonSchema(), null, 2), { headers: { 'Content-Type': 'application/json' } });
