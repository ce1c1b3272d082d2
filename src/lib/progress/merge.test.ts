import { describe, expect, it } from 'vitest';
import { day, sampleState, T0 } from './fixtures.ts';
import { applyImport, exportProgress, planImport, readImport, type ImportPlan } from './merge.ts';
import { emptyProgress, type ProgressState, type QuizProgress } from './shape.ts';

const feedback = (changes: Partial<QuizProgress>): QuizProgress => ({ ...sampleState().quizzes['check-feedback']!, ...changes });

/** The sample state with the check-feedback quiz replaced. */
const withFeedback = (quiz: QuizProgress): ProgressState => ({ ...sampleState(), quizzes: { ...sampleState().quizzes, 'check-feedback': quiz } });

describe('export', () => {
  it('is a self-describing document that reads back to the same state', () => {
    const doc = exportProgress(sampleState(), T0);
    expect(doc).toEqual({ app: 'ladderbook', kind: 'progress', version: 2, exportedAt: '2026-01-05T09:00:00.000Z', state: sampleState() });
    expect(readImport(JSON.stringify(doc, null, 2))).toEqual({ ok: true, state: sampleState(), dropped: [] });
  });
});

describe('readImport', () => {
  const doc = (state: unknown, extra: object = {}) => JSON.stringify({ app: 'ladderbook', kind: 'progress', version: 2, exportedAt: '', state, ...extra });
  it.each([
    ['not JSON', 'progress.txt contents', 'bad-json'],
    ['JSON of something else', JSON.stringify({ name: 'my-app', version: 1 }), 'not-progress'],
    ['a list', '[1, 2]', 'not-progress'],
    ['a recovered copy, not an export', JSON.stringify({ app: 'ladderbook', kind: 'unreadable-progress', raw: '{' }), 'not-progress'],
    ['an export of a newer version', doc({ ...sampleState(), version: 3 }, { version: 3 }), 'future-version'],
    ['an export whose state is a string', doc('everything'), 'wrong-shape'],
    ['an export without a state', doc(undefined), 'wrong-shape'],
  ])('refuses %s', (_name, text, reason) => {
    expect(readImport(text)).toEqual({ ok: false, reason });
  });

  it('accepts a file with one damaged quiz, leaving it out and saying so', () => {
    const damaged = { ...sampleState(), quizzes: { ...sampleState().quizzes, 'check-teaching': { answers: 3 } } };
    expect(readImport(doc(damaged))).toEqual({ ok: true, state: sampleState(), dropped: ['quizzes.check-teaching'] });
  });
});

describe('planImport', () => {
  it.each<[string, ProgressState, ProgressState, Pick<ImportPlan, 'added' | 'conflicts' | 'unchanged' | 'orphaned'>]>([
    [
      'into an empty browser: everything is new',
      emptyProgress(),
      sampleState(),
      {
        added: [
          { section: 'quiz', id: 'check-feedback', updatedAt: day(1) },
          { section: 'quiz', id: 'check-how-people-learn', updatedAt: day(0) },
          { section: 'assessment', id: 'staff', updatedAt: day(0) },
        ],
        conflicts: [],
        unchanged: [],
        orphaned: 1,
      },
    ],
    [
      'the same data (keys in another order): nothing to do',
      sampleState(),
      reverseKeys(sampleState()) as ProgressState,
      {
        added: [],
        conflicts: [],
        unchanged: [
          { section: 'quiz', id: 'check-how-people-learn', updatedAt: day(0) },
          { section: 'quiz', id: 'check-feedback', updatedAt: day(1) },
          { section: 'assessment', id: 'staff', updatedAt: day(0) },
        ],
        orphaned: 0,
      },
    ],
    [
      'the file has newer answers: conflict, the file wins by default',
      sampleState(),
      withFeedback(feedback({ updatedAt: day(3), answers: { 'feedback-sbi-choice': { type: 'single', choice: 'vague' } } })),
      {
        added: [],
        conflicts: [{ section: 'quiz', id: 'check-feedback', currentUpdatedAt: day(1), incomingUpdatedAt: day(3), keep: 'incoming' }],
        unchanged: [
          { section: 'quiz', id: 'check-how-people-learn', updatedAt: day(0) },
          { section: 'assessment', id: 'staff', updatedAt: day(0) },
        ],
        orphaned: 0,
      },
    ],
    [
      'the file is older: conflict, this browser wins by default',
      withFeedback(feedback({ updatedAt: day(3), answers: {} })),
      sampleState(),
      {
        added: [],
        conflicts: [{ section: 'quiz', id: 'check-feedback', currentUpdatedAt: day(3), incomingUpdatedAt: day(1), keep: 'current' }],
        unchanged: [
          { section: 'quiz', id: 'check-how-people-learn', updatedAt: day(0) },
          { section: 'assessment', id: 'staff', updatedAt: day(0) },
        ],
        orphaned: 0,
      },
    ],
    [
      'same time, different data: this browser wins a tie',
      sampleState(),
      { ...sampleState(), assessments: { staff: { updatedAt: day(0), signals: {} } } },
      {
        added: [],
        conflicts: [{ section: 'assessment', id: 'staff', currentUpdatedAt: day(0), incomingUpdatedAt: day(0), keep: 'current' }],
        unchanged: [
          { section: 'quiz', id: 'check-feedback', updatedAt: day(1) },
          { section: 'quiz', id: 'check-how-people-learn', updatedAt: day(0) },
        ],
        orphaned: 0,
      },
    ],
  ])('%s', (_name, current, incoming, expected) => {
    const plan = planImport(current, incoming);
    expect(plan).toMatchObject(expected);
    expect(plan.counts).toEqual({
      added: expected.added.length,
      conflicts: expected.conflicts.length,
      unchanged: expected.unchanged.length,
      orphaned: expected.orphaned,
      changes: expected.added.length + expected.conflicts.filter((c) => c.keep === 'incoming').length + expected.orphaned,
    });
  });
});

describe('applyImport', () => {
  const mine = withFeedback(
    feedback({ updatedAt: day(5), answers: { 'feedback-sbi-choice': { type: 'single', choice: 'sbi' } }, attempts: [{ at: day(1), score: 1.5, max: 2 }, { at: day(5), score: 2, max: 2 }] }),
  );
  const theirs: ProgressState = {
    ...sampleState(),
    quizzes: {
      ...sampleState().quizzes,
      'check-feedback': feedback({ updatedAt: day(3), answers: { 'feedback-sbi-choice': { type: 'single', choice: 'vague' } }, attempts: [{ at: day(1), score: 1.5, max: 2 }, { at: day(3), score: 0, max: 2 }] }),
      'check-teaching': { updatedAt: day(2), answers: { 'teaching-x': { type: 'single', choice: 'a' } }, review: {}, attempts: [] },
    },
    orphaned: [...sampleState().orphaned, { quizId: 'check-teaching', questionId: 'teaching-old', reason: 'question-removed', at: day(2) }],
  };

  it.each([
    ['by default (this browser is newer)', 'current', 'sbi'],
    ['when the reader chooses the file', 'incoming', 'vague'],
  ] as const)('%s: keeps the chosen side’s answers, combines both attempt histories, adds what is new', (_name, keep, choice) => {
    const plan = planImport(mine, theirs);
    const chosen = { ...plan, conflicts: plan.conflicts.map((c) => ({ ...c, keep })) };
    const merged = applyImport(mine, theirs, chosen);
    expect(merged.quizzes['check-feedback']?.answers['feedback-sbi-choice']).toEqual({ type: 'single', choice });
    expect(merged.quizzes['check-feedback']?.attempts.map((a) => a.at)).toEqual([day(1), day(3), day(5)]);
    expect(merged.quizzes['check-teaching']).toEqual(theirs.quizzes['check-teaching']);
    expect(merged.orphaned.map((o) => o.questionId)).toEqual(['feedback-old', 'teaching-old']);
    expect(merged.assessments).toEqual(mine.assessments);
  });

  it('never overwrites an entry that appeared here after the plan was made', () => {
    const plan = planImport(mine, theirs);
    const meanwhile: ProgressState = { ...mine, quizzes: { ...mine.quizzes, 'check-teaching': { updatedAt: day(6), answers: {}, review: {}, attempts: [] } } };
    expect(applyImport(meanwhile, theirs, plan).quizzes['check-teaching']?.updatedAt).toBe(day(6));
  });

  it('importing the same file twice changes nothing the second time', () => {
    const once = applyImport(mine, theirs, planImport(mine, theirs));
    const plan = planImport(once, theirs);
    expect(plan.counts.changes).toBe(0);
    expect(applyImport(once, theirs, plan)).toEqual(once);
  });
});

/** A deep copy with every object's keys in reverse order (same data, other serialisation). */
function reverseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reverseKeys);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, reverseKeys(v)]));
}
