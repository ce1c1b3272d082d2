import { describe, expect, it } from 'vitest';
import { formatProblem } from '../errors.ts';
import { fixtureChapterIds, fixtureLadder, fixtureSources, sourcesWithLevel } from './fixture.ts';
import { buildLadder, type LadderSources } from './model.ts';

/** Builds and returns every problem as authors read it. */
function problemTexts(sources: LadderSources): string[] {
  return buildLadder(sources, { chapterIds: fixtureChapterIds }).problems.map(formatProblem);
}

describe('buildLadder: ordering', () => {
  const ladder = fixtureLadder();

  it('keeps tracks in file order and sorts each track by rank', () => {
    expect(ladder.tracks.map((t) => [t.id, t.levels.map((l) => l.id)])).toEqual([
      ['ic', ['junior', 'senior', 'staff']],
      ['management', ['manager', 'director']],
    ]);
  });

  it('lists every level by track, then rank', () => {
    expect(ladder.levels.map((l) => l.id)).toEqual(['junior', 'senior', 'staff', 'manager', 'director']);
  });

  it.each([
    ['ic', ['junior', 'senior', 'staff']],
    ['management', ['manager', 'director']],
    ['nope', []],
  ])('levelsOf(%s)', (track, ids) => {
    expect(ladder.levelsOf(track).map((l) => l.id)).toEqual(ids);
  });
});

describe('buildLadder: lookups', () => {
  const ladder = fixtureLadder();

  it.each([
    ['junior', 'scope', 'task', 0, 3],
    ['senior', 'scope', 'team', 1, 3],
    ['staff', 'scope', 'org', 2, 3],
    ['staff', 'people', 'mentors', 1, 3],
    ['director', 'people', 'manages', 2, 3],
  ])('stepOf(%s, %s) is %s, index %i of %i', (level, dimension, step, index, of) => {
    const position = ladder.stepOf(level, dimension);
    expect([position.step.id, position.index, position.of, position.dimension.id]).toEqual([step, index, of, dimension]);
  });

  it.each([
    ['junior', undefined, 'senior'],
    ['senior', 'junior', 'staff'],
    ['staff', 'senior', undefined],
    ['manager', 'senior', 'director'], // `below: senior` overrides "no lower rank in management"
    ['director', 'manager', undefined],
  ])('%s: below %s, above %s', (id, below, above) => {
    expect(ladder.below(id)?.id).toBe(below);
    expect(ladder.above(id)?.id).toBe(above);
  });

  it('fills activities a level leaves out with 0 and keeps activity order', () => {
    const sources = sourcesWithLevel('junior', { week: { coding: 80, focus: 20 } });
    const { ladder: built, problems } = buildLadder(sources, { chapterIds: fixtureChapterIds });
    expect(problems).toEqual([]);
    expect(built.weekOf('junior').map((w) => `${w.activity.id} ${w.share}`)).toEqual(['coding 80', 'people 0', 'focus 20']);
  });

  it('builds the levels × dimensions matrix, whole or per track', () => {
    const rows = (track?: string) =>
      ladder.matrix(track).rows.map((row) => `${row.level.id}: ${row.cells.map((c) => c.step.label).join(' | ')}`);
    expect(ladder.matrix().dimensions.map((d) => d.id)).toEqual(['scope', 'people']);
    expect(rows()).toEqual([
      'junior: Tasks | Own growth',
      'senior: Team | Mentors others',
      'staff: Organisation | Mentors others',
      'manager: Team | Manages a team',
      'director: Organisation | Manages a team',
    ]);
    expect(rows('management')).toEqual(['manager: Team | Manages a team', 'director: Organisation | Manages a team']);
  });

  it('resolves optional lists to empty lists and keeps the declared below', () => {
    expect(ladder.level('staff')).toMatchObject({ archetypes: [], checklist: [], chapters: ['growth/scope'] });
    expect(ladder.level('manager')?.declaredBelow).toBe('senior');
    expect(ladder.level('missing')).toBeUndefined();
  });

  it('throws for a level id that is not in the ladder (a code bug, not a content problem)', () => {
    expect(() => ladder.stepOf('nobody', 'scope')).toThrow('The ladder has no level "nobody"');
    expect(() => ladder.stepOf('staff', 'nope')).toThrow('The ladder has no dimension "nope"');
  });

  it('accepts tracks, activities and dimensions as already-split records', () => {
    const sources = fixtureSources();
    const split = (source: typeof sources.tracks) => {
      const { file, data } = source as { file: string; data: unknown[] };
      return data.map((entry) => ({ file, data: entry }));
    };
    const { ladder: built, problems } = buildLadder(
      { ...sources, tracks: split(sources.tracks), activities: split(sources.activities), dimensions: split(sources.dimensions) },
      { chapterIds: fixtureChapterIds },
    );
    expect(problems).toEqual([]);
    expect(built.levels.map((l) => l.id)).toEqual(ladder.levels.map((l) => l.id));
  });
});

describe('buildLadder: problems authors see', () => {
  it('rejects a step the dimension does not define, with a guess and the steps in order', () => {
    const texts = problemTexts(sourcesWithLevel('staff', { steps: { scope: 'orgg', people: 'mentors' } }));
    expect(texts).toEqual([
      'content/ladder/levels/staff.mdx › steps.scope: "orgg" is not a step of dimension "scope"\n' +
        '    hint: did you mean "org"? steps of scope, low to high: task, team, org',
    ]);
  });

  it('leaves a level with unresolvable steps out of the ladder but keeps the rest', () => {
    const { ladder, problems } = buildLadder(sourcesWithLevel('staff', { steps: { scope: 'galaxy', people: 'mentors' } }), {
      chapterIds: fixtureChapterIds,
    });
    expect(problems.map(formatProblem)).toEqual([
      'content/ladder/levels/staff.mdx › steps.scope: "galaxy" is not a step of dimension "scope"\n' +
        '    hint: steps of scope, low to high: task, team, org',
    ]);
    expect(ladder.levelsOf('ic').map((l) => l.id)).toEqual(['junior', 'senior']);
  });

  it.each<[string, string, Record<string, unknown>, string[]]>([
    [
      'an unknown dimension key and a missing dimension',
      'senior',
      { steps: { scop: 'team', people: 'mentors' } },
      [
        'content/ladder/levels/senior.mdx › steps.scop: "scop" is not a dimension\n' +
          '    hint: did you mean "scope"? dimensions: scope, people',
        'content/ladder/levels/senior.mdx › steps.scope: no step named for dimension "scope"\n' +
          '    hint: add "scope: <step>" under steps; steps of scope, low to high: task, team, org',
      ],
    ],
    [
      'an unknown track',
      'junior',
      { track: 'icc' },
      ['content/ladder/levels/junior.mdx › track: "icc" is not a track\n    hint: did you mean "ic"? tracks: ic, management'],
    ],
    [
      'a week that does not add up to 100',
      'senior',
      { week: { coding: 60, people: 10, focus: 25 } },
      [
        'content/ladder/levels/senior.mdx › week: the shares add up to 95%, not 100%\n' +
          '    hint: coding 60 + people 10 + focus 25 = 95; change them so they total 100',
      ],
    ],
    [
      'an unknown activity (whose share still counts towards the sum)',
      'senior',
      { week: { coding: 60, people: 10, fokus: 30 } },
      [
        'content/ladder/levels/senior.mdx › week.fokus: "fokus" is not an activity\n' +
          '    hint: did you mean "focus"? activities: coding, people, focus',
      ],
    ],
    [
      'a rank shared within a track',
      'staff',
      { rank: 5 },
      [
        'content/ladder/levels/senior.mdx › rank: rank 5 is also the rank of "staff" in track "ic"\n' +
          '    hint: give each level of track "ic" its own rank (higher = more senior)',
        'content/ladder/levels/staff.mdx › rank: rank 5 is also the rank of "senior" in track "ic"\n' +
          '    hint: give each level of track "ic" its own rank (higher = more senior)',
      ],
    ],
    [
      'a signal id used twice',
      'junior',
      {
        signals: [
          { id: 'ships', text: 'Ships.' },
          { id: 'asks', text: 'Asks.' },
          { id: 'ships', text: 'Ships again.' },
        ],
      },
      [
        'content/ladder/levels/junior.mdx › signals[2].id: signal id "ships" is already used by signals[0]\n' +
          '    hint: signal ids are stable references; give each signal its own id',
      ],
    ],
    [
      'two traps whose titles give the same id',
      'junior',
      { traps: [{ title: 'The hero', text: 'A.' }, { title: 'The Hero!', text: 'B.' }] },
      [
        'content/ladder/levels/junior.mdx › traps[1].title: trap id "the-hero" is already the id of traps[0]\n' +
          '    hint: a trap\'s id defaults to its title; give one of the two its own title or an "id:"',
      ],
    ],
    [
      'a trap id written twice',
      'junior',
      { traps: [{ id: 'hero', title: 'The hero', text: 'A.' }, { id: 'hero', title: 'Lone wolf', text: 'B.' }] },
      ['content/ladder/levels/junior.mdx › traps[1].id: trap id "hero" is already the id of traps[0]\n    hint: give each trap its own id'],
    ],
    [
      'a below that names no level',
      'manager',
      { below: 'senoir' },
      [
        'content/ladder/levels/manager.mdx › below: "senoir" is not a level\n' +
          '    hint: did you mean "senior"? levels: staff, junior, director, senior, manager',
      ],
    ],
    [
      'a level below itself',
      'manager',
      { below: 'manager' },
      [
        'content/ladder/levels/manager.mdx › below: a level cannot be below itself\n' +
          '    hint: name the level people usually come from, or remove "below" to use the next lower rank',
      ],
    ],
    [
      'an unknown related chapter',
      'staff',
      { chapters: ['growth/scope', 'growth/feedbak', 'other/thing'] },
      [
        'content/ladder/levels/staff.mdx › chapters[1]: "growth/feedbak" is not a chapter\n    hint: did you mean "growth/feedback"?',
        'content/ladder/levels/staff.mdx › chapters[2]: "other/thing" is not a chapter\n' +
          '    hint: a chapter id is "<part>/<slug>" for content/chapters/<part>/<NN>-<slug>.mdx',
      ],
    ],
    [
      'schema problems: unknown key, wrong type, rank out of range, empty list',
      'junior',
      { signal: [], rank: 0, title: 3, traps: [] },
      [
        'content/ladder/levels/junior.mdx › rank: must be at least 1',
        'content/ladder/levels/junior.mdx › signal: unknown key "signal"\n    hint: did you mean "signals"?',
        'content/ladder/levels/junior.mdx › title: expected string, received number\n' +
          '    hint: write text; quote it if it starts with a special character or contains ": "',
        'content/ladder/levels/junior.mdx › traps: needs at least one entry',
      ],
    ],
    [
      'a missing required key',
      'junior',
      { summary: undefined },
      ['content/ladder/levels/junior.mdx › summary: missing required string\n    hint: add "summary"'],
    ],
  ])('reports %s', (_case, level, change, expected) => {
    expect(problemTexts(sourcesWithLevel(level, change))).toEqual(expected);
  });

  it('reports problems in the list files and duplicate ids', () => {
    const sources = fixtureSources();
    const dimensions = (sources.dimensions as { data: Record<string, unknown>[] }).data;
    const people = dimensions[1] as { steps: unknown[] };
    people.steps.push({ id: 'self', label: 'Again', description: 'Repeated.' });
    (sources.tracks as { data: unknown[] }).data.push({ id: 'ic', name: 'Again', summary: 'Twice.' });
    (sources.activities as { data: unknown[] }).data.push({ id: 'meetings', nam: 'Meetings' });
    const texts = problemTexts(sources);
    expect(texts).toEqual([
      'content/ladder/activities.yaml › [3].nam: unknown key "nam"\n    hint: did you mean "name"?',
      'content/ladder/activities.yaml › [3].name: missing required string\n    hint: add "name"',
      'content/ladder/dimensions.yaml › [1].steps[3].id: "self" is already a step of dimension "people"\n' +
        '    hint: each step of a dimension needs its own id',
      'content/ladder/tracks.yaml › [2].id: "ic" is already the id of another track\n' +
        '    hint: ids must be unique; rename one of the two (the other is at content/ladder/tracks.yaml › [0])',
    ]);
  });

  it('reports a list file that is not a list', () => {
    const sources = { ...fixtureSources(), tracks: { file: 'content/ladder/tracks.yaml', data: { ic: 'x' } } };
    expect(problemTexts(sources)[0]).toBe(
      'content/ladder/tracks.yaml: expected list, received mapping\n    hint: write a YAML list (lines starting with "- ")',
    );
  });

  it('does not report references to a dimension that is itself broken', () => {
    const sources = fixtureSources();
    const dimensions = (sources.dimensions as { data: Record<string, unknown>[] }).data;
    dimensions[1] = { ...dimensions[1], question: undefined };
    expect(problemTexts(sources)).toEqual(['content/ladder/dimensions.yaml › [1].question: missing required string\n    hint: add "question"']);
  });
});

describe('buildLadder: weekEstimate', () => {
  it.each<[string, Record<string, unknown>, boolean]>([
    ['left out (a fork that never heard of it)', {}, false],
    ['written false', { weekEstimate: false }, false],
    ['written true', { weekEstimate: true }, true],
  ])('is %s → %s on the level', (_case, change, expected) => {
    const { ladder: built, problems } = buildLadder(sourcesWithLevel('staff', change), { chapterIds: fixtureChapterIds });
    expect(problems).toEqual([]);
    expect(built.level('staff')?.weekEstimate).toBe(expected);
    expect(built.level('senior')?.weekEstimate).toBe(false);
  });

  it('rejects a value that is not a boolean, as authors read it', () => {
    expect(problemTexts(sourcesWithLevel('staff', { weekEstimate: 'yes' }))).toEqual([
      'content/ladder/levels/staff.mdx › weekEstimate: expected boolean, received string\n    hint: write true or false',
    ]);
  });
});
