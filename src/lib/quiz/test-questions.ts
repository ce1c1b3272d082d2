/**
 * Small valid questions for unit tests (parsed form: `correct` always present). Override any
 * field to make one invalid or to shape a case.
 */
import type {
  DesignQuestionData,
  MultipleQuestionData,
  OpenQuestionData,
  OrderQuestionData,
  ScenarioQuestionData,
  SingleQuestionData,
} from '../../schemas/quiz.ts';

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
