import { describe, expect, it } from 'vitest';
import { fixtureLadder } from './fixture.ts';
import { comparisonPairs, comparisonsFor, findComparison } from './pairs.ts';

// Fixture: ic = junior 3, senior 5, staff 6; management = manager 5, director 7.
const ladder = fixtureLadder();
const ids = (pairs: { slug: string }[]) => pairs.map((p) => p.slug);

describe('comparisonPairs', () => {
  it('yields 3·2 + 2·1 same-track pairs and 6 cross-track pairs, in ladder order', () => {
    expect(ids(comparisonPairs(ladder))).toEqual([
      'junior-vs-senior',
      'junior-vs-staff',
      'senior-vs-junior',
      'senior-vs-staff',
      'senior-vs-manager',
      'staff-vs-junior',
      'staff-vs-senior',
      'staff-vs-manager',
      'staff-vs-director',
      'manager-vs-senior',
      'manager-vs-staff',
      'manager-vs-director',
      'director-vs-staff',
      'director-vs-manager',
    ]);
  });

  it.each([
    ['junior', 'staff', 'same-track'], // any distance within a track
    ['director', 'manager', 'same-track'],
    ['staff', 'director', 'cross-track'], // ranks 6 and 7
    ['senior', 'manager', 'cross-track'], // both rank 5
    ['senior', 'director', undefined], // ranks 5 and 7 are too far apart
    ['junior', 'manager', undefined], // rank 3 is below the management track's first level (5)
    ['staff', 'staff', undefined], // never a level with itself
  ])('%s → %s is %s', (from, to, kind) => {
    expect(findComparison(ladder, from, to)?.kind).toBe(kind);
  });

  it('is the same list on every call', () => {
    expect(ids(comparisonPairs(ladder))).toEqual(ids(comparisonPairs(ladder)));
  });
});

describe('comparisonsFor', () => {
  it.each([
    ['junior', ['junior-vs-senior', 'junior-vs-staff']],
    ['staff', ['staff-vs-junior', 'staff-vs-senior', 'staff-vs-manager', 'staff-vs-director']],
    ['director', ['director-vs-staff', 'director-vs-manager']],
  ])('lists the comparisons starting at %s', (level, expected) => {
    expect(ids(comparisonsFor(ladder, level))).toEqual(expected);
  });
});
