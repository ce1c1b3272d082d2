/** JSON Schema of ladder.json, generated from the zod schema so the two cannot drift. */
import type { APIRoute } from 'astro';
import { z } from 'zod';
import { ladderExportSchema } from '../schemas/ladder-export.ts';

export const GET: APIRoute = () => {
  const schema = z.toJSONSchema(ladderExportSchema.extend({ $schema: z.string().optional(), organisation: z.string() }), { io: 'output' });
  return new Response(JSON.stringify(schema, null, 2), { headers: { 'Content-Type': 'application/json' } });
};
