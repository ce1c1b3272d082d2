import { describe, expect, it } from 'vitest';
import { createLadder } from './create-ladder.ts';
import { fixtureLadder } from './fixture.ts';
import { fateOf, ladderHistory, levelAcrossRevisions, levelBackwards, type Revision } from './history.ts';
import type { Ladder, Level } from './types.ts';

/** The fixture ladder with levels removed, renamed to another id (with formerly) or added. */
function variant(remove: string[], rename: Record<string, string> = {}): Ladder {
  const base = fixtureLadder();
  const levels = base.levels
    .filter((l) => !remove.includes(l.id))
    .map((l): Level => (rename[l.id] ? { ...l, id: rename[l.id]!, formerly: l.id } : l));
  return createLadder({ tracks: base.tracks, dimensions: base.dimensions, activities: base.activities, levels });
}
const revision = (name: string, ladder: Ladder, current = false): Revision => ({ info: { name, date: `${name}-01-01` }, ladder, current });

// 2024: all five levels. 2025: junior retired, senior renamed to engineer-3. 2026 (current): engineer-3 renamed to l5.
const r2024 = revision('2024', fixtureLadder());
const r2025 = revision('2025', variant(['junior'], { senior: 'engineer-3' }));
const current = revision('2026', createLadder({ ...variant(['junior']), levels: variant(['junior']).levels.map((l) => (l.id === 'senior' ? { ...l, id: 'l5', formerly: 'engineer-3' } : l)) }), true);
const history = [current, r2025, r2024];

describe('ladderHistory', () => {
  it('lists revisions newest first, each with the one before and what changed since', () => {
    const steps = ladderHistory(current, [r2025, r2024]);
    expect(steps.map((s) => [s.info.name, s.previous?.info.name, s.diff?.levels.map((c) => c.kind).join(',')])).toEqual([
      ['2026', '2025', 'changed'],
      ['2025', '2024', 'changed,retired'],
      ['2024', undefined, undefined],
    ]);
  });
});

describe('following a level', () => {
  it.each<[string, string, string, string[]]>([
    ['a level that kept its id', '2026', 'staff', ['2025 staff', '2024 staff']],
    ['a level renamed twice', '2026', 'l5', ['2025 engineer-3', '2024 senior']],
    ['from an earlier revision', '2025', 'engineer-3', ['2024 senior']],
    ['a level that is not there', '2026', 'junior', []],
  ])('backwards: %s', (_case, from, id, expected) => {
    expect(levelBackwards(history, from, id).map((x) => `${x.revision.info.name} ${x.level.id}`)).toEqual(expected);
  });

  it.each<[string, string, string, string | undefined]>([
    ['to the current ladder under its own id', '2024', 'staff', 'current staff'],
    ['through two renames', '2024', 'senior', 'current l5'],
    ['to where it was retired', '2024', 'junior', 'retired in 2025, last seen in 2024 as junior'],
    ['an unknown level', '2024', 'nobody', undefined],
  ])('forwards: %s', (_case, from, id, expected) => {
    const fate = fateOf(history, from, id);
    const text = !fate ? undefined : fate.kind === 'current' ? `current ${fate.level.id}` : `retired in ${fate.retiredIn.info.name}, last seen in ${fate.lastSeen.revision.info.name} as ${fate.lastSeen.level.id}`;
    expect(text).toBe(expected);
  });
});

describe('levelAcrossRevisions', () => {
  it.each<[string, string, string, string[]]>([
    ['from the current ladder: only older ones', '2026', 'l5', ['2025 engineer-3', '2024 senior']],
    ['from the middle: newer first, then older', '2025', 'engineer-3', ['2026 l5', '2024 senior']],
    ['from the oldest: every newer one that continues it', '2024', 'senior', ['2026 l5', '2025 engineer-3']],
    ['a level retired after the oldest', '2024', 'junior', []],
  ])('%s', (_case, from, id, expected) => {
    expect(levelAcrossRevisions(history, from, id).map((x) => `${x.revision.info.name} ${x.level.id}`)).toEqual(expected);
  });
});

describe('levelVersions', () => {
  it('lists the level in every other revision and the text of signals this one lacks', async () => {
    const { levelVersions } = await import('./level-versions.ts');
    const older = r2025.ladder;
    const then = { ...older.level('engineer-3')!, signals: [{ id: 'gone', text: 'Gone since.' }, ...older.level('engineer-3')!.signals] };
    const r2025b = revision('2025', createLadder({ ...older, levels: older.levels.map((l) => (l.id === 'engineer-3' ? then : l)) }));
    const versions = levelVersions([current, r2025b, r2024], '2026', current.ladder.level('l5')!);
    expect(versions).toEqual({
      revision: '2026',
      versions: { '2025': { id: 'engineer-3', signals: ['gone', 'senior-signal'] }, '2024': { id: 'senior', signals: ['senior-signal'] } },
      texts: { gone: 'Gone since.' },
    });
    expect(levelVersions([], undefined, current.ladder.level('l5')!)).toEqual({ versions: {}, texts: {} });
  });
});
