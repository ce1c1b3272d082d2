/** Every revision of the ladder and what changed in it, level by level, as JSON for other tools (see /ladder/changes/). */
import type { APIRoute } from 'astro';
import config from 'virtual:ladderbook/config';
import { getHistory } from '../data/revisions.ts';
import { ladderChangesExport } from '../lib/ladder/changes-export.ts';

export const GET: APIRoute = async () => {
  const body = { $schema: './ladder-changes.schema.json', organisation: config.organisation, ...ladderChangesExport(await getHistory(), config.base) };
  return new Response(JSON.stringify(body, null, 2), { headers: { 'Content-Type': 'application/json' } });
};
