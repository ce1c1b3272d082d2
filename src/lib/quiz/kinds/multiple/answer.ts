/** `multiple`: its answer-key entry, the reader's saved answer, and how that answer survives edits. */
import { array, object, oneOf, string } from '../../../shared/shape-check.ts';
import type { AnswerKind, KeyEntryBase } from '../kind.ts';

/** Key of a `multiple` question. */
export interface MultipleKeyEntry extends KeyEntryBase {
  type: 'multiple';
  /** Ids of the correct choices (at least one). */
  correct: string[];
  /** Ids of all its choices, for reconciling saved answers after an edit. */
  choices: string[];
}

/** The reader's answer to a `multiple` question. */
export interface MultipleAnswer {
  type: 'multiple';
  /** Ids of the ticked choices. */
  choices: string[];
}

/** A saved answer fits while every ticked choice still exists. */
export const multipleAnswer: AnswerKind<MultipleKeyEntry, MultipleAnswer> = {
  type: 'multiple',
  check: object({ type: oneOf('multiple'), choices: array(string) }),
  fit: (answer, entry) => (answer.choices.every((id) => entry.choices.includes(id)) ? { keep: answer } : { reason: 'choice-removed' }),
};
