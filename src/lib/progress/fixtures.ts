/**
 * Test fixtures only (imported by the *.test.ts files, never by index.ts): fixed times, a sample
 * state using ids from content/quizzes, and fake storages that fail the ways browsers do.
 */
import type { ProgressState } from './shape.ts';
import type { StorageLike } from './storage.ts';

/** One day in ms. */
export const DAY = 86_400_000;
/** Monday 5 January 2026, 09:00 UTC: "day 0" of the tests. */
export const T0 = Date.UTC(2026, 0, 5, 9);
/** Time `n` days after T0. */
export const day = (n: number): number => T0 + n * DAY;

/** A state with two quizzes, one level's self-assessment and one orphaned answer. */
export function sampleState(): ProgressState {
  return {
    version: 2,
    quizzes: {
      'check-feedback': {
        updatedAt: day(1),
        answers: {
          'feedback-sbi-choice': { type: 'single', choice: 'sbi' },
          'feedback-behaviour-vs-interpretation': { type: 'multiple', choices: ['interrupted', 'merged'] },
        },
        review: { 'feedback-behaviour-vs-interpretation': { stage: 1, due: day(2) } },
        latest: { at: day(1), score: 1.5, max: 2, levels: { mid: { correct: 1, total: 2, points: 1.5, max: 2 } } },
        attempts: [{ at: day(1), score: 1.5, max: 2 }],
      },
      'check-how-people-learn': {
        updatedAt: day(0),
        answers: { 'learning-dreyfus-order': { type: 'order', order: ['novice', 'competent', 'expert'] } },
        review: {},
        attempts: [],
      },
    },
    assessments: {
      staff: { updatedAt: day(0), signals: { 'design-doc-adopted': { met: true, evidence: 'Payments RFC, adopted by Billing' } } },
    },
    orphaned: [{ quizId: 'check-feedback', questionId: 'feedback-old', reason: 'question-removed', at: day(0), answer: { type: 'single', choice: 'a' } }],
  };
}

/** An in-memory storage with a log of writes; `failWrites`/`failReads` make it throw like a browser. */
export class FakeStorage implements StorageLike {
  readonly items = new Map<string, string>();
  readonly writes: string[] = [];
  /** Thrown by setItem when set. */
  failWrites: unknown = undefined;
  /** Thrown by getItem when set. */
  failReads: unknown = undefined;

  getItem(key: string): string | null {
    if (this.failReads !== undefined) throw this.failReads;
    return this.items.get(key) ?? null;
  }

  setItem(key: string, value: string): void {
    if (this.failWrites !== undefined) throw this.failWrites;
    this.writes.push(key);
    this.items.set(key, value);
  }
}

/** What Chrome and Firefox throw when the quota is exceeded. */
export const quotaError = (): DOMException => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
/** What Safari and Firefox throw when storage is disabled or blocked. */
export const securityError = (): DOMException => new DOMException('The operation is insecure.', 'SecurityError');
