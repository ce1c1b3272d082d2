/**
 * The shape of a quiz file, content/quizzes/<quiz-id>.yaml (the quiz id is the file name).
 *
 * Each question kind's schema piece lives in its folder (src/lib/quiz/kinds/<kind>/schema.ts, part
 * of the schema layer: zod only); this file joins them. Every object is strict, so a misspelt key
 * fails instead of being silently ignored. Messages of checks (`.min`, `.regex`) are what authors
 * read (src/lib/errors.ts keeps them as written); type errors on lists (`{ error }`) become the
 * hint of a "missing required" problem.
 *
 * Rules that need more than one field (exactly one correct choice, unique ids within a question,
 * …) live in each kind's index.ts; rules across files (unique question ids, existing `about`
 * targets and level ids) in src/lib/quiz/validate.ts.
 */
import { z } from 'zod';
import { KEBAB_ID, text } from '../lib/quiz/kinds/question-base.ts';
import { matchQuestionSchema } from '../lib/quiz/kinds/match/schema.ts';
import { multipleQuestionSchema } from '../lib/quiz/kinds/multiple/schema.ts';
import { orderQuestionSchema } from '../lib/quiz/kinds/order/schema.ts';
import { designQuestionSchema, openQuestionSchema, scenarioQuestionSchema } from '../lib/quiz/kinds/self-graded/schema.ts';
import { singleQuestionSchema } from '../lib/quiz/kinds/single/schema.ts';

export { KEBAB_ID };

/** What a quiz is about: `chapter:<part>/<slug>`, `level:<id>` or `part:<id>`. */
export const ABOUT_REF = /^(chapter|level|part):[a-z0-9][a-z0-9/-]*$/;

/** Any question, chosen by its `type`; the order is the README's. */
export const questionSchema = z.discriminatedUnion('type', [
  singleQuestionSchema,
  multipleQuestionSchema,
  orderQuestionSchema,
  openQuestionSchema,
  scenarioQuestionSchema,
  designQuestionSchema,
  matchQuestionSchema,
]);

/** Any parsed question. */
export type QuestionData = z.infer<typeof questionSchema>;
/** The `type` of a question. */
export type QuestionType = QuestionData['type'];
/** The parsed question of one type. */
export type QuestionOf<T extends QuestionType> = Extract<QuestionData, { type: T }>;

/** A whole quiz file. */
export const quizSchema = z.strictObject({
  /** Shown as the quiz's heading, e.g. `Check — Feedback that drives improvement`. */
  title: text(),
  /** One sentence, used on cards and in <meta>. */
  description: text(),
  /** What the quiz checks: `chapter:<part>/<slug>`, `level:<id>` or `part:<id>`. */
  about: z
    .string()
    .regex(
      ABOUT_REF,
      'expected chapter:<part>/<slug>, level:<id> or part:<id>, like "chapter:mentorship/feedback" (lowercase, no file extension)',
    ),
  /** The questions, in the order they are asked. */
  questions: z
    .array(questionSchema, { error: 'add "questions": a list of questions, each with id, type, level, prompt, …' })
    .min(1, 'a quiz needs at least one question'),
});

/** A parsed quiz file (without its id, which is the file name). */
export type QuizData = z.infer<typeof quizSchema>;
