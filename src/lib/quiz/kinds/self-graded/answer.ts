/** `open`, `scenario`, `design`: their answer-key entry, the reader's saved answer, and how it survives edits. */
import { array, boolean, object, oneOf, string } from '../../../shared/shape-check.ts';
import type { AnswerKind, KeyEntryBase } from '../kind.ts';
import type { SelfGradedQuestionData } from './schema.ts';

/** Key of a self-graded question: the rubric point ids. */
export interface SelfGradedKeyEntry extends KeyEntryBase {
  type: SelfGradedQuestionData['type'];
  /** Ids of the rubric points, in the author's order. */
  rubric: string[];
}

/** The reader's answer to a self-graded question (open, scenario, design). */
export interface SelfAnswer {
  type: 'self';
  /** What the reader wrote. */
  text: string;
  /** Ids of the rubric points the reader ticked as covered. */
  ticked: string[];
  /** Whether the model answer was revealed; only then do the ticks count. */
  revealed: boolean;
}

/**
 * The reader's text always stays in place; only the ticks of rubric points that still exist stay
 * with it. When a tick was dropped, the answer as it was is kept aside (`choice-removed`).
 */
export const selfAnswer: AnswerKind<SelfGradedKeyEntry, SelfAnswer> = {
  type: 'self',
  check: object({ type: oneOf('self'), text: string, ticked: array(string), revealed: boolean }),
  fit: (answer, entry) => {
    const ticked = answer.ticked.filter((id) => entry.rubric.includes(id));
    return ticked.length === answer.ticked.length ? { keep: answer } : { keep: { ...answer, ticked }, reason: 'choice-removed' };
  },
};
