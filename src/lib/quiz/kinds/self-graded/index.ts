/** `open`, `scenario`, `design`: the reader writes an answer and grades it against a rubric. */
import type { KindIssue, QuestionKind } from '../kind.ts';
import { distinctTexts, uniqueIds } from '../rules.ts';
import { selfAnswer, type SelfAnswer, type SelfGradedKeyEntry } from './answer.ts';
import { selfAnswerSchema } from './answer-schema.ts';
import { selfGradedClient } from './client.ts';
import type { SelfGradedQuestionData } from './schema.ts';

/** What the markup of a self-graded question shows. */
export interface SelfGradedView {
  /** A scenario's situation, shown before the question. */
  situationHtml?: string | undefined;
  /** The model answer. */
  answerHtml: string;
  /** The points the reader ticks, in the author's order. */
  rubric: { id: string; text: string }[];
}

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

/** The self-graded kind (open, scenario and design questions); nothing to shuffle. */
export const selfGradedKind: QuestionKind<SelfGradedQuestionData, SelfGradedKeyEntry, SelfAnswer, SelfGradedView> = {
  types: ['open', 'scenario', 'design'],
  validate,
  key: (question) => ({ id: question.id, type: question.type, level: question.level, rubric: question.rubric.map((point) => point.id) }),
  shuffle: (question) => question,
  view: async (question, markdown) => ({
    situationHtml: 'situation' in question ? await markdown.block(question.situation) : undefined,
    answerHtml: await markdown.block(question.answer),
    rubric: question.rubric.map((point) => ({ id: point.id, text: point.text })),
  }),
  answer: selfAnswer,
  client: selfGradedClient,
  answerSpec: selfAnswerSchema,
};
