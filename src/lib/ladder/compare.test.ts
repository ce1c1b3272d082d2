import { describe, expect, it } from 'vitest';
import { compareLevels } from './compare.ts';
import { fixtureLadder } from './fixture.ts';

const ladder = fixtureLadder();

describe('compareLevels', () => {
  it('gives the step change on every dimension, signed, in dimension order', () => {
    const comparison = compareLevels(ladder, 'junior', 'staff');
    expect(
      comparison.dimensions.map((d) => [d.dimension.id, d.from.step.id, d.to.step.id, d.steps, d.direction, d.text]),
    ).toEqual([
      ['scope', 'task', 'org', 2, 'up', '+2'],
      ['people', 'self', 'mentors', 1, 'up', '+1'],
    ]);
  });

  it('gives the week shift per activity in percentage points', () => {
    const comparison = compareLevels(ladder, 'senior', 'manager');
    expect(comparison.week.map((w) => [w.activity.id, w.from, w.to, w.delta, w.text])).toEqual([
      ['coding', 60, 10, -50, '\u221250'],
      ['people', 10, 70, 60, '+60'],
      ['focus', 30, 20, -10, '\u221210'],
    ]);
  });

  it('marks unchanged and falling dimensions', () => {
    const comparison = compareLevels(ladder, 'director', 'senior');
    expect(comparison.dimensions.map((d) => `${d.dimension.id} ${d.direction} ${d.text}`)).toEqual([
      'scope down \u22121',
      'people down \u22121',
    ]);
    expect(compareLevels(ladder, 'staff', 'senior').dimensions[1]).toMatchObject({ steps: 0, direction: 'same', text: 'same' });
  });

  it('carries the signals and traps of each side', () => {
    const comparison = compareLevels(ladder, 'senior', 'staff');
    expect(comparison.signals.from.map((s) => s.id)).toEqual(['senior-signal']);
    expect(comparison.signals.to.map((s) => s.id)).toEqual(['staff-signal']);
    expect(comparison.traps.to.map((t) => t.title)).toEqual(['Staff Engineer trap']);
  });

  it.each([
    ['senior', 'staff', 'Scope grows from Team to Organisation; time on coding drops from 60% to 20%'],
    ['junior', 'staff', 'Scope grows from Tasks to Organisation; time on coding drops from 80% to 20%'],
    ['senior', 'manager', 'People grows from Mentors others to Manages a team; time on 1:1s and hiring grows from 10% to 70%'],
    ['staff', 'senior', 'Scope drops from Organisation to Team; time on coding grows from 20% to 60%'],
    ['manager', 'director', 'Scope grows from Team to Organisation; time on coding drops from 10% to 0%'],
    ['staff', 'staff', 'Every dimension stays the same; the week stays the same'],
  ])('summarises %s → %s', (a, b, summary) => {
    expect(compareLevels(ladder, a, b).summary).toBe(summary);
  });

  it('accepts Level objects as well as ids', () => {
    const staff = ladder.level('staff')!;
    expect(compareLevels(ladder, ladder.level('senior')!, staff).to).toBe(staff);
  });
});
