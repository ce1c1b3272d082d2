import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { formatProblem, zodProblems } from '../lib/errors.ts';
import { dimensionSchema, ladderExportSchema, levelSchema, trackSchema } from './ladder.ts';

const level = {
  title: 'Staff Engineer',
  code: 'L6',
  track: 'ic',
  rank: 6,
  summary: 'Leads a domain.',
  steps: { scope: 'org' },
  week: { coding: 20, design: 80 },
  signals: [{ id: 'design-doc-adopted', text: 'A doc was adopted.' }],
  traps: [{ title: 'Best Senior', text: 'Out-shipping everyone.' }],
  path: ['Be a strong Senior.'],
};

/** Parses and returns the problems exactly as authors read them. */
function texts(schema: z.ZodType, data: unknown, file = 'content/ladder/levels/staff.mdx'): string[] {
  const result = schema.safeParse(data);
  return result.success ? [] : zodProblems(file, result.error, [], schema).map(formatProblem);
}

describe('levelSchema', () => {
  it('accepts a level with only the required keys, and one with every optional key', () => {
    expect(texts(levelSchema, level)).toEqual([]);
    const full = {
      ...level,
      archetypes: [{ name: 'Tech lead', does: 'Leads.', thrives: 'Product teams.' }],
      checklist: [{ title: 'Protect 1:1s', text: 'Keep them.' }],
      chapters: ['mentorship/feedback'],
      below: 'senior',
    };
    expect(levelSchema.parse(full)).toEqual(full);
  });

  it.each<[string, Record<string, unknown>, string[]]>([
    ['an unknown key', { summmary: 'x' }, ['content/ladder/levels/staff.mdx › summmary: unknown key "summmary"\n    hint: did you mean "summary"?']],
    ['a rank above 20', { rank: 21 }, ['content/ladder/levels/staff.mdx › rank: must be at most 20']],
    ['a fractional rank', { rank: 5.5 }, ['content/ladder/levels/staff.mdx › rank: expected int, received number\n    hint: write a whole number without quotes']],
    ['a share above 100', { week: { coding: 120 } }, ['content/ladder/levels/staff.mdx › week.coding: must be at most 100']],
    ['a quoted share', { week: { coding: '20' } }, ['content/ladder/levels/staff.mdx › week.coding: expected number, received string\n    hint: write a number without quotes']],
    [
      'steps written as a list',
      { steps: ['org'] },
      ['content/ladder/levels/staff.mdx › steps: expected mapping, received list\n    hint: write a YAML mapping (key: value lines)'],
    ],
    ['no signals', { signals: [] }, ['content/ladder/levels/staff.mdx › signals: needs at least one entry']],
    [
      'a signal id that is not a lowercase id',
      { signals: [{ id: 'Design Doc', text: 'x' }] },
      ['content/ladder/levels/staff.mdx › signals[0].id: expected a lowercase id with hyphens, like "design-doc-adopted"'],
    ],
    ['a chapter written as a link', { chapters: ['chapter:mentorship/feedback'] }, ['content/ladder/levels/staff.mdx › chapters[0]: expected a chapter id like "mentorship/feedback"']],
    ['an empty title', { title: '' }, ['content/ladder/levels/staff.mdx › title: must not be empty']],
  ])('rejects %s', (_case, change, expected) => {
    expect(texts(levelSchema, { ...level, ...change })).toEqual(expected);
  });
});

describe('list entry schemas', () => {
  it('lists the allowed keys when nothing is close to an unknown key', () => {
    expect(texts(trackSchema, { id: 'ic', name: 'IC', summary: 'x', colour: 'red' }, 'content/ladder/tracks.yaml')).toEqual([
      'content/ladder/tracks.yaml › colour: unknown key "colour"\n    hint: remove it; allowed keys here: id, name, summary',
    ]);
  });

  it('finds the allowed keys of a nested object (a step inside a dimension)', () => {
    const dimension = {
      id: 'scope',
      name: 'Scope',
      question: 'How far?',
      steps: [
        { id: 'task', label: 'Tasks', description: 'x' },
        { id: 'team', label: 'Team', descripton: 'x' },
      ],
    };
    expect(texts(dimensionSchema, dimension, 'content/ladder/dimensions.yaml')).toEqual([
      'content/ladder/dimensions.yaml › steps[1].description: missing required string\n    hint: add "description"',
      'content/ladder/dimensions.yaml › steps[1].descripton: unknown key "descripton"\n    hint: did you mean "description"?',
    ]);
  });

  it('needs at least two steps per dimension', () => {
    expect(
      texts(dimensionSchema, { id: 'scope', name: 'Scope', question: 'How far?', steps: [{ id: 'task', label: 'T', description: 'x' }] }),
    ).toEqual(['content/ladder/levels/staff.mdx › steps: needs at least 2 entries']);
  });
});

describe('ladderExportSchema', () => {
  it('converts to a JSON Schema (for ladder.schema.json) without throwing', () => {
    const schema = z.toJSONSchema(ladderExportSchema) as unknown as { type: string; required: string[] };
    expect(schema.type).toBe('object');
    expect(schema.required).toEqual(['tracks', 'dimensions', 'activities', 'levels', 'comparisons']);
  });
});
