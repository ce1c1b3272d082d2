/**
 * The shape of a quiz file, content/quizzes/<quiz-id>.yaml (the quiz id is the file name).
 *
 * Every object is strict, so a misspelt key fails instead of being silently ignored. Messages
 * of checks (`.min`, `.regex`) are what authors read (src/lib/errors.ts keeps them as written);
 * type errors on lists (`{ error }`) become the hint of a "missing required" problem.
 *
 * Rules that need more than one field (exactly one correct choice, unique ids within a question,
 * …) live in src/lib/quiz/kinds/; rules across files (unique question ids, existing `about`
 * targets and level ids) in src/lib/quiz/validate.ts.
 */
import { z } from 'zod';

/** Lowercase letters and digits joined by single hyphens: `feedback-sbi-parts`. */
export const KEBAB_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** What a quiz is about: `chapter:<part>/<slug>`, `level:<id>` or `part:<id>`. */
export const ABOUT_REF = /^(chapter|level|part):[a-z0-9][a-z0-9/-]*$/;

/** The question types, in the order the README documents them. */
export const QUESTION_TYPES = ['single', 'multiple', 'order', 'open', 'scenario', 'design'] as const;

const kebabId = (example: string) =>
  z
    .string()
    .regex(KEBAB_ID, `expected a kebab-case id (lowercase letters and digits joined by single hyphens), like "${example}"`);

/** Non-empty text (Markdown allowed); surrounding whitespace is trimmed. */
const text = () => z.string().trim().min(1);

/** One answer option of a single- or multiple-choice question. */
export const choiceSchema = z.strictObject({
  /** Stable id within the question (kebab-case, short); saved answers refer to it. */
  id: kebabId('sbi'),
  /** The option as readers see it (Markdown allowed, usually one line). */
  text: text(),
  /** `true` on the right answer(s); may be omitted on wrong choices (= false). */
  correct: z.boolean().default(false),
  /** Short reason this choice is right or wrong, shown as feedback after answering. */
  why: text(),
});

/** One entry of an order question. */
export const orderItemSchema = z.strictObject({
  /** Stable id within the question (kebab-case, short). */
  id: kebabId('novice'),
  /** The item as readers see it. */
  text: text(),
});

/** One key point of a self-graded answer: the reader ticks it if their answer covered it. */
export const rubricPointSchema = z.strictObject({
  /** Stable id within the question (kebab-case, short). */
  id: kebabId('steals-learning'),
  /** The point, as one sentence the reader can check their answer against. */
  text: text(),
});

/** Keys every question has. */
const questionBase = {
  /** Stable id, unique across the WHOLE site: prefix it with the quiz's topic (`feedback-sbi-parts`). */
  id: kebabId('feedback-sbi-parts'),
  /** The ladder level this question targets (a level id such as `mid` or `staff`). */
  level: kebabId('senior'),
  /** The question, in Markdown. */
  prompt: text(),
  /** Shown after answering: why the answer is what it is (Markdown). */
  explanation: text(),
};

const choices = (min: number) =>
  z
    .array(choiceSchema, { error: 'add "choices": a list of options, each with id, text, why and, on the right ones, correct: true' })
    .min(min, `a choice question needs at least ${min} choices`)
    .max(8, 'a choice question has at most 8 choices; remove some');

/** Keys of the self-graded types (open, scenario, design). */
const selfGradedBase = {
  ...questionBase,
  /** The model answer (Markdown), revealed once the reader has written their own. */
  answer: text(),
  /** Key points (1–8) the reader ticks if their answer covered them; the score is ticked / all. */
  rubric: z
    .array(rubricPointSchema, {
      error: 'add a "rubric": a list of 1 to 8 key points (id and text) readers tick when their answer covers them',
    })
    .min(1, 'a rubric needs at least one point (id and text) readers can tick')
    .max(8, 'a rubric has at most 8 points; merge or remove some'),
};

/** A question with exactly one correct choice. */
export const singleQuestionSchema = z.strictObject({
  ...questionBase,
  /** `single`: one right answer, picked with radio buttons. */
  type: z.literal('single'),
  /** 2–8 options; exactly one has `correct: true`. */
  choices: choices(2),
});

/** A question with one or more correct choices ("select all that apply"), with partial credit. */
export const multipleQuestionSchema = z.strictObject({
  ...questionBase,
  /** `multiple`: any number of right answers, picked with checkboxes. */
  type: z.literal('multiple'),
  /** 2–8 options; at least one has `correct: true`. */
  choices: choices(2),
});

/** Items the reader puts in order. */
export const orderQuestionSchema = z.strictObject({
  ...questionBase,
  /** `order`: the reader arranges the items. */
  type: z.literal('order'),
  /** 2–10 items, written in the CORRECT order; the page shuffles them. */
  items: z
    .array(orderItemSchema, { error: 'add "items": a list of entries (id and text) written in the correct order' })
    .min(2, 'an order question needs at least 2 items to put in order; add more')
    .max(10, 'an order question has at most 10 items; remove some'),
});

/** A free-text question the reader grades against a rubric. */
export const openQuestionSchema = z.strictObject({
  ...selfGradedBase,
  /** `open`: the reader writes an answer, then compares it with the model answer. */
  type: z.literal('open'),
});

/** Like `open`, but about a described situation (what is wrong, what would be better). */
export const scenarioQuestionSchema = z.strictObject({
  ...selfGradedBase,
  /** `scenario`: a situation to diagnose. */
  type: z.literal('scenario'),
  /** Markdown describing what happened (quote the dialogue, etc.), shown above the prompt. */
  situation: text(),
});

/** A design exercise; `answer` holds the guidance or a model design. */
export const designQuestionSchema = z.strictObject({
  ...selfGradedBase,
  /** `design`: the reader sketches a design, then compares it with the guidance. */
  type: z.literal('design'),
});

/** Any question, chosen by its `type`. */
export const questionSchema = z.discriminatedUnion('type', [
  singleQuestionSchema,
  multipleQuestionSchema,
  orderQuestionSchema,
  openQuestionSchema,
  scenarioQuestionSchema,
  designQuestionSchema,
]);

/** A whole quiz file. */
export const quizSchema = z.strictObject({
  /** Shown as the quiz's heading, e.g. `Check — Feedback that drives improvement`. */
  title: text(),
  /** One sentence, used on cards and in <meta>. */
  description: text(),
  /** What the quiz checks: `chapter:<part>/<slug>`, `level:<id>` or `part:<id>`. */
  about: z
    .string()
    .regex(
      ABOUT_REF,
      'expected chapter:<part>/<slug>, level:<id> or part:<id>, like "chapter:mentorship/feedback" (lowercase, no file extension)',
    ),
  /** The questions, in the order they are asked. */
  questions: z
    .array(questionSchema, { error: 'add "questions": a list of questions, each with id, type, level, prompt, …' })
    .min(1, 'a quiz needs at least one question'),
});

/** A parsed quiz file (without its id, which is the file name). */
export type QuizData = z.infer<typeof quizSchema>;
/** Any parsed question. */
export type QuestionData = z.infer<typeof questionSchema>;
/** The `type` of a question. */
export type QuestionType = QuestionData['type'];
/** A parsed choice (`correct` is always present after parsing). */
export type ChoiceData = z.infer<typeof choiceSchema>;
/** A parsed order item. */
export type OrderItemData = z.infer<typeof orderItemSchema>;
/** A parsed rubric point. */
export type RubricPointData = z.infer<typeof rubricPointSchema>;
/** A parsed `single` question. */
export type SingleQuestionData = z.infer<typeof singleQuestionSchema>;
/** A parsed `multiple` question. */
export type MultipleQuestionData = z.infer<typeof multipleQuestionSchema>;
/** A parsed `order` question. */
export type OrderQuestionData = z.infer<typeof orderQuestionSchema>;
/** A parsed `open` question. */
export type OpenQuestionData = z.infer<typeof openQuestionSchema>;
/** A parsed `scenario` question. */
export type ScenarioQuestionData = z.infer<typeof scenarioQuestionSchema>;
/** A parsed `design` question. */
export type DesignQuestionData = z.infer<typeof designQuestionSchema>;
/** The question types graded by the reader against a rubric. */
export type SelfGradedQuestionData = OpenQuestionData | ScenarioQuestionData | DesignQuestionData;
/** Either choice type. */
export type ChoiceQuestionData = SingleQuestionData | MultipleQuestionData;
