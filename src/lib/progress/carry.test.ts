import { describe, expect, it } from 'vitest';
import { assessInRevision } from './assessment.ts';
import { carriedAssessment, type LevelVersions } from './carry.ts';
import { day } from './fixtures.ts';
import { emptyProgress, type LevelAssessment, type ProgressState } from './shape.ts';

const withAssessments = (assessments: Record<string, LevelAssessment>): ProgressState => ({ ...emptyProgress(), assessments });
const verdict = (met: boolean, evidence = '') => ({ met, evidence });

/** Staff in 2027 (the page): direction-adopted (kept, reworded), owners-grown (new); 2026 also had writes-rfcs. */
const STAFF_2027: LevelVersions = {
  revision: '2027',
  versions: { '2026': { id: 'staff', signals: ['direction-adopted', 'writes-rfcs'] } },
  texts: { 'writes-rfcs': 'You write an RFC for every change that crosses a team boundary.' },
};
const SIGNALS_2027 = ['direction-adopted', 'owners-grown'];
const TICKED_IN_2026: LevelAssessment = {
  updatedAt: day(1),
  revision: '2026',
  signals: { 'direction-adopted': verdict(true, 'Payments RFC'), 'writes-rfcs': verdict(true, 'Six RFCs') },
};

describe('carriedAssessment', () => {
  it('marks the ticks that still apply and the signals new since, and keeps retired ticks aside with their text', () => {
    expect(carriedAssessment(withAssessments({ staff: TICKED_IN_2026 }), 'staff', SIGNALS_2027, STAFF_2027)).toEqual({
      key: 'staff',
      against: '2026',
      signals: TICKED_IN_2026.signals,
      marks: { 'direction-adopted': 'carried', 'owners-grown': 'new' },
      aside: [{ id: 'writes-rfcs', met: true, evidence: 'Six RFCs', text: 'You write an RFC for every change that crosses a team boundary.' }],
    });
  });

  it.each<[string, Record<string, LevelAssessment>, Partial<ReturnType<typeof carriedAssessment>>]>([
    ['nothing saved', {}, { signals: {}, marks: {}, aside: [] }],
    [
      'an assessment made against this revision: no marks',
      { staff: { ...TICKED_IN_2026, revision: '2027' } },
      { key: 'staff', against: '2027', marks: {} },
    ],
    [
      'an assessment saved before revisions were recorded: no marks, retired ticks still aside (without a known revision)',
      { staff: { updatedAt: 0, signals: { 'writes-rfcs': verdict(false, 'notes') } } },
      { key: 'staff', marks: {}, aside: [{ id: 'writes-rfcs', met: false, evidence: 'notes', text: 'You write an RFC for every change that crosses a team boundary.' }] },
    ],
    [
      'a revision the page does not know: no marks',
      { staff: { ...TICKED_IN_2026, revision: '2019' } },
      { key: 'staff', against: '2019', marks: {} },
    ],
    [
      'an unticked verdict without evidence is neither carried nor kept aside',
      { staff: { updatedAt: 0, revision: '2026', signals: { 'direction-adopted': verdict(false), 'writes-rfcs': verdict(false, '  ') } } },
      { key: 'staff', marks: { 'owners-grown': 'new' }, aside: [] },
    ],
  ])('%s', (_case, assessments, expected) => {
    expect(carriedAssessment(withAssessments(assessments), 'staff', SIGNALS_2027, STAFF_2027)).toMatchObject(expected);
  });

  it('finds the assessment saved under the level’s former id, the newest when there are several', () => {
    const versions: LevelVersions = {
      revision: '2027',
      versions: { '2026': { id: 'senior-engineer', signals: ['owns-a-system'] }, '2025': { id: 'senior', signals: ['owns-a-system'] } },
      texts: {},
    };
    const state = withAssessments({
      senior: { updatedAt: day(0), revision: '2025', signals: { 'owns-a-system': verdict(false, 'old') } },
      'senior-engineer': { updatedAt: day(3), revision: '2026', signals: { 'owns-a-system': verdict(true, 'Billing') } },
    });
    const view = carriedAssessment(state, 'engineer-3', ['owns-a-system', 'mentee-grew'], versions);
    expect(view).toMatchObject({ key: 'senior-engineer', against: '2026', marks: { 'owns-a-system': 'carried', 'mentee-grew': 'new' } });
  });
});

describe('assessInRevision', () => {
  it('stamps the revision and keeps every other verdict, retired ones included', () => {
    const state = assessInRevision(withAssessments({ staff: TICKED_IN_2026 }), 'staff', '2027', 'owners-grown', verdict(true, 'Two owners'), day(5));
    expect(state.assessments.staff).toEqual({
      updatedAt: day(5),
      revision: '2027',
      signals: { ...TICKED_IN_2026.signals, 'owners-grown': verdict(true, 'Two owners') },
    });
  });

  it('starts a renamed level from a copy of the entry under its former id, leaving that entry as it was', () => {
    const former: LevelAssessment = { updatedAt: day(1), revision: '2026', signals: { 'owns-a-system': verdict(true, 'Billing') } };
    const state = assessInRevision(withAssessments({ 'senior-engineer': former }), 'engineer-3', '2027', 'mentee-grew', verdict(true), day(4), 'senior-engineer');
    expect(state.assessments['senior-engineer']).toBe(former);
    expect(state.assessments['engineer-3']).toEqual({ updatedAt: day(4), revision: '2027', signals: { 'owns-a-system': verdict(true, 'Billing'), 'mentee-grew': verdict(true) } });
  });

  it('leaves out the revision on a ladder that names none', () => {
    const state = assessInRevision(emptyProgress(), 'staff', undefined, 'a', verdict(true), day(0));
    expect(state.assessments.staff).toEqual({ updatedAt: day(0), signals: { a: verdict(true) } });
  });
});
