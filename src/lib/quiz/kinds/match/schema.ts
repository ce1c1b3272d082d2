import { z } from 'zod';
import { kebabId, questionBase, text } from '../question-base.ts';

/** One entry of the left column: shown in the order written, matched to one option. */
export const matchItemSchema = z.strictObject({
  /** Stable id within the question (kebab-case, short); saved answers refer to it. */
  id: kebabId('peer-review'),
  /** The item as readers see it (Markdown allowed, usually one line). */
  text: text(),
  /** Id of the option that matches it. */
  match: kebabId('sbi'),
  /** Optional: why this is the match, shown with the answer. */
  why: text().optional(),
});

/** One entry of the right column: the page shuffles them; an option may match several items, or none. */
export const matchOptionSchema = z.strictObject({
  /** Stable id within the question (kebab-case, short); items name it in `match`. */
  id: kebabId('sbi'),
  /** The option as readers see it (plain text reads best: it is also shown in a drop-down). */
  text: text(),
});

/** Pairs from two lists: each item goes with one option. */
export const matchQuestionSchema = z.strictObject({
  ...questionBase,
  /** `match`: the reader pairs each item with an option, with partial credit per right pair. */
  type: z.literal('match'),
  /** 2–10 items (the left column), each naming the option it matches. */
  items: z
    .array(matchItemSchema, { error: 'add "items": a list of entries (id, text and the id of the option they match)' })
    .min(2, 'a match question needs at least 2 items; add more')
    .max(10, 'a match question has at most 10 items; remove some'),
  /** 2–10 options (the right column); more options than items make guessing harder. */
  options: z
    .array(matchOptionSchema, { error: 'add "options": a list of entries (id and text) the items are matched with' })
    .min(2, 'a match question needs at least 2 options; add more')
    .max(10, 'a match question has at most 10 options; remove some'),
});

/** A parsed `match` question. */
export type MatchQuestionData = z.infer<typeof matchQuestionSchema>;
