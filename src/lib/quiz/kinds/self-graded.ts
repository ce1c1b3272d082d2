/** `open`, `scenario`, `design`: the reader writes an answer and grades it against a rubric. */
import type { SelfGradedQuestionData } from '../../../schemas/quiz.ts';
import type { SelfGradedKeyEntry } from '../types.ts';
import type { KindIssue, QuestionKind } from './kind.ts';
import { distinctTexts, uniqueIds } from './rules.ts';
import { gradeSelfGraded } from './self-graded.grade.ts';

/** Rules: a rubric with at least one point; rubric ids unique; no two points with the same text. */
function validate(question: SelfGradedQuestionData, at: readonly PropertyKey[]): KindIssue[] {
  if (question.rubric.length === 0) {
    return [
      {
        path: [...at, 'rubric'],
        message: `a ${question.type} question needs a rubric, but it is empty`,
        hint: 'add key points (id and text) readers tick when their answer covers them',
      },
    ];
  }
  return [...uniqueIds(question.rubric, 'rubric', at), ...distinctTexts(question.rubric, 'rubric', at)];
}

/** The self-graded kind (open, scenario and design questions). */
export const selfGradedKind: QuestionKind<SelfGradedQuestionData, SelfGradedKeyEntry> = {
  types: ['open', 'scenario', 'design'],
  validate,
  key: (question) => ({
    id: question.id,
    type: question.type,
    level: question.level,
    rubric: question.rubric.map((point) => point.id),
  }),
  grade: gradeSelfGraded,
};
