import { z } from 'zod';
import { choices, questionBase } from '../question-base.ts';

/** A question with one or more correct choices ("select all that apply"), with partial credit. */
export const multipleQuestionSchema = z.strictObject({
  ...questionBase,
  /** `multiple`: any number of right answers, picked with checkboxes. */
  type: z.literal('multiple'),
  /** 2–8 options; at least one has `correct: true`. */
  choices: choices(),
});

/** A parsed `multiple` question. */
export type MultipleQuestionData = z.infer<typeof multipleQuestionSchema>;
