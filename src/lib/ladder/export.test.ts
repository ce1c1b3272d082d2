import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ladderExportSchema } from '../../schemas/ladder.ts';
import { ladderExport } from './export.ts';
import { fixtureChapterIds, fixtureLadder, sourcesWithLevel } from './fixture.ts';
import { buildLadder } from './model.ts';

const ladder = fixtureLadder();

describe('ladderExport', () => {
  it('validates against ladderExportSchema, and survives a JSON round trip unchanged', () => {
    const data = ladderExport(ladder, '/');
    expect(ladderExportSchema.safeParse(data).error).toBeUndefined();
    expect(JSON.parse(JSON.stringify(data))).toEqual(data);
  });

  it('lists each track with its level ids by rank', () => {
    expect(ladderExport(ladder, '/').tracks.map((t) => [t.id, t.levels])).toEqual([
      ['ic', ['junior', 'senior', 'staff']],
      ['management', ['manager', 'director']],
    ]);
  });

  it('resolves every dimension of a level to its step label, description and position', () => {
    const staff = ladderExport(ladder, '/').levels.find((l) => l.id === 'staff');
    expect(staff?.steps).toEqual({
      scope: { step: 'org', label: 'Organisation', description: 'Many teams.', index: 2, of: 3 },
      people: { step: 'mentors', label: 'Mentors others', description: 'Others.', index: 1, of: 3 },
    });
    expect(staff?.week).toEqual({ coding: 20, people: 30, focus: 50 });
  });

  it.each([
    ['junior', null, 'senior'],
    ['staff', 'senior', null],
    ['manager', 'senior', 'director'],
  ])('%s: below %s, above %s', (id, below, above) => {
    const level = ladderExport(ladder, '/').levels.find((l) => l.id === id);
    expect([level?.below, level?.above]).toEqual([below, above]);
  });

  it.each([
    ['/', '/ladder/staff/', '/ladder/compare/junior/senior/'],
    ['/handbook', '/handbook/ladder/staff/', '/handbook/ladder/compare/junior/senior/'],
    ['/handbook/', '/handbook/ladder/staff/', '/handbook/ladder/compare/junior/senior/'],
  ])('puts URLs under the base %s', (base, staffUrl, firstComparison) => {
    const data = ladderExport(ladder, base);
    expect(data.levels.find((l) => l.id === 'staff')?.url).toBe(staffUrl);
    expect(data.comparisons[0]?.url).toBe(firstComparison);
    expect(data.comparisons).toHaveLength(14);
  });

  it('publishes a JSON Schema that requires the resolved level fields', () => {
    const schema = z.toJSONSchema(ladderExportSchema) as unknown as {
      properties: { levels: { items: { required: string[]; additionalProperties: boolean } } };
    };
    expect(schema.properties.levels.items.required).toEqual([
      'id', 'title', 'code', 'track', 'rank', 'summary', 'url', 'steps', 'week', 'weekEstimate', 'signals', 'traps',
      'archetypes', 'path', 'checklist', 'chapters', 'below', 'above',
    ]);
    expect(schema.properties.levels.items.additionalProperties).toBe(false);
  });

  it.each<[string, boolean]>([
    ['director', true],
    ['staff', false],
    ['junior', false],
  ])('exports weekEstimate of %s as %s, and still validates', (id, expected) => {
    const { ladder: marked } = buildLadder(sourcesWithLevel('director', { weekEstimate: true }), { chapterIds: fixtureChapterIds });
    const data = ladderExport(marked, '/');
    expect(data.levels.find((l) => l.id === id)?.weekEstimate).toBe(expected);
    expect(ladderExportSchema.safeParse(data).error).toBeUndefined();
  });
});
