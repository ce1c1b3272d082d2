/**
 * The small content schemas (chapter frontmatter, parts, reading paths, the handbook config):
 * what they accept, and the exact text an author reads when something is wrong.
 */
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { formatProblem, zodProblems } from '../lib/errors.ts';
import { chapterSchema } from './chapter.ts';
import { handbookConfigSchema } from './handbook-config.ts';
import { partSchema } from './part.ts';
import { readingPathSchema } from './reading-path.ts';

/** What `npm run check` prints for `data` in `file`, one line per problem. */
function report(schema: z.ZodType, file: string, data: unknown): string[] {
  const parsed = schema.safeParse(data, { reportInput: true });
  return parsed.success ? [] : zodProblems(file, parsed.error, [], schema).map(formatProblem);
}

const chapter = { title: 'Feedback', description: 'How to give it.' };
const path = { id: 'senior-to-staff', title: 'I am Senior', summary: 'Why.', steps: [{ to: 'level:staff', note: 'Start here.' }] };
const config = {
  title: 'Acme ladder',
  organisation: 'Acme',
  description: 'Our ladder.',
  site: 'https://ladder.acme.example',
  base: '/acme-ladder/',
  contentDir: 'content',
};

describe('chapter frontmatter', () => {
  it.each([
    ['the two required keys', chapter],
    ['levels, a date and draft', { ...chapter, levels: ['staff', 'senior'], updated: '2026-11-20', draft: true }],
  ])('accepts %s', (_what, data) => {
    expect(report(chapterSchema, 'c.mdx', data)).toEqual([]);
  });

  it.each([
    ['a misspelt key', { ...chapter, tittle: 'x' }, ['c.mdx › tittle: unknown key "tittle"\n    hint: did you mean "title"?']],
    ['a missing description', { title: 'x' }, ['c.mdx › description: missing required string\n    hint: add "description"']],
    ['a level id with capitals', { ...chapter, levels: ['Staff'] }, ['c.mdx › levels[0]: expected a lowercase id with hyphens, like "design-doc-adopted"']],
    ['a number for a title', { ...chapter, title: 3 }, ['c.mdx › title: expected string, received number\n    hint: write text; quote it if it starts with a special character or contains ": "']],
  ])('rejects %s with a message and a hint', (_what, data, expected) => {
    expect(report(chapterSchema, 'c.mdx', data)).toEqual(expected);
  });
});

describe('parts and reading paths', () => {
  it('accepts a part and a path', () => {
    expect(report(partSchema, 'parts.yaml', { id: 'mentorship', title: 'Mentorship', summary: 'Growing others.' })).toEqual([]);
    expect(report(readingPathSchema, 'paths.yaml', path)).toEqual([]);
  });

  it.each([
    [
      'a step that links by URL instead of content id',
      { ...path, steps: [{ to: '/ladder/staff/', note: 'x' }] },
      ['paths.yaml › steps[0].to: expected a content id such as "chapter:mentorship/feedback", "level:staff", "quiz:level-staff" or "part:mentorship"'],
    ],
    ['a path without steps', { ...path, steps: [] }, ['paths.yaml › steps: needs at least one entry']],
  ])('rejects %s', (_what, data, expected) => {
    expect(report(readingPathSchema, 'paths.yaml', data)).toEqual(expected);
  });
});

describe('handbook.config.ts', () => {
  it('fills in colours and features a fork leaves out', () => {
    const parsed = handbookConfigSchema.parse(config);
    expect(parsed.features).toEqual({ quizzes: true, selfAssessment: true, review: true });
    expect(parsed.colors.accent).toMatch(/^#[0-9a-f]{6}$/i);
  });

  it.each([
    ['a base without slashes', { ...config, base: 'acme' }, ['handbook.config.ts › base: expected "/" or a path that starts and ends with "/", like "/handbook/"']],
    ['a site without a scheme', { ...config, site: 'ladder.acme.example' }, ['handbook.config.ts › site: expected an absolute URL such as "https://handbook.example.org"']],
    ['a colour name', { ...config, colors: { accent: 'blue', accentDark: '#8fb0ff' } }, ['handbook.config.ts › colors.accent: expected a colour like "#2f5fd0"']],
  ])('rejects %s', (_what, data, expected) => {
    expect(report(handbookConfigSchema, 'handbook.config.ts', data)).toEqual(expected);
  });
});
