/** `single`: exactly one correct choice, picked with radio buttons. */
import type { SingleQuestionData } from '../../../schemas/quiz.ts';
import type { SingleKeyEntry } from '../types.ts';
import type { KindIssue, QuestionKind } from './kind.ts';
import { distinctTexts, uniqueIds } from './rules.ts';
import { gradeSingle } from './single.grade.ts';

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

/** The single-choice kind. */
export const singleKind: QuestionKind<SingleQuestionData, SingleKeyEntry> = {
  types: ['single'],
  validate,
  key: (question) => ({
    id: question.id,
    type: 'single',
    level: question.level,
    correct: question.choices.find((choice) => choice.correct)?.id ?? '',
  }),
  grade: gradeSingle,
};
