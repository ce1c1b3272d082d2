/** `single`: its answer-key entry, the reader's saved answer, and how that answer survives edits. */
import { object, oneOf, string } from '../../../shared/shape-check.ts';
import type { AnswerKind, KeyEntryBase } from '../kind.ts';

/** Key of a `single` question. */
export interface SingleKeyEntry extends KeyEntryBase {
  type: 'single';
  /** Id of the correct choice. */
  correct: string;
  /** Ids of all its choices, for reconciling saved answers after an edit. */
  choices: string[];
}

/** The reader's answer to a `single` question. */
export interface SingleAnswer {
  type: 'single';
  /** Id of the picked choice. */
  choice: string;
}

/** A saved answer fits while its choice still exists (new choices do not matter). */
export const singleAnswer: AnswerKind<SingleKeyEntry, SingleAnswer> = {
  type: 'single',
  check: object({ type: oneOf('single'), choice: string }),
  fit: (answer, entry) => (entry.choices.includes(answer.choice) ? { keep: answer } : { reason: 'choice-removed' }),
};
