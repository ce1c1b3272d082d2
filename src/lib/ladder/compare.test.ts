import { describe, expect, it } from 'vitest';
import { de } from '../i18n/catalogues/de/index.ts';
import { en, type En } from '../i18n/catalogues/en/index.ts';
import { translator } from '../i18n/translator.ts';
import { compareLevels, comparisonSummary } from './compare.ts';
import { fixtureLadder } from './fixture.ts';
import { signedText } from './text.ts';

const ladder = fixtureLadder();
const english = translator<En>('en', en);
const german = translator<En>('de', de);

describe('compareLevels', () => {
  it('gives the step change on every dimension, signed, in dimension order', () => {
    const comparison = compareLevels(ladder, 'junior', 'staff');
    expect(
      comparison.dimensions.map((d) => [d.dimension.id, d.from.step.id, d.to.step.id, d.steps, d.direction, signedText(d.steps, english)]),
    ).toEqual([
      ['scope', 'task', 'org', 2, 'up', '+2'],
      ['people', 'self', 'mentors', 1, 'up', '+1'],
    ]);
  });

  it('gives the week shift per activity in percentage points', () => {
    const comparison = compareLevels(ladder, 'senior', 'manager');
    expect(comparison.week.map((w) => [w.activity.id, w.from, w.to, w.delta, signedText(w.delta, english)])).toEqual([
      ['coding', 60, 10, -50, '\u221250'],
      ['people', 10, 70, 60, '+60'],
      ['focus', 30, 20, -10, '\u221210'],
    ]);
  });

  it('marks unchanged and falling dimensions', () => {
    const comparison = compareLevels(ladder, 'director', 'senior');
    expect(comparison.dimensions.map((d) => `${d.dimension.id} ${d.direction} ${signedText(d.steps, english)}`)).toEqual([
      'scope down \u22121',
      'people down \u22121',
    ]);
    expect(compareLevels(ladder, 'staff', 'senior').dimensions[1]).toMatchObject({ steps: 0, direction: 'same' });
  });

  it('names the biggest move on a dimension and in the week, the first in display order on a tie', () => {
    const { biggest } = compareLevels(ladder, 'senior', 'manager');
    expect([biggest.dimension?.dimension.id, biggest.week?.activity.id]).toEqual(['people', 'people']);
    expect(compareLevels(ladder, 'staff', 'staff').biggest).toEqual({});
  });

  it('carries the signals and traps of each side', () => {
    const comparison = compareLevels(ladder, 'senior', 'staff');
    expect(comparison.signals.from.map((s) => s.id)).toEqual(['senior-signal']);
    expect(comparison.signals.to.map((s) => s.id)).toEqual(['staff-signal']);
    expect(comparison.traps.to.map((t) => t.title)).toEqual(['Staff Engineer trap']);
  });

  it.each([
    ['senior', 'staff', 'Scope grows from Team to Organisation; time on coding drops from 60% to 20%.'],
    ['junior', 'staff', 'Scope grows from Tasks to Organisation; time on coding drops from 80% to 20%.'],
    ['senior', 'manager', 'People grows from Mentors others to Manages a team; time on 1:1s and hiring grows from 10% to 70%.'],
    ['staff', 'senior', 'Scope drops from Organisation to Team; time on coding grows from 20% to 60%.'],
    ['manager', 'director', 'Scope grows from Team to Organisation; time on coding drops from 10% to 0%.'],
    ['staff', 'staff', 'Every dimension stays the same; the week stays the same.'],
  ])('summarises %s → %s', (a, b, summary) => {
    expect(comparisonSummary(compareLevels(ladder, a, b), english, 'en')).toBe(summary);
  });

  it.each([
    // German keeps a noun's capital mid-sentence and writes "60 %"; the ladder's own texts are the fixture's.
    ['senior', 'staff', 'Scope wächst von Team auf Organisation; die Zeit für Coding sinkt von 60 % auf 20 %.'],
    ['staff', 'staff', 'Jede Dimension bleibt gleich; die Woche bleibt gleich.'],
  ])('summarises %s → %s in German', (a, b, summary) => {
    expect(comparisonSummary(compareLevels(ladder, a, b), german, 'de')).toBe(summary);
  });

  it('accepts Level objects as well as ids', () => {
    const staff = ladder.level('staff')!;
    expect(compareLevels(ladder, ladder.level('senior')!, staff).to).toBe(staff);
  });
});
