/**
 * The ladder's revisions, read with the rest of the content: what the model holds and what the
 * check refuses, each with file, line and hint. A tiny handbook in memory, one change per case.
 */
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../errors.ts';
import type { ContentSnapshot, RevisionSnapshot, SourceFile } from '../check/source.ts';
import { readContentModel } from './read-content.ts';

/** A file at `content/<path>`; `relative` is its place in its collection folder (the file name, unless given). */
const file = (path: string, text: string, relative = path.split('/').pop()!): SourceFile => ({ file: `content/${path}`, relative, text });

interface LevelOptions {
  title?: string;
  track?: string;
  scope?: string;
  signals?: string[];
  chapters?: string;
  rank?: number;
  extra?: string;
}

function levelText({ title = 'Senior', track = 'ic', scope = 'team', signals = ['ships'], chapters = 'basics/first', rank = 5, extra = '' }: LevelOptions): string {
  const list = signals.map((id) => `  - { id: ${id}, text: You ${id}. }`).join('\n');
  return `---\ntitle: ${title}\ncode: L5\ntrack: ${track}\nrank: ${rank}\nsummary: S.\nsteps:\n  scope: ${scope}\nweek:\n  coding: 100\nsignals:\n${list}\ntraps:\n  - { title: T, text: T. }\npath: [Ship.]\nchapters: [${chapters}]\n${extra}---\n\n## Work\n\nText.\n`;
}

const LADDER = {
  tracks: '- { id: ic, name: IC, summary: S. }\n',
  activities: '- { id: coding, name: Coding }\n',
  dimensions: '- id: scope\n  name: Scope\n  question: How far?\n  steps:\n    - { id: team, label: Team, description: D. }\n    - { id: org, label: Org, description: D. }\n',
};

/** A frozen revision in `ladder/revisions/<folder>/`. */
function frozen(folder: string, revision: string | undefined, levels: Record<string, LevelOptions> = { senior: {} }): RevisionSnapshot {
  const dir = `ladder/revisions/${folder}`;
  return {
    folder,
    path: `content/${dir}`,
    ...(revision === undefined ? {} : { revision: file(`${dir}/revision.yaml`, revision) }),
    tracks: file(`${dir}/tracks.yaml`, LADDER.tracks),
    activities: file(`${dir}/activities.yaml`, LADDER.activities),
    dimensions: file(`${dir}/dimensions.yaml`, LADDER.dimensions),
    levels: Object.entries(levels).map(([id, options]) => file(`${dir}/levels/${id}.mdx`, levelText(options))),
  };
}

function handbook(change: Partial<ContentSnapshot> = {}, levels: Record<string, LevelOptions> = { senior: {} }): ContentSnapshot {
  return {
    parts: file('parts.yaml', '- { id: basics, title: Basics, summary: S. }\n'),
    tracks: file('ladder/tracks.yaml', LADDER.tracks),
    activities: file('ladder/activities.yaml', LADDER.activities),
    dimensions: file('ladder/dimensions.yaml', LADDER.dimensions),
    chapters: [file('chapters/basics/01-first.mdx', '---\ntitle: First\ndescription: A chapter.\n---\n\n## Body\n\nText.\n', 'basics/01-first.mdx')],
    levels: Object.entries(levels).map(([id, options]) => file(`ladder/levels/${id}.mdx`, levelText(options))),
    quizzes: [],
    revision: file('ladder/revision.yaml', 'name: 2027\ndate: 2027-01-10\nnote: Staff moves up a step.\n'),
    revisions: [frozen('2026', 'name: 2026\ndate: 2026-01-10\n'), frozen('2025', 'name: "2025"\ndate: 2025-01-10\n')],
    ...change,
  };
}

const problemsOf = (snapshot: ContentSnapshot) => readContentModel(snapshot).problems.map(formatProblem);

describe('reading revisions', () => {
  it('names the current revision and holds every earlier one, newest first, each with its own ladder', () => {
    const snapshot = handbook({ revisions: [frozen('2025', 'name: 2025\ndate: 2025-01-10\n'), frozen('2026', 'name: 2026\ndate: 2026-01-10\n', { senior: { scope: 'org' } })] });
    const { model, problems } = readContentModel(snapshot);
    expect(problems.map(formatProblem)).toEqual([]);
    expect(model.revisions.current).toEqual({ name: '2027', date: '2027-01-10', note: 'Staff moves up a step.' });
    expect(model.revisions.earlier.map((r) => r.info.name)).toEqual(['2026', '2025']);
    expect(model.revisions.earlier[0]!.ladder.levels.map((l) => [l.id, l.steps.scope, l.file])).toEqual([
      ['senior', 'org', 'content/ladder/revisions/2026/levels/senior.mdx'],
    ]);
    expect(model.revisions.earlier[0]!.anchors).toEqual({ senior: ['work'] });
  });

  it('needs no revision at all: a ladder without revision.yaml has no current name and no earlier revisions', () => {
    const { model, problems } = readContentModel(handbook({ revision: undefined, revisions: [] }));
    expect(problems).toEqual([]);
    expect(model.revisions).toEqual({ earlier: [] });
  });

  it('leaves out of an archived level a related chapter deleted since, without a problem', () => {
    const { model, problems } = readContentModel(handbook({ revisions: [frozen('2026', 'name: 2026\ndate: 2026-01-10\n', { senior: { chapters: 'basics/first, basics/gone' } })] }));
    expect(problems).toEqual([]);
    expect(model.revisions.earlier[0]!.ladder.levels[0]!.chapters).toEqual(['basics/first']);
  });

  it('accepts a level that names its id in the revision before with formerly', () => {
    const snapshot = handbook({}, { 'engineer-3': { extra: 'formerly: senior\n' } });
    expect(problemsOf(snapshot)).toEqual([]);
    expect(readContentModel(snapshot).model.ladder.levels[0]!.formerly).toBe('senior');
  });

  const REVISIONS = 'content/ladder/revisions';
  it.each<[string, Partial<ContentSnapshot>, Record<string, LevelOptions> | undefined, string[]]>([
    [
      'two revisions with the same name',
      { revisions: [frozen('2026', 'name: 2026\ndate: 2026-01-10\n'), frozen('2026-copy', 'name: 2026\ndate: 2026-02-01\n')] },
      undefined,
      [`${REVISIONS}/2026-copy/revision.yaml:1 › name: revision name "2026" is also the name of ${REVISIONS}/2026/revision.yaml\n    hint: each revision needs its own name: its pages live at /ladder/<name>/`],
    ],
    [
      'an earlier revision named like the current one',
      { revisions: [frozen('2027', 'name: 2027\ndate: 2026-01-10\n')] },
      undefined,
      [`${REVISIONS}/2027/revision.yaml:1 › name: revision name "2027" is also the name of content/ladder/revision.yaml\n    hint: each revision needs its own name: its pages live at /ladder/<name>/`],
    ],
    [
      'a revision dated after the current one',
      { revisions: [frozen('2026', 'name: 2026\ndate: 2028-01-10\n')] },
      undefined,
      [
        `${REVISIONS}/2026/revision.yaml:2 › date: revision "2026" is dated 2028-01-10, after the current revision "2027" (2027-01-10)\n    hint: an earlier revision must not be dated after the current one; correct one of the two dates`,
      ],
    ],
    [
      'a revision named after a level',
      { revisions: [frozen('senior', 'name: senior\ndate: 2026-01-10\n')] },
      undefined,
      [`${REVISIONS}/senior/revision.yaml:1 › name: revision name "senior" is also a level id, so /ladder/senior/ would be two pages\n    hint: name the revision after its year or date, like "2026" or "2026-h2"`],
    ],
    [
      'a revision named after a ladder page',
      { revision: file('ladder/revision.yaml', 'name: changes\ndate: 2027-01-10\n'), revisions: [] },
      undefined,
      ['content/ladder/revision.yaml:1 › name: revision name "changes" is taken by the ladder\'s own pages (/ladder/changes/)\n    hint: choose another name; compare and changes are taken'],
    ],
    [
      'a level named after a ladder page',
      { revisions: [] },
      { changes: {} },
      ['content/ladder/levels/changes.mdx:2: level id "changes" is taken by the ladder\'s own page /ladder/changes/\n    hint: a level id is its file name; rename the file'],
    ],
    [
      'a malformed revision.yaml',
      { revision: file('ladder/revision.yaml', 'name: Next Year\ndate: 10/01/2027\nnotes: x\n'), revisions: [] },
      undefined,
      [
        'content/ladder/revision.yaml:1 › name: expected a lowercase name with hyphens, like "2026" or "2027-h2"',
        'content/ladder/revision.yaml:2 › date: expected a date written as YYYY-MM-DD, like 2026-01-15',
        'content/ladder/revision.yaml:3 › notes: unknown key "notes"\n    hint: did you mean "note"?',
      ],
    ],
    [
      'a revision folder without revision.yaml or tracks',
      { revisions: [{ ...frozen('2026', undefined), tracks: undefined }] },
      undefined,
      [
        `${REVISIONS}/2026/revision.yaml: file is missing from this revision\n    hint: a revision folder holds a frozen copy of the whole ladder; npm run ladder:freeze -- <name> writes one`,
        `${REVISIONS}/2026/tracks.yaml: file is missing from this revision\n    hint: a revision folder holds a frozen copy of the whole ladder; npm run ladder:freeze -- <name> writes one`,
      ],
    ],
    [
      'earlier revisions but no name for the current one',
      { revision: undefined, revisions: [frozen('2026', 'name: 2026\ndate: 2026-01-10\n')] },
      undefined,
      [
        'content/ladder/revision.yaml: the current ladder has no revision.yaml, but earlier revisions exist\n    hint: name the current revision: write "name:" and "date:" (YYYY-MM-DD) in revision.yaml; npm run ladder:freeze writes both',
      ],
    ],
    [
      'an archived level with an unknown step and track',
      { revisions: [frozen('2026', 'name: 2026\ndate: 2026-01-10\n', { senior: { scope: 'galaxy', track: 'icc' } })] },
      undefined,
      [
        `${REVISIONS}/2026/levels/senior.mdx:4 › track: "icc" is not a track\n    hint: did you mean "ic"? tracks: ic`,
        `${REVISIONS}/2026/levels/senior.mdx:8 › steps.scope: "galaxy" is not a step of dimension "scope"\n    hint: steps of scope, low to high: team, org`,
      ],
    ],
    [
      'a signal id used twice in an archived level',
      { revisions: [frozen('2026', 'name: 2026\ndate: 2026-01-10\n', { senior: { signals: ['ships', 'ships'] } })] },
      undefined,
      [`${REVISIONS}/2026/levels/senior.mdx:13 › signals[1].id: signal id "ships" is already used by signals[0]\n    hint: signal ids are stable references; give each signal its own id`],
    ],
    [
      'a formerly that names no level of the revision before',
      {},
      { 'engineer-3': { extra: 'formerly: senoir\n' } },
      ['content/ladder/levels/engineer-3.mdx:17 › formerly: "senoir" is not a level of revision 2026\n    hint: did you mean "senior"? levels of 2026: senior'],
    ],
    [
      'a formerly that names a level still there',
      {},
      { senior: {}, 'engineer-3': { rank: 6, extra: 'formerly: senior\n' } },
      ['content/ladder/levels/engineer-3.mdx:17 › formerly: "senior" is still a level of this revision, so this level cannot have been it\n    hint: remove "formerly": the level "senior" kept its id'],
    ],
    [
      'a formerly with no earlier revision',
      { revisions: [] },
      { 'engineer-3': { extra: 'formerly: senior\n' } },
      ['content/ladder/levels/engineer-3.mdx:17 › formerly: there is no earlier revision in which this level was "senior"\n    hint: remove "formerly", or freeze the earlier ladder first (npm run ladder:freeze)'],
    ],
  ])('refuses %s', (_name, change, levels, expected) => {
    expect(problemsOf(handbook(change, levels))).toEqual(expected);
  });

  it('reports every problem of every revision at once', () => {
    const snapshot = handbook({
      revisions: [
        frozen('2026', 'name: 2026\ndate: 2028-01-10\n', { senior: { scope: 'galaxy' } }),
        frozen('2025', 'name: 2026\ndate: 2025-01-10\n', { senior: { signals: ['a', 'a'] } }),
      ],
    });
    expect(problemsOf(snapshot).map((p) => p.split(' › ')[0])).toEqual([
      `${REVISIONS}/2025/levels/senior.mdx:13`,
      `${REVISIONS}/2025/revision.yaml:1`,
      `${REVISIONS}/2026/levels/senior.mdx:8`,
      `${REVISIONS}/2026/revision.yaml:2`,
    ]);
  });
});
