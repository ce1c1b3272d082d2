import { describe, expect, it } from 'vitest';
import { changeOfLevel, diffLadders, isEmptyDiff, stepDirection, type LadderDiff, type LevelChange } from './diff.ts';
import { fixtureChapterIds, fixtureSources } from './fixture.ts';
import { buildLadder, type LadderSources } from './model.ts';
import type { Dimension, Ladder } from './types.ts';

function ladderOf(sources: LadderSources): Ladder {
  const { ladder, problems } = buildLadder(sources, { chapterIds: fixtureChapterIds });
  if (problems.length) throw new Error(JSON.stringify(problems));
  return ladder;
}

type Data = Record<string, unknown>;

/** The fixture with changes: per level id a frontmatter patch (null removes the level), plus the list files. */
function revised(levels: Record<string, Data | null>, lists: (sources: { tracks: Data[]; activities: Data[]; dimensions: Data[] }) => void = () => {}): Ladder {
  const sources = fixtureSources();
  const data = (source: LadderSources['tracks']) => structuredClone((source as { data: Data[] }).data);
  const files = { tracks: data(sources.tracks), activities: data(sources.activities), dimensions: data(sources.dimensions) };
  lists(files);
  const existing = sources.levels.flatMap((source) => {
    const patch = levels[source.id];
    if (patch === null) return [];
    return [{ ...source, data: { ...(source.data as Data), ...patch } }];
  });
  const added = Object.entries(levels)
    .filter(([id, patch]) => patch && !sources.levels.some((s) => s.id === id))
    .map(([id, patch]) => ({ file: `content/ladder/levels/${id}.mdx`, id, data: patch! }));
  return ladderOf({
    tracks: { file: 'content/ladder/tracks.yaml', data: files.tracks },
    activities: { file: 'content/ladder/activities.yaml', data: files.activities },
    dimensions: { file: 'content/ladder/dimensions.yaml', data: files.dimensions },
    levels: [...existing, ...added],
  });
}

/** One line per change, as a reviewer would say it. */
function describeLevel(change: LevelChange): string[] {
  switch (change.kind) {
    case 'added':
      return [`added ${change.level.id}`];
    case 'retired':
      return [`retired ${change.level.id}`];
    case 'changed': {
      const id = change.after.id;
      const lines: string[] = [];
      if (change.renamed) {
        const { before, after } = change.renamed;
        lines.push(`${id}: renamed ${before.id} "${before.title}" ${before.code} → ${after.id} "${after.title}" ${after.code}`);
      }
      if (change.moved) lines.push(`${id}: moved ${change.moved.before.id} → ${change.moved.after.id}`);
      for (const s of change.steps) lines.push(`${id}: ${s.dimension.id} ${s.from?.id ?? '∅'} → ${s.to?.id ?? '∅'}${s.direction ? ` (${s.direction})` : ''}`);
      for (const s of change.signals.added) lines.push(`${id}: signal added ${s.id}`);
      for (const s of change.signals.retired) lines.push(`${id}: signal retired ${s.id}`);
      for (const s of change.signals.reworded) lines.push(`${id}: signal reworded ${s.after.id}: "${s.before.text}" → "${s.after.text}"`);
      for (const t of change.traps.added) lines.push(`${id}: trap added ${t.id}`);
      for (const t of change.traps.retired) lines.push(`${id}: trap retired ${t.id}`);
      for (const t of change.traps.reworded) lines.push(`${id}: trap reworded ${t.after.id}`);
      for (const w of change.week) lines.push(`${id}: week ${w.activity.id} ${w.from} → ${w.to} (${w.delta > 0 ? '+' : ''}${w.delta})`);
      return lines;
    }
  }
}

function describeDiff(diff: LadderDiff): string[] {
  const lists = (['tracks', 'dimensions', 'activities'] as const).flatMap((kind) => [
    ...diff[kind].added.map((x) => `${kind} added ${x.id}`),
    ...diff[kind].retired.map((x) => `${kind} retired ${x.id}`),
    ...diff[kind].renamed.map((x) => `${kind} renamed ${x.after.id}: ${x.before.name} → ${x.after.name}`),
  ]);
  const steps = diff.steps.flatMap((d) => [
    ...d.added.map((s) => `${d.dimension.id} step added ${s.id}`),
    ...d.retired.map((s) => `${d.dimension.id} step retired ${s.id}`),
    ...d.reworded.map((s) => `${d.dimension.id} step reworded ${s.after.id}: ${s.before.label} → ${s.after.label}`),
  ]);
  return [...diff.levels.flatMap(describeLevel), ...lists, ...steps];
}

const before = ladderOf(fixtureSources());

describe('diffLadders', () => {
  it('finds nothing between a ladder and itself', () => {
    const diff = diffLadders(before, ladderOf(fixtureSources()));
    expect(describeDiff(diff)).toEqual([]);
    expect(isEmptyDiff(diff)).toBe(true);
  });

  const signal = (id: string, text: string) => ({ id, text });
  it.each<[string, Ladder, string[]]>([
    ['a level added', revised({ principal: { ...levelData('Principal', 'L7', 'ic', 7) } }), ['added principal']],
    ['a level retired', revised({ junior: null }), ['retired junior']],
    ['a level retitled (same id)', revised({ staff: { title: 'Staff Engineer I', code: 'L6a' } }), ['staff: renamed staff "Staff Engineer" L6 → staff "Staff Engineer I" L6a']],
    [
      'a level whose id changed, followed through formerly',
      revised({ senior: null, manager: { below: 'engineer-3' }, 'engineer-3': { ...levelData('Senior Engineer', 'L5', 'ic', 5, { scope: 'team', people: 'mentors' }, { coding: 60, people: 10, focus: 30 }, 'senior'), formerly: 'senior' } }),
      ['engineer-3: renamed senior "Senior Engineer" L5 → engineer-3 "Senior Engineer" L5'],
    ],
    [
      'a formerly is ignored when the former id is still a level',
      revised({ 'engineer-3': { ...levelData('Engineer III', 'L5b', 'ic', 4), formerly: 'senior' } }),
      ['added engineer-3'],
    ],
    ['a level moved to another track', revised({ staff: { track: 'management', rank: 6 } }), ['staff: moved ic → management']],
    ['a step moved up', revised({ senior: { steps: { scope: 'org', people: 'mentors' } } }), ['senior: scope team → org (up)']],
    ['a step moved down two', revised({ staff: { steps: { scope: 'task', people: 'mentors' } } }), ['staff: scope org → task (down)']],
    [
      'signals added, retired and reworded, matched by id',
      revised({ staff: { signals: [signal('staff-signal', 'Staff signal, reworded.'), signal('new-one', 'New.')] }, junior: { signals: [signal('other', 'Other.')] } }),
      ['junior: signal added other', 'junior: signal retired junior-signal', 'staff: signal added new-one', 'staff: signal reworded staff-signal: "Staff Engineer signal." → "Staff signal, reworded."'],
    ],
    [
      'a trap reworded (its id is its title), and one retitled without an id: retired and added',
      revised({
        staff: { traps: [{ title: 'Staff Engineer trap', text: 'New text.' }] },
        senior: { traps: [{ title: 'Another name', text: 'Senior Engineer trap text.' }] },
      }),
      ['senior: trap added another-name', 'senior: trap retired senior-engineer-trap', 'staff: trap reworded staff-engineer-trap'],
    ],
    [
      'a trap retitled with its old id kept: reworded',
      revised({ senior: { traps: [{ id: 'senior-engineer-trap', title: 'Another name', text: 'Senior Engineer trap text.' }] } }),
      ['senior: trap reworded senior-engineer-trap'],
    ],
    ['week shares changed', revised({ junior: { week: { coding: 70, people: 0, focus: 30 } } }), ['junior: week coding 80 → 70 (-10)', 'junior: week focus 20 → 30 (+10)']],
    [
      'a track renamed and one added, an activity added',
      revised({}, (l) => {
        l.tracks[0]!.name = 'Engineering';
        l.tracks.push({ id: 'data', name: 'Data', summary: 'Data.' });
        l.activities.push({ id: 'travel', name: 'Travel' });
      }),
      ['tracks added data', 'tracks renamed ic: Individual contributor → Engineering', 'activities added travel'],
    ],
    [
      'a dimension step added between two and one relabelled: no level moved',
      revised({}, (l) => {
        const steps = (l.dimensions[0] as { steps: Data[] }).steps;
        steps.splice(2, 0, { id: 'group', label: 'Group', description: 'Teams.' });
        steps[0]!.label = 'Single tasks';
      }),
      ['scope step added group', 'scope step reworded task: Tasks → Single tasks'],
    ],
    [
      'a dimension added: every level gains a step on it, with no direction',
      revised(
        Object.fromEntries(['staff', 'junior', 'director', 'senior', 'manager'].map((id) => [id, { steps: { ...stepsOf(id), horizon: 'months' } }])),
        (l) => l.dimensions.push({ id: 'horizon', name: 'Horizon', question: 'How far ahead?', steps: [{ id: 'weeks', label: 'Weeks', description: 'W.' }, { id: 'months', label: 'Months', description: 'M.' }] }),
      ),
      ['junior: horizon ∅ → months', 'senior: horizon ∅ → months', 'staff: horizon ∅ → months', 'manager: horizon ∅ → months', 'director: horizon ∅ → months', 'dimensions added horizon'],
    ],
  ])('finds %s', (_case, after, expected) => {
    expect(describeDiff(diffLadders(before, after))).toEqual(expected);
  });

  it('finds the change of one level by its id in the newer ladder', () => {
    const diff = diffLadders(before, revised({ senior: { steps: { scope: 'org', people: 'mentors' } }, principal: levelData('Principal', 'L7', 'ic', 7) }));
    expect(changeOfLevel(diff, 'senior')?.kind).toBe('changed');
    expect(changeOfLevel(diff, 'principal')?.kind).toBe('added');
    expect(changeOfLevel(diff, 'staff')).toBeUndefined();
  });
});

describe('stepDirection', () => {
  const dimension = (...ids: string[]): Dimension => ({ id: 'scope', name: 'Scope', question: 'Q?', steps: ids.map((id) => ({ id, label: id, description: id })) });
  it.each<[string, Dimension, Dimension, string, string | undefined, string | undefined]>([
    ['both steps in the newer dimension', dimension('a', 'b'), dimension('a', 'b', 'c'), 'a', 'c', 'up'],
    ['only the older dimension has both', dimension('a', 'b', 'c'), dimension('x', 'c'), 'b', 'a', 'down'],
    ['neither has both: how far along each sits', dimension('a', 'b', 'c'), dimension('x', 'y', 'z'), 'b', 'z', 'up'],
    ['as far along on both sides', dimension('a', 'b', 'c'), dimension('x', 'y', 'z'), 'b', 'y', undefined],
    ['no step after', dimension('a', 'b'), dimension('a', 'b'), 'a', undefined, undefined],
  ])('%s', (_case, older, newer, from, to, expected) => {
    expect(stepDirection(older, newer, from, to)).toBe(expected);
  });
});

function stepsOf(id: string): Record<string, string> {
  return (fixtureSources().levels.find((l) => l.id === id)!.data as { steps: Record<string, string> }).steps;
}

function levelData(title: string, code: string, track: string, rank: number, steps = { scope: 'org', people: 'mentors' }, week = { coding: 10, people: 30, focus: 60 }, signalPrefix?: string): Data {
  const key = signalPrefix ?? title.toLowerCase().replace(/\s+/g, '-');
  return {
    title,
    code,
    track,
    rank,
    summary: `${title} summary.`,
    steps,
    week,
    signals: [{ id: `${key}-signal`, text: `${title} signal.` }],
    traps: [{ title: `${title} trap`, text: `${title} trap text.` }],
    path: [`Get to ${title}.`],
  };
}

describe('thenAndNow', () => {
  it('sets every dimension and activity of either revision side by side', async () => {
    const { thenAndNow } = await import('./then-and-now.ts');
    const others = Object.fromEntries(['junior', 'director', 'senior', 'manager'].map((id) => [id, { steps: { ...stepsOf(id), horizon: 'weeks' } }]));
    const after = revised({ ...others, staff: { steps: { scope: 'team', people: 'mentors', horizon: 'months' }, week: { coding: 30, people: 30, focus: 40 } } }, (l) => {
      l.dimensions.push({ id: 'horizon', name: 'Horizon', question: 'How far ahead?', steps: [{ id: 'weeks', label: 'Weeks', description: 'W.' }, { id: 'months', label: 'Months', description: 'M.' }] });
    });
    const view = thenAndNow(before, after, before.level('staff')!, after.level('staff')!);
    expect(view.dimensions.map((d) => `${d.dimension.id}: ${d.then?.id ?? '∅'} → ${d.now?.id ?? '∅'} ${d.change}`)).toEqual([
      'scope: org → team down',
      'people: mentors → mentors same',
      'horizon: ∅ → months new',
    ]);
    expect(view.week.map((w) => `${w.activity.id} ${w.then} → ${w.now} (${w.delta})`)).toEqual(['coding 20 → 30 (10)', 'people 30 → 30 (0)', 'focus 50 → 40 (-10)']);
  });
});
