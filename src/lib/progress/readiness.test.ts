import { describe, expect, it } from 'vitest';
import { de } from '../i18n/catalogues/de/index.ts';
import { en, type En } from '../i18n/catalogues/en/index.ts';
import { translator } from '../i18n/translator.ts';
import { assessSignal } from './assessment.ts';
import { day } from './fixtures.ts';
import { quizHeadline, readinessOf, signalsHeadline, type ReadinessLevel } from './readiness.ts';
import { recordScore } from './scores.ts';
import { emptyProgress, type ProgressState } from './shape.ts';

const STAFF: ReadinessLevel = {
  id: 'staff',
  title: 'Staff Engineer',
  signals: [
    { id: 'design-doc-adopted', text: 'A design doc you wrote was adopted by another team.' },
    { id: 'cross-team-incident-review', text: 'You ran a cross-team incident review.' },
    { id: 'mentored-to-senior', text: 'You mentored an engineer to Senior.' },
  ],
  quizzes: ['level-staff', 'check-why-invest'],
};

type Verdicts = Record<string, [met: boolean, evidence: string]>;

function stateWith(verdicts: Verdicts, scores: Record<string, [correct: number, total: number]> = {}): ProgressState {
  let state = emptyProgress();
  for (const [signal, [met, evidence]] of Object.entries(verdicts)) state = assessSignal(state, 'staff', signal, { met, evidence }, day(0));
  for (const [quiz, [correct, total]] of Object.entries(scores)) {
    const levels = { staff: { correct, total, points: correct, max: total }, senior: { correct: 1, total: 1, points: 1, max: 1 } };
    state = recordScore(state, quiz, { score: correct + 1, max: total + 1, levels }, day(1));
  }
  return state;
}

describe('readinessOf', () => {
  it.each([
    ['nothing saved', {}, {}, { assessed: false, met: [], gaps: 3, withEvidence: 0, ready: false }],
    [
      'one signal met with evidence',
      { 'design-doc-adopted': [true, 'Payments RFC'] },
      {},
      { assessed: true, met: ['design-doc-adopted'], gaps: 2, withEvidence: 1, ready: false },
    ],
    [
      'evidence typed but not ticked counts as assessed, not as met',
      { 'mentored-to-senior': [false, 'Working on it with Ana'] },
      {},
      { assessed: true, met: [], gaps: 3, withEvidence: 0, ready: false },
    ],
    [
      'unticked with empty evidence is not an assessment',
      { 'mentored-to-senior': [false, '  '] },
      {},
      { assessed: false, met: [], gaps: 3, withEvidence: 0, ready: false },
    ],
    [
      'all signals met but no quiz taken → not ready',
      { 'design-doc-adopted': [true, 'a'], 'cross-team-incident-review': [true, ''], 'mentored-to-senior': [true, 'c'] },
      {},
      { assessed: true, met: ['design-doc-adopted', 'cross-team-incident-review', 'mentored-to-senior'], gaps: 0, withEvidence: 2, ready: false },
    ],
    [
      'all signals met, one quiz partly wrong → not ready',
      { 'design-doc-adopted': [true, 'a'], 'cross-team-incident-review': [true, ''], 'mentored-to-senior': [true, 'c'] },
      { 'level-staff': [1, 2] },
      { assessed: true, met: ['design-doc-adopted', 'cross-team-incident-review', 'mentored-to-senior'], gaps: 0, withEvidence: 2, ready: false },
    ],
    [
      'all signals met and the quizzes taken fully right → ready',
      { 'design-doc-adopted': [true, 'a'], 'cross-team-incident-review': [true, 'b'], 'mentored-to-senior': [true, 'c'] },
      { 'level-staff': [2, 2] },
      { assessed: true, met: ['design-doc-adopted', 'cross-team-incident-review', 'mentored-to-senior'], gaps: 0, withEvidence: 3, ready: true },
    ],
    [
      'signals saved for a signal the level no longer has are ignored',
      { 'old-signal': [true, 'x'] },
      {},
      { assessed: false, met: [], gaps: 3, withEvidence: 0, ready: false },
    ],
  ] as const)('%s', (_name, verdicts, scores, expected) => {
    const r = readinessOf(stateWith(verdicts as unknown as Verdicts, scores as Record<string, [number, number]>), STAFF);
    expect({ assessed: r.assessed, met: r.met.map((s) => s.id), gaps: r.gaps.length, withEvidence: r.withEvidence, ready: r.ready }).toEqual(expected);
  });

  it.each([
    ['no quiz taken', {}, { correct: 0, total: 0, taken: [], toRetake: [], notTaken: ['level-staff', 'check-why-invest'] }],
    [
      'one quiz partly right',
      { 'level-staff': [1, 3] },
      {
        correct: 1,
        total: 3,
        taken: [{ quizId: 'level-staff', correct: 1, total: 3 }],
        toRetake: [{ quizId: 'level-staff', correct: 1, total: 3 }],
        notTaken: ['check-why-invest'],
      },
    ],
    [
      'sums over quizzes, counts only this level',
      { 'level-staff': [3, 3], 'check-why-invest': [0, 1] },
      {
        correct: 3,
        total: 4,
        taken: [
          { quizId: 'level-staff', correct: 3, total: 3 },
          { quizId: 'check-why-invest', correct: 0, total: 1 },
        ],
        toRetake: [{ quizId: 'check-why-invest', correct: 0, total: 1 }],
        notTaken: [],
      },
    ],
    ['a quiz that does not test this level is ignored', { 'check-feedback': [1, 1] }, { correct: 0, total: 0, taken: [], toRetake: [], notTaken: ['level-staff', 'check-why-invest'] }],
  ] as const)('quiz results: %s', (_name, scores, expected) => {
    expect(readinessOf(stateWith({}, scores as Record<string, [number, number]>), STAFF).quiz).toEqual(expected);
  });
});

const english = translator<En>('en', en);
const german = translator<En>('de', de);

describe('wording', () => {
  it.each([
    ['not assessed', {}, {}, 'Not assessed against Staff Engineer yet (3 signals to check). No quiz at this level taken yet (2 to take).'],
    [
      'partly ready',
      { 'design-doc-adopted': [true, 'RFC'] },
      { 'level-staff': [1, 2] },
      'Ready for Staff Engineer on 1 of 3 signals. Quiz questions at this level: 1 of 2 fully right (1 of 2 quizzes taken).',
    ],
    [
      'all signals',
      { 'design-doc-adopted': [true, ''], 'cross-team-incident-review': [true, ''], 'mentored-to-senior': [true, ''] },
      { 'level-staff': [2, 2], 'check-why-invest': [1, 1] },
      'Ready for Staff Engineer on all 3 signals. Quiz questions at this level: 3 of 3 fully right.',
    ],
  ] as const)('%s', (_name, verdicts, scores, expected) => {
    const r = readinessOf(stateWith(verdicts as unknown as Verdicts, scores as Record<string, [number, number]>), STAFF);
    expect(`${signalsHeadline(r, STAFF.title, english)} ${quizHeadline(r, english)}`).toBe(expected);
  });

  it('headlines for a level without quizzes and with one signal', () => {
    const level: ReadinessLevel = { id: 'staff', title: 'Staff Engineer', signals: [STAFF.signals[0]!], quizzes: [] };
    const r = readinessOf(stateWith({ 'design-doc-adopted': [false, 'draft'] }), level);
    expect(signalsHeadline(r, level.title, english)).toBe('Ready for Staff Engineer on 0 of 1 signal.');
    expect(quizHeadline(r, english)).toBe('No quiz tests this level yet.');
  });

  it.each([
    ['not assessed', {}, {}, 'Noch nicht für Staff Engineer eingeschätzt (3 Signale zu prüfen). Noch kein Quiz zu diesem Level gemacht (2 offen).'],
    [
      'partly ready',
      { 'design-doc-adopted': [true, 'RFC'] },
      { 'level-staff': [1, 2] },
      'Bereit für Staff Engineer bei 1 von 3 Signalen. Quizfragen zu diesem Level: 1 von 2 ganz richtig (1 von 2 Quizzen gemacht).',
    ],
    [
      'all signals',
      { 'design-doc-adopted': [true, ''], 'cross-team-incident-review': [true, ''], 'mentored-to-senior': [true, ''] },
      { 'level-staff': [2, 2], 'check-why-invest': [1, 1] },
      'Bereit für Staff Engineer bei allen 3 Signalen. Quizfragen zu diesem Level: 3 von 3 ganz richtig.',
    ],
  ] as const)('in German: %s', (_name, verdicts, scores, expected) => {
    const r = readinessOf(stateWith(verdicts as unknown as Verdicts, scores as Record<string, [number, number]>), STAFF);
    expect(`${signalsHeadline(r, STAFF.title, german)} ${quizHeadline(r, german)}`).toBe(expected);
  });
});
