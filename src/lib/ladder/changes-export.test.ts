import { describe, expect, it } from 'vitest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { ladderChangesExportSchema } from '../../schemas/ladder-changes-export.ts';
import { ladderChangesJsonSchema } from '../../schemas/json-schemas.ts';
import { ladderChangesExport } from './changes-export.ts';
import { createLadder } from './create-ladder.ts';
import { fixtureLadder } from './fixture.ts';
import { ladderHistory, type Revision } from './history.ts';
import type { Level } from './types.ts';

const older = fixtureLadder();
const levels = older.levels
  .filter((l) => l.id !== 'junior')
  .map((l): Level => (l.id === 'senior' ? { ...l, id: 'engineer-3', title: 'Engineer III', formerly: 'senior', steps: { ...l.steps, scope: 'org' } } : l));
const newer = createLadder({ tracks: older.tracks, dimensions: older.dimensions, activities: older.activities, levels });
const history = ladderHistory(
  { info: { name: '2027', date: '2027-01-01', note: 'Scope up.' }, ladder: newer, current: true },
  [{ info: { name: '2026', date: '2026-01-01' }, ladder: older, current: false } satisfies Revision],
);
const data = ladderChangesExport(history, '/handbook/');

describe('ladderChangesExport', () => {
  it('validates against its zod schema and the published JSON Schema, and survives a JSON round trip', () => {
    expect(ladderChangesExportSchema.safeParse(data).error).toBeUndefined();
    const validate = new Ajv2020({ strict: false, allErrors: true }).compile(ladderChangesJsonSchema());
    expect(validate({ $schema: './ladder-changes.schema.json', organisation: 'Acme', ...data }) ? [] : validate.errors).toEqual([]);
    expect(JSON.parse(JSON.stringify(data))).toEqual(data);
  });

  it('lists revisions newest first, the oldest without changes', () => {
    expect(data.current).toBe('2027');
    expect(data.revisions.map((r) => [r.name, r.previous, r.url, r.changes === null])).toEqual([
      ['2027', '2026', '/handbook/ladder/changes/#revision-2027', false],
      ['2026', null, '/handbook/ladder/changes/#revision-2026', true],
    ]);
  });

  it('links each changed level to its page in both revisions, and a retired one to its archived page', () => {
    const changes = data.revisions[0]!.changes!.levels;
    expect(changes.map((c) => (c.kind === 'changed' ? `${c.kind} ${c.before.url} → ${c.level.url}` : `${c.kind} ${c.level.url}`))).toEqual([
      'changed /handbook/ladder/2026/senior/ → /handbook/ladder/engineer-3/',
      'retired /handbook/ladder/2026/junior/',
    ]);
    const changed = changes[0]!;
    expect(changed.kind === 'changed' && [changed.renamed, changed.steps]).toEqual([
      { before: { id: 'senior', title: 'Senior Engineer', code: 'L5' }, after: { id: 'engineer-3', title: 'Engineer III', code: 'L5' } },
      [{ dimension: { id: 'scope', name: 'Scope' }, from: { id: 'team', label: 'Team' }, to: { id: 'org', label: 'Organisation' }, direction: 'up' }],
    ]);
  });
});
