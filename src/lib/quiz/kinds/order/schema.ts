import { z } from 'zod';
import { kebabId, questionBase, text } from '../question-base.ts';

/** One entry of an order question. */
export const orderItemSchema = z.strictObject({
  /** Stable id within the question (kebab-case, short). */
  id: kebabId('novice'),
  /** The item as readers see it. */
  text: text(),
});

/** Items the reader puts in order. */
export const orderQuestionSchema = z.strictObject({
  ...questionBase,
  /** `order`: the reader arranges the items. */
  type: z.literal('order'),
  /** 2–10 items, written in the CORRECT order; the page shuffles them. */
  items: z
    .array(orderItemSchema, { error: 'add "items": a list of entries (id and text) written in the correct order' })
    .min(2, 'an order question needs at least 2 items to put in order; add more')
    .max(10, 'an order question has at most 10 items; remove some'),
});

/** A parsed `order` question. */
export type OrderQuestionData = z.infer<typeof orderQuestionSchema>;
