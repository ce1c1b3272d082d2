/** The whole ladder as JSON, every reference resolved, for HR systems, spreadsheets and scripts. */
import type { APIRoute } from 'astro';
import config from 'virtual:ladderbook/config';
import { getLadder } from '../data/ladder.ts';
import { ladderExport } from '../lib/ladder/export.ts';
import { getCurrentRevision } from '../data/revisions.ts';

export const GET: APIRoute = async () => {
  const revision = getCurrentRevision();
  const named = revision ? { name: revision.name, date: revision.date, note: revision.note ?? null } : null;
  const body = { $schema: './ladder.schema.json', organisation: config.organisation, revision: named, ...ladderExport(await getLadder(), config.base) };
  return new Response(JSON.stringify(body, null, 2), { headers: { 'Content-Type': 'application/json' } });
};
