/** `multiple`: one or more correct choices ("select all that apply"), with partial credit. */
import { seededShuffle } from '../../shuffle.ts';
import { choiceView, type ChoiceView } from '../choice-view.ts';
import type { KindIssue, QuestionKind } from '../kind.ts';
import { distinctTexts, uniqueIds } from '../rules.ts';
import { multipleAnswer, type MultipleAnswer, type MultipleKeyEntry } from './answer.ts';
import { multipleAnswerSchema } from './answer-schema.ts';
import { multipleClient } from './client.ts';
import type { MultipleQuestionData } from './schema.ts';

/** Rules: at least one choice is correct; choice ids unique; no two choices with the same text. */
function validate(question: MultipleQuestionData, at: readonly PropertyKey[]): KindIssue[] {
  const issues: KindIssue[] = [];
  if (!question.choices.some((choice) => choice.correct)) {
    issues.push({
      path: [...at, 'choices'],
      message: 'no choice is marked correct',
      hint: 'add "correct: true" to each right answer (at least one)',
    });
  }
  issues.push(...uniqueIds(question.choices, 'choices', at), ...distinctTexts(question.choices, 'choices', at));
  return issues;
}

/** Choices shuffled with the question id as the seed. */
function shuffle(question: MultipleQuestionData): MultipleQuestionData {
  return { ...question, choices: seededShuffle(question.choices, question.id) };
}

export const multipleKind: QuestionKind<MultipleQuestionData, MultipleKeyEntry, MultipleAnswer, ChoiceView> = {
  types: ['multiple'],
  validate,
  key: (question) => ({
    id: question.id,
    type: 'multiple',
    level: question.level,
    correct: question.choices.filter((choice) => choice.correct).map((choice) => choice.id),
    choices: question.choices.map((choice) => choice.id),
  }),
  shuffle,
  view: (question, markdown) => choiceView(shuffle(question), markdown),
  answer: multipleAnswer,
  client: multipleClient,
  answerSpec: multipleAnswerSchema,
};
