/** The whole ladder as JSON, every reference resolved, for HR systems, spreadsheets and scripts. */
import type { APIRoute } from 'astro';
import config from 'virtual:ladderbook/config';
import { getLadder } from '../data/ladder.ts';
import { ladderExport } from '../lib/ladder/export.ts';

export const GET: APIRoute = async () => {
  const body = { $schema: './ladder.schema.json', organisation: config.organisation, ...ladderExport(await getLadder(), config.base) };
  return new Response(JSON.stringify(body, null, 2), { headers: { 'Content-Type': 'application/json' } });
};
