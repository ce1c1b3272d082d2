/**
 * Each question kind's markup, by question type (an exhaustive map, like src/lib/quiz/registry.ts):
 * its inputs, its answer inside the no-JS `<details>`, and its worksheet question and answer, with
 * the catalogue keys of the words that go with it. Each component takes `{ question, name, text }`
 * (`name`: the `q-<id>` prefix of its controls, see src/lib/quiz/kinds/kind.ts › FieldValues;
 * `text`: the attributes that mark the question's own texts, see TextLang).
 */
import type { RenderedQuestion, RenderedQuestionOf } from '../../../data/quizzes.ts';
import type { En } from '../../../lib/i18n/catalogues/en/index.ts';
import type { ParamsOf } from '../../../lib/i18n/message.ts';
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

/**
 * The attributes that mark a quiz's own texts (prompts, choices, explanations) with their language
 * when a quiz is shown untranslated: `lang` of the default language, and `dir` when it differs from
 * the page's. Empty for a translated quiz; interface words around the texts are the page's language.
 */
export interface TextLang {
  lang?: string | undefined;
  dir?: 'ltr' | 'rtl' | undefined;
}

/** A piece of a kind's markup. */
type Part<T extends QuestionType> = (props: { question: RenderedQuestionOf<T>; name: string; text: TextLang }) => unknown;

/** A catalogue key of the quiz area's build-time words that take no parameters. */
type QuizzesKey = {
  [K in Extract<keyof En, `quizzes.${string}` | `worksheet.${string}`>]: [ParamsOf<En[K]>] extends [never] ? K : never;
}[Extract<keyof En, `quizzes.${string}` | `worksheet.${string}`>];

/** A kind's markup and words (catalogue keys). */
export interface KindMarkup<T extends QuestionType> {
  /** What to do, in the question's meta line ("Pick one"). */
  label: QuizzesKey;
  /** What to do on the printed worksheet ("Tick one."). */
  instruction: QuizzesKey;
  /** The summary of the answer's <details>. */
  answerSummary: QuizzesKey;
  Inputs: Part<T>;
  /** What the answer's <details> shows before the explanation, if anything. */
  Answer?: Part<T>;
  Worksheet: Part<T>;
  WorksheetAnswer: Part<T>;
}

const choice = { Inputs: ChoiceInputs, Answer: ChoiceAnswer, Worksheet: ChoiceWorksheet, WorksheetAnswer: ChoiceWorksheetAnswer, answerSummary: 'quizzes.answer' } as const;
const selfGraded = { Inputs: SelfInputs, Worksheet: SelfWorksheet, WorksheetAnswer: SelfWorksheetAnswer, answerSummary: 'quizzes.whyItMatters' } as const;

export const kindMarkup = {
  single: { ...choice, label: 'quizzes.kind.single', instruction: 'worksheet.instruction.single' },
  multiple: { ...choice, label: 'quizzes.kind.multiple', instruction: 'worksheet.instruction.multiple' },
  order: {
    Inputs: OrderInputs,
    Answer: OrderAnswer,
    Worksheet: OrderWorksheet,
    WorksheetAnswer: OrderWorksheetAnswer,
    label: 'quizzes.kind.order',
    instruction: 'worksheet.instruction.order',
    answerSummary: 'quizzes.answer',
  },
  open: { ...selfGraded, label: 'quizzes.kind.open', instruction: 'worksheet.instruction.open' },
  scenario: { ...selfGraded, label: 'quizzes.kind.scenario', instruction: 'worksheet.instruction.scenario' },
  design: { ...selfGraded, label: 'quizzes.kind.design', instruction: 'worksheet.instruction.design' },
  match: {
    Inputs: MatchInputs,
    Answer: MatchAnswer,
    Worksheet: MatchWorksheet,
    WorksheetAnswer: MatchWorksheetAnswer,
    label: 'quizzes.kind.match',
    instruction: 'worksheet.instruction.match',
    answerSummary: 'quizzes.answer',
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
