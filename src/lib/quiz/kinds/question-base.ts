/**
 * Schema pieces every question kind shares: ids, texts and the keys every question has. Part of the
 * schema layer (imports zod only), like each kind's `schema.ts`.
 */
import { z } from 'zod';

/** Lowercase letters and digits joined by single hyphens: `feedback-sbi-parts`. */
export const KEBAB_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export const kebabId = (example: string) =>
  z
    .string()
    .regex(KEBAB_ID, `expected a kebab-case id (lowercase letters and digits joined by single hyphens), like "${example}"`);

/** Non-empty text (Markdown allowed); surrounding whitespace is trimmed. */
export const text = () => z.string().trim().min(1);

/** Keys every question has. */
export const questionBase = {
  /** Stable id, unique across the WHOLE site: prefix it with the quiz's topic (`feedback-sbi-parts`). */
  id: kebabId('feedback-sbi-parts'),
  /** The ladder level this question targets (a level id such as `mid` or `staff`). */
  level: kebabId('senior'),
  /** The question, in Markdown. */
  prompt: text(),
  /** Shown after answering: why the answer is what it is (Markdown). */
  explanation: text(),
};

/** One answer option of a single- or multiple-choice question. */
export const choiceSchema = z.strictObject({
  /** Stable id within the question (kebab-case, short); saved answers refer to it. */
  id: kebabId('sbi'),
  /** The option as readers see it (Markdown allowed, usually one line). */
  text: text(),
  /** `true` on the right answer(s); may be omitted on wrong choices (= false). */
  correct: z.boolean().default(false),
  /** Short reason this choice is right or wrong, shown as feedback after answering. */
  why: text(),
});

/** The options of a choice question: 2–8. */
export const choices = () =>
  z
    .array(choiceSchema, { error: 'add "choices": a list of options, each with id, text, why and, on the right ones, correct: true' })
    .min(2, 'a choice question needs at least 2 choices')
    .max(8, 'a choice question has at most 8 choices; remove some');

/** A parsed choice (`correct` is always present after parsing). */
export type ChoiceData = z.infer<typeof choiceSchema>;
