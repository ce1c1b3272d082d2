/** `single`: exactly one correct choice, picked with radio buttons. */
import { seededShuffle } from '../../shuffle.ts';
import { choiceView, type ChoiceView } from '../choice-view.ts';
import type { KindIssue, QuestionKind } from '../kind.ts';
import { distinctTexts, uniqueIds } from '../rules.ts';
import { singleAnswer, type SingleAnswer, type SingleKeyEntry } from './answer.ts';
import { singleAnswerSchema } from './answer-schema.ts';
import { singleClient } from './client.ts';
import type { SingleQuestionData } from './schema.ts';

/** Rules: exactly one choice is correct; choice ids unique; no two choices with the same text. */
function validate(question: SingleQuestionData, at: readonly PropertyKey[]): KindIssue[] {
  const issues: KindIssue[] = [];
  const correct = question.choices.filter((choice) => choice.correct);
  if (correct.length === 0) {
    issues.push({
      path: [...at, 'choices'],
      message: 'no choice is marked correct',
      hint: 'add "correct: true" to the one right answer',
    });
  } else if (correct.length > 1) {
    issues.push({
      path: [...at, 'choices'],
      message: `${correct.length} choices are marked correct (${correct.map((c) => c.id).join(', ')}), but a single question has exactly one`,
      hint: 'keep "correct: true" on the one right answer, or use "type: multiple" if several are right',
    });
  }
  issues.push(...uniqueIds(question.choices, 'choices', at), ...distinctTexts(question.choices, 'choices', at));
  return issues;
}

/** Choices shuffled with the question id as the seed. */
function shuffle(question: SingleQuestionData): SingleQuestionData {
  return { ...question, choices: seededShuffle(question.choices, question.id) };
}

export const singleKind: QuestionKind<SingleQuestionData, SingleKeyEntry, SingleAnswer, ChoiceView> = {
  types: ['single'],
  validate,
  key: (question) => ({
    id: question.id,
    type: 'single',
    level: question.level,
    correct: question.choices.find((choice) => choice.correct)?.id ?? '',
    choices: question.choices.map((choice) => choice.id),
  }),
  shuffle,
  view: (question, markdown) => choiceView(shuffle(question), markdown),
  answer: singleAnswer,
  client: singleClient,
  answerSpec: singleAnswerSchema,
};
