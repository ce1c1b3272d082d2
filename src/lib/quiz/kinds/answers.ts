/**
 * Saved answers by question type (an exhaustive map, like ../registry.ts): each kind's answer check
 * and reconcile step. Every page that reads saved progress needs them all (any answer may be saved),
 * so they load with it; they are a few lines each. Each kind's grading and form code loads only where
 * it is shown (./loaders.ts).
 */
import type { AnswerOf, KeyEntryOf, QuestionType } from '../types.ts';
import type { AnswerKind } from './kind.ts';
import { matchAnswer } from './match/answer.ts';
import { multipleAnswer } from './multiple/answer.ts';
import { orderAnswer } from './order/answer.ts';
import { selfAnswer } from './self-graded/answer.ts';
import { singleAnswer } from './single/answer.ts';

export const answerKinds = {
  single: singleAnswer,
  multiple: multipleAnswer,
  order: orderAnswer,
  open: selfAnswer,
  scenario: selfAnswer,
  design: selfAnswer,
  match: matchAnswer,
} satisfies { [T in QuestionType]: AnswerKind<KeyEntryOf<T>, AnswerOf<T>> };
