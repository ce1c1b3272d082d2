/**
 * A small handbook in memory, for tests of the content reading: valid as it is, and changed one
 * way per case by passing the files to replace.
 */
import type { ContentSnapshot, SourceFile } from '../check/source.ts';

export const file = (relative: string, text: string, dir = ''): SourceFile => ({ file: `content/${dir}${relative}`, relative, text });
export const chapter = (relative: string, frontmatter: string, body = '## Body\n\nText.') =>
  file(relative, `---\ntitle: ${relative}\ndescription: A chapter.\n${frontmatter}---\n\n${body}\n`, 'chapters/');
export const quiz = (name: string, about: string) =>
  file(
    `${name}.yaml`,
    `title: Q\ndescription: A quiz.\nabout: ${about}\nquestions:\n  - id: ${name}-one\n    type: single\n    level: senior\n    prompt: P?\n    choices:\n      - { id: a, text: A, correct: true, why: Right. }\n      - { id: b, text: B, why: Wrong. }\n    explanation: E.\n`,
    'quizzes/',
  );
export const level = (chapters: string) =>
  file(
    'senior.mdx',
    `---\ntitle: Senior\ncode: L5\ntrack: ic\nrank: 5\nsummary: S.\nsteps:\n  scope: team\nweek:\n  coding: 100\nsignals:\n  - { id: ships, text: You ship. }\ntraps:\n  - { title: T, text: T. }\npath: [Ship.]\nchapters: [${chapters}]\n---\n\n## Work\n\nText.\n`,
    'ladder/levels/',
  );

export function handbook(change: Partial<ContentSnapshot> = {}): ContentSnapshot {
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
