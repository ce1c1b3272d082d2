import { z } from 'zod';
import { choices, questionBase } from '../question-base.ts';

/** A question with exactly one correct choice. */
export const singleQuestionSchema = z.strictObject({
  ...questionBase,
  /** `single`: one right answer, picked with radio buttons. */
  type: z.literal('single'),
  /** 2–8 options; exactly one has `correct: true`. */
  choices: choices(),
});

/** A parsed `single` question. */
export type SingleQuestionData = z.infer<typeof singleQuestionSchema>;
