/**
 * Each question kind's markup, by question type (an exhaustive map, like src/lib/quiz/registry.ts):
 * its inputs, its answer inside the no-JS `<details>`, and its worksheet question and answer, with
 * the words that go with it. Each component takes `{ question, name }` (`name`: the `q-<id>`
 * prefix of its controls, see src/lib/quiz/kinds/kind.ts › FieldValues).
 */
import type { RenderedQuestion, RenderedQuestionOf } from '../../../data/quizzes.ts';
import type { QuestionType } from '../../../lib/quiz/types.ts';
import ChoiceAnswer from './choice/Answer.astro';
import ChoiceInputs from './choice/Inputs.astro';
import ChoiceWorksheet from './choice/Worksheet.astro';
import ChoiceWorksheetAnswer from './choice/WorksheetAnswer.astro';
import MatchAnswer from './match/Answer.astro';
import MatchInputs from './match/Inputs.astro';
import MatchWorksheet from './match/Worksheet.astro';
import MatchWorksheetAnswer from './match/WorksheetAnswer.astro';
import OrderAnswer from './order/Answer.astro';
import OrderInputs from './order/Inputs.astro';
import OrderWorksheet from './order/Worksheet.astro';
import OrderWorksheetAnswer from './order/WorksheetAnswer.astro';
import SelfInputs from './self-graded/Inputs.astro';
import SelfWorksheet from './self-graded/Worksheet.astro';
import SelfWorksheetAnswer from './self-graded/WorksheetAnswer.astro';

/** A piece of a kind's markup. */
type Part<T extends QuestionType> = (props: { question: RenderedQuestionOf<T>; name: string }) => unknown;

/** A kind's markup and words. */
export interface KindMarkup<T extends QuestionType> {
  /** What to do, in the question's meta line ("Pick one"). */
  label: string;
  /** What to do on the printed worksheet ("Tick one."). */
  instruction: string;
  /** The summary of the answer's <details>. */
  answerSummary: string;
  Inputs: Part<T>;
  /** What the answer's <details> shows before the explanation, if anything. */
  Answer?: Part<T>;
  Worksheet: Part<T>;
  WorksheetAnswer: Part<T>;
}

const choice = { Inputs: ChoiceInputs, Answer: ChoiceAnswer, Worksheet: ChoiceWorksheet, WorksheetAnswer: ChoiceWorksheetAnswer, answerSummary: 'Answer and explanation' };
const selfGraded = { Inputs: SelfInputs, Worksheet: SelfWorksheet, WorksheetAnswer: SelfWorksheetAnswer, answerSummary: 'Why this matters' };

export const kindMarkup = {
  single: { ...choice, label: 'Pick one', instruction: 'Tick one.' },
  multiple: { ...choice, label: 'Pick all that apply', instruction: 'Tick all that apply.' },
  order: {
    Inputs: OrderInputs,
    Answer: OrderAnswer,
    Worksheet: OrderWorksheet,
    WorksheetAnswer: OrderWorksheetAnswer,
    label: 'Put in order',
    instruction: 'Number the items in order, 1 first.',
    answerSummary: 'Answer and explanation',
  },
  open: { ...selfGraded, label: 'Write your answer', instruction: 'Write your answer.' },
  scenario: { ...selfGraded, label: 'Spot the problem', instruction: 'Write what you would do.' },
  design: { ...selfGraded, label: 'Design exercise', instruction: 'Sketch your design.' },
  match: {
    Inputs: MatchInputs,
    Answer: MatchAnswer,
    Worksheet: MatchWorksheet,
    WorksheetAnswer: MatchWorksheetAnswer,
    label: 'Match each item',
    instruction: 'Write the letter of the matching option beside each item.',
    answerSummary: 'Answer and explanation',
  },
} satisfies { [T in QuestionType]: KindMarkup<T> };

/**
 * The markup of one question, typed for any question: each entry takes only its own question type,
 * which TypeScript cannot line up with a union-typed question; the entry is picked by the question's
 * own type, so the pair always matches.
 */
export function markupOf(question: RenderedQuestion): KindMarkup<QuestionType> {
  return kindMarkup[question.type] as unknown as KindMarkup<QuestionType>;
}
