/**
 * The runtime check of a saved state, written by hand.
 *
 * Why not the zod schema: a quiz page may load at most 8 KB gzipped JavaScript in total, and zod/mini
 * alone costs about 6.6 KB gzipped; this checker costs a few hundred bytes. `schema.ts` (zod) remains
 * the specification of the shape: no runtime module imports it, and `check-shape.test.ts` proves on a
 * table of inputs that both accept and reject the same data and report the same issue paths.
 *
 * Like zod's `safeParse` it reports every misfit (not only the first) at zod's path, and returns a copy
 * without the object keys it does not know. Its inputs are JSON values (what `JSON.parse` gives, which
 * is all parse.ts ever passes); on values JSON cannot hold it may differ from zod (symbol keys are not
 * looked at, a Date or Map counts as an object for a record too, not only for an object).
 */
import { answerKinds } from '../quiz/kinds/answers.ts';
import { array, boolean, byType, number, object, oneOf, optional, record, string, type Check, type IssuePath, type Output } from '../shared/shape-check.ts';
import type { Answer } from '../quiz/types.ts';
import { PROGRESS_VERSION, type ProgressState } from './shape.ts';

export type { IssuePath };

/** Outcome of `checkShape`: the state (unknown keys left out), or the place of every misfit. */
export type ShapeCheck = { ok: true; state: ProgressState } | { ok: false; issues: IssuePath[] };

// The shape, field for field as in schema.ts (see shape.ts for what each field means).
const text = string;
const time = number;

/**
 * A saved answer: each quiz kind checks its own (typed against its own answer type), picked by the
 * answer's `type`; together they check any `Answer`.
 */
const answer = byType(Object.fromEntries(Object.values(answerKinds).map((kind) => [kind.type, kind.check]))) as Check<Answer>;

const review = object({ stage: oneOf(1, 2, 3), due: time });

const quiz = object({
  updatedAt: time,
  answers: record(answer),
  review: record(review),
  latest: optional(
    object({
      at: time,
      score: number,
      max: number,
      levels: record(object({ correct: number, total: number, points: number, max: number })),
    }),
  ),
  attempts: array(object({ at: time, score: number, max: number })),
});

const assessment = object({ updatedAt: time, revision: optional(text), signals: record(object({ met: boolean, evidence: text })) });

const orphan = object({
  quizId: text,
  questionId: text,
  reason: oneOf('question-removed', 'type-changed', 'choice-removed', 'items-changed'),
  at: time,
  answer: optional(answer),
  review: optional(review),
});

const progress = object({
  version: oneOf(PROGRESS_VERSION),
  quizzes: record(quiz),
  assessments: record(assessment),
  orphaned: array(orphan),
});

/** Checks a whole saved state of the current version (already migrated), as `progressSchema.safeParse` would. */
export function checkShape(data: unknown): ShapeCheck {
  const issues: IssuePath[] = [];
  const state = progress(data, [], issues);
  return issues.length === 0 ? { ok: true, state } : { ok: false, issues };
}

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
/** Compile-time guard (no runtime code): what the checker accepts and `ProgressState` must stay identical. */
export type CheckMatches = Assert<Same<Output<typeof progress>, ProgressState>>;
