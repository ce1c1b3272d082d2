/** `multiple`: one or more correct choices ("select all that apply"), with partial credit. */
import type { MultipleQuestionData } from '../../../schemas/quiz.ts';
import type { MultipleKeyEntry } from '../types.ts';
import type { KindIssue, QuestionKind } from './kind.ts';
import { gradeMultiple } from './multiple.grade.ts';
import { distinctTexts, uniqueIds } from './rules.ts';

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

/** The multiple-choice kind. */
export const multipleKind: QuestionKind<MultipleQuestionData, MultipleKeyEntry> = {
  types: ['multiple'],
  validate,
  key: (question) => ({
    id: question.id,
    type: 'multiple',
    level: question.level,
    correct: question.choices.filter((choice) => choice.correct).map((choice) => choice.id),
  }),
  grade: gradeMultiple,
};
