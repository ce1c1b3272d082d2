/**
 * Small valid questions for unit tests (parsed form: `correct` always present). Override any
 * field to make one invalid or to shape a case. Also every kind's browser code, loaded, for grading.
 */
import type { QuestionType } from '../../schemas/quiz.ts';
import { gradeQuestion } from './grade.ts';
import type { Clients } from './kinds/loaders.ts';
import type { MatchQuestionData } from './kinds/match/schema.ts';
import type { MultipleQuestionData } from './kinds/multiple/schema.ts';
import type { OrderQuestionData } from './kinds/order/schema.ts';
import type { DesignQuestionData, OpenQuestionData, ScenarioQuestionData } from './kinds/self-graded/schema.ts';
import type { SingleQuestionData } from './kinds/single/schema.ts';
import { questionKinds } from './registry.ts';
import type { Answer, AnswerKeyEntry } from './types.ts';

/** Every kind's browser code, as a page that shows all of them has it loaded. */
export const allClients = Object.fromEntries(Object.entries(questionKinds).map(([type, kind]) => [type, kind.client])) as Clients;

/** The score of one answer, as the browser grades it. */
export function scoreOf(entry: AnswerKeyEntry, answer: Answer | undefined): number {
  return gradeQuestion(entry, answer, allClients).score;
}

/** The question types, each once, for tables over every kind. */
export const allTypes = Object.keys(questionKinds) as QuestionType[];

const common = { level: 'mid', prompt: 'Which one?', explanation: 'Because.' };

/** A `single` question with choices a (correct), b, c. */
export function singleQuestion(overrides: Partial<SingleQuestionData> = {}): SingleQuestionData {
  return {
    id: 'test-single',
    type: 'single',
    ...common,
    choices: [
      { id: 'a', text: 'Alpha', correct: true, why: 'Right.' },
      { id: 'b', text: 'Beta', correct: false, why: 'Wrong.' },
      { id: 'c', text: 'Gamma', correct: false, why: 'Wrong.' },
    ],
    ...overrides,
  };
}

/** A `multiple` question with choices a, b (correct), c, d, e. */
export function multipleQuestion(overrides: Partial<MultipleQuestionData> = {}): MultipleQuestionData {
  return {
    id: 'test-multiple',
    type: 'multiple',
    ...common,
    choices: [
      { id: 'a', text: 'Alpha', correct: true, why: 'Right.' },
      { id: 'b', text: 'Beta', correct: true, why: 'Right.' },
      { id: 'c', text: 'Gamma', correct: false, why: 'Wrong.' },
      { id: 'd', text: 'Delta', correct: false, why: 'Wrong.' },
      { id: 'e', text: 'Epsilon', correct: false, why: 'Wrong.' },
    ],
    ...overrides,
  };
}

/** An `order` question with `n` items i1…in, in the correct order. */
export function orderQuestion(n = 4, overrides: Partial<OrderQuestionData> = {}): OrderQuestionData {
  return {
    id: 'test-order',
    type: 'order',
    ...common,
    items: Array.from({ length: n }, (_, index) => ({ id: `i${index + 1}`, text: `Item ${index + 1}` })),
    ...overrides,
  };
}

const selfGraded = {
  ...common,
  answer: 'A model answer.',
  rubric: [
    { id: 'p1', text: 'First point.' },
    { id: 'p2', text: 'Second point.' },
    { id: 'p3', text: 'Third point.' },
    { id: 'p4', text: 'Fourth point.' },
  ],
};

/** An `open` question with rubric points p1…p4. */
export function openQuestion(overrides: Partial<OpenQuestionData> = {}): OpenQuestionData {
  return { id: 'test-open', type: 'open', ...selfGraded, ...overrides };
}

/** A `scenario` question with rubric points p1…p4. */
export function scenarioQuestion(overrides: Partial<ScenarioQuestionData> = {}): ScenarioQuestionData {
  return { id: 'test-scenario', type: 'scenario', situation: 'Something happened.', ...selfGraded, ...overrides };
}

/** A `design` question with rubric points p1…p4. */
export function designQuestion(overrides: Partial<DesignQuestionData> = {}): DesignQuestionData {
  return { id: 'test-design', type: 'design', ...selfGraded, ...overrides };
}

/** A `match` question: items s1 → level-a, s2 → level-b, s3 → level-a; options level-a, level-b, level-c (unused). */
export function matchQuestion(overrides: Partial<MatchQuestionData> = {}): MatchQuestionData {
  return {
    id: 'test-match',
    type: 'match',
    ...common,
    items: [
      { id: 's1', text: 'First signal', match: 'level-a' },
      { id: 's2', text: 'Second signal', match: 'level-b' },
      { id: 's3', text: 'Third signal', match: 'level-a' },
    ],
    options: [
      { id: 'level-a', text: 'Level A' },
      { id: 'level-b', text: 'Level B' },
      { id: 'level-c', text: 'Level C' },
    ],
    ...overrides,
  };
}
