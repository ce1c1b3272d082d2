import { z } from 'zod';
import { contentRefSchema, idSchema } from './ids.ts';

/** One step of a reading path: a page to read or a quiz to take, and why. */
export const pathStepSchema = z.strictObject({
  /** The page, by content id (`level:staff`, `chapter:mentorship/feedback`, `quiz:level-staff`). */
  to: contentRefSchema,
  /** Why this step, one short sentence. */
  note: z.string().min(1),
});

/** A reading path on the home page, for a reader who stands somewhere particular. */
export const readingPathSchema = z.strictObject({
  /** Stable id. */
  id: idSchema,
  /** Where the reader stands, in their words: "I am Senior and want Staff". */
  title: z.string().min(1),
  /** One sentence on what the path gives them. */
  summary: z.string().min(1),
  /** The steps, in order. */
  steps: z.array(pathStepSchema).min(1),
});

export type ReadingPathData = z.output<typeof readingPathSchema>;
