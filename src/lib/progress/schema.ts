/**
 * The zod/mini schema of the saved state: the specification of what a readable state is. It mirrors
 * the interfaces in shape.ts field by field (see there for what each field means); `ShapeMatches`
 * makes the compiler reject any drift between the two.
 *
 * Imported by tests only, never by a runtime module: zod/mini costs about 6.6 KB gzipped, too much for
 * a quiz page's 8 KB budget. parse.ts runs the hand-written check-shape.ts instead, and
 * check-shape.test.ts holds the two to the same verdicts and issue paths; change both together.
 */
// A namespace import: `import { z } from 'zod/mini'` defeats esbuild's tree-shaking (89 KB instead of 7 KB gzipped).
import * as z from 'zod/mini';
import { questionKinds } from '../quiz/registry.ts';
import type { Answer } from '../quiz/types.ts';
import { PROGRESS_VERSION, type ProgressState } from './shape.ts';

const text = z.string();
const time = z.number();

/**
 * A saved answer: the union of every quiz kind's own specification (`kinds/<kind>/answer-schema.ts`,
 * each typed against its kind's answer type), told apart by `type`.
 */
const answerSpecs = [...new Set(Object.values(questionKinds).map((kind) => kind.answerSpec))] as unknown as [z.ZodMiniObject, ...z.ZodMiniObject[]];
const answerSchema = z.discriminatedUnion('type', answerSpecs) as unknown as z.ZodMiniType<Answer>;

const reviewSchema = z.object({ stage: z.literal([1, 2, 3]), due: time });

const attemptSchema = z.object({ at: time, score: z.number(), max: z.number() });

const tallySchema = z.object({ correct: z.number(), total: z.number(), points: z.number(), max: z.number() });

const quizSchema = z.object({
  updatedAt: time,
  answers: z.record(text, answerSchema),
  review: z.record(text, reviewSchema),
  latest: z.optional(z.object({ at: time, score: z.number(), max: z.number(), levels: z.record(text, tallySchema) })),
  attempts: z.array(attemptSchema),
});

const assessmentSchema = z.object({
  updatedAt: time,
  revision: z.optional(text),
  signals: z.record(text, z.object({ met: z.boolean(), evidence: text })),
});

const orphanSchema = z.object({
  quizId: text,
  questionId: text,
  reason: z.literal(['question-removed', 'type-changed', 'choice-removed', 'items-changed']),
  at: time,
  answer: z.optional(answerSchema),
  review: z.optional(reviewSchema),
});

/** Checks a whole saved state of the current version. */
export const progressSchema = z.object({
  version: z.literal(PROGRESS_VERSION),
  quizzes: z.record(text, quizSchema),
  assessments: z.record(text, assessmentSchema),
  orphaned: z.array(orphanSchema),
});

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
/** Compile-time guard (no runtime code): the schema's output and `ProgressState` must stay identical. */
export type ShapeMatches = Assert<Same<z.infer<typeof progressSchema>, ProgressState>>;
