import { z } from 'zod';
import { kebabId, questionBase, text } from '../question-base.ts';

/** One key point of a self-graded answer: the reader ticks it if their answer covered it. */
export const rubricPointSchema = z.strictObject({
  /** Stable id within the question (kebab-case, short). */
  id: kebabId('steals-learning'),
  /** The point, as one sentence the reader can check their answer against. */
  text: text(),
});

/** Keys of the self-graded types (open, scenario, design). */
const selfGradedBase = {
  ...questionBase,
  /** The model answer (Markdown), revealed once the reader has written their own. */
  answer: text(),
  /** Key points (1–8) the reader ticks if their answer covered them; the score is ticked / all. */
  rubric: z
    .array(rubricPointSchema, {
      error: 'add a "rubric": a list of 1 to 8 key points (id and text) readers tick when their answer covers them',
    })
    .min(1, 'a rubric needs at least one point (id and text) readers can tick')
    .max(8, 'a rubric has at most 8 points; merge or remove some'),
};

/** A free-text question the reader grades against a rubric. */
export const openQuestionSchema = z.strictObject({
  ...selfGradedBase,
  /** `open`: the reader writes an answer, then compares it with the model answer. */
  type: z.literal('open'),
});

/** Like `open`, but about a described situation (what is wrong, what would be better). */
export const scenarioQuestionSchema = z.strictObject({
  ...selfGradedBase,
  /** `scenario`: a situation to diagnose. */
  type: z.literal('scenario'),
  /** Markdown describing what happened (quote the dialogue, etc.), shown above the prompt. */
  situation: text(),
});

/** A design exercise; `answer` holds the guidance or a model design. */
export const designQuestionSchema = z.strictObject({
  ...selfGradedBase,
  /** `design`: the reader sketches a design, then compares it with the guidance. */
  type: z.literal('design'),
});

/** A parsed rubric point. */
export type RubricPointData = z.infer<typeof rubricPointSchema>;
/** A parsed `open` question. */
export type OpenQuestionData = z.infer<typeof openQuestionSchema>;
/** A parsed `scenario` question. */
export type ScenarioQuestionData = z.infer<typeof scenarioQuestionSchema>;
/** A parsed `design` question. */
export type DesignQuestionData = z.infer<typeof designQuestionSchema>;
/** The question types graded by the reader against a rubric. */
export type SelfGradedQuestionData = OpenQuestionData | ScenarioQuestionData | DesignQuestionData;
