/** JSON Schema of ladder-changes.json, generated from the zod schema so the two cannot drift. */
import type { APIRoute } from 'astro';
import { ladderChangesJsonSchema } from '../schemas/json-schemas.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(ladderChangesJsonSchema(), null, 2), { headers: { 'Content-Type': 'application/json' } });
