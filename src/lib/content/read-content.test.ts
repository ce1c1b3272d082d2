/**
 * The one reading of the content: what it hands the site (the model) and what it refuses. The
 * content is a small handbook written here, in memory, changed one way per case.
 */
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../errors.ts';
import type { ContentSnapshot, SourceFile } from '../check/source.ts';
import { readContentModel } from './read-content.ts';

const file = (relative: string, text: string, dir = ''): SourceFile => ({ file: `content/${dir}${relative}`, relative, text });
const chapter = (relative: string, frontmatter: string, body = '## Body\n\nText.') =>
  file(relative, `---\ntitle: ${relative}\ndescription: A chapter.\n${frontmatter}---\n\n${body}\n`, 'chapters/');
const quiz = (name: string, about: string) =>
  file(
    `${name}.yaml`,
    `title: Q\ndescription: A quiz.\nabout: ${about}\nquestions:\n  - id: ${name}-one\n    type: single\n    level: senior\n    prompt: P?\n    choices:\n      - { id: a, text: A, correct: true, why: Right. }\n      - { id: b, text: B, why: Wrong. }\n    explanation: E.\n`,
    'quizzes/',
  );
const level = (chapters: string) =>
  file(
    'senior.mdx',
    `---\ntitle: Senior\ncode: L5\ntrack: ic\nrank: 5\nsummary: S.\nsteps:\n  scope: team\nweek:\n  coding: 100\nsignals:\n  - { id: ships, text: You ship. }\ntraps:\n  - { title: T, text: T. }\npath: [Ship.]\nchapters: [${chapters}]\n---\n\n## Work\n\nText.\n`,
    'ladder/levels/',
  );

function handbook(change: Partial<ContentSnapshot> = {}): ContentSnapshot {
  return {
    parts: file('parts.yaml', '- { id: basics, title: Basics, summary: S. }\n- { id: more, title: More, summary: S. }\n'),
    tracks: file('ladder/tracks.yaml', '- { id: ic, name: IC, summary: S. }\n'),
    activities: file('ladder/activities.yaml', '- { id: coding, name: Coding }\n'),
    dimensions: file('ladder/dimensions.yaml', '- id: scope\n  name: Scope\n  question: How far?\n  steps:\n    - { id: team, label: Team, description: D. }\n    - { id: org, label: Org, description: D. }\n'),
    chapters: [
      chapter('more/01-later.mdx', ''),
      chapter('basics/02-second.mdx', ''),
      chapter('basics/01-first.mdx', 'updated: 2026-02-01\n'),
      chapter('basics/03-draft.mdx', 'draft: true\n'),
    ],
    levels: [level('basics/first')],
    quizzes: [quiz('check-first', 'chapter:basics/first')],
    ...change,
  };
}

describe('readContentModel', () => {
  it('hands the site chapters in reading order, drafts flagged, and only published ones as link targets', () => {
    const { model, problems } = readContentModel(handbook());
    expect(problems.map(formatProblem)).toEqual([]);
    expect(model.chapters.map((c) => [c.id, c.draft, c.order])).toEqual([
      ['basics/first', false, 1],
      ['basics/second', false, 2],
      ['basics/draft', true, 3],
      ['more/later', false, 1],
    ]);
    expect(model.chapters[0]!.updated).toBe('2026-02-01T00:00:00.000Z');
    expect(model.links.ids.chapter).not.toContain('basics/draft');
    expect(model.links.draftChapters).toEqual(['basics/draft']);
    expect(model.links.anchors['chapter:basics/first']).toEqual(['body']);
    expect(model.ladder.levels.map((l) => l.id)).toEqual(['senior']);
    expect(model.quizzes.map((q) => q.id)).toEqual(['check-first']);
  });

  const DRAFT = 'is a draft chapter, which is not published';
  it.each([
    ['a link in a chapter', { chapters: [...handbook().chapters, chapter('basics/04-links.mdx', '', 'See [it](chapter:basics/draft).')] }, `content/chapters/basics/04-links.mdx:6: "chapter:basics/draft" ${DRAFT}`],
    ['a level’s related chapters', { levels: [level('basics/draft')] }, `content/ladder/levels/senior.mdx:16 › chapters[0]: "chapter:basics/draft" ${DRAFT}`],
    ['a quiz about it', { quizzes: [quiz('check-draft', 'chapter:basics/draft')] }, `content/quizzes/check-draft.yaml:3 › about: "chapter:basics/draft" ${DRAFT}`],
  ])('refuses a draft named by %s', (_name, change, expected) => {
    const { problems } = readContentModel(handbook(change));
    expect(problems.map((p) => formatProblem(p).split('\n')[0])).toEqual([expected]);
  });
});
