/**
 * Quizzes ready to render: each question's kind shuffles it with a seed from the question id (same
 * content, same page, on every machine) and renders what its markup shows; prompts and explanations
 * are rendered here; the answer key is for grading in the browser.
 */
import config from 'virtual:ladderbook/config';
import content from 'virtual:ladderbook/content';
import type { QuestionData } from '../schemas/quiz.ts';
import { answerKeyOf, kindOf } from '../lib/quiz/registry.ts';
import type { Markdown } from '../lib/quiz/kinds/kind.ts';
import type { AnswerKey, QuestionType, ViewOf } from '../lib/quiz/types.ts';
import { urlFor } from '../lib/links/content-ref.ts';
import { renderInlineMarkdown, renderMarkdown } from './markdown.ts';

/** One question as its markup needs it: the parts every kind has, and its kind's own view. */
export type RenderedQuestion = {
  [T in QuestionType]: {
    id: string;
    type: T;
    level: string;
    /** Inline HTML for the legend, or undefined when the prompt holds blocks (then `promptHtml`). */
    promptInline?: string | undefined;
    promptHtml: string;
    explanationHtml: string;
    /** What the kind's markup shows, in page order (shuffled). */
    view: ViewOf<T>;
  };
}[QuestionType];

/** A rendered question of one type. */
export type RenderedQuestionOf<T extends QuestionType> = Extract<RenderedQuestion, { type: T }>;

export interface RenderedQuiz {
  id: string;
  title: string;
  description: string;
  about: string;
  url: string;
  questions: RenderedQuestion[];
  key: AnswerKey;
}

const markdown: Markdown = { block: renderMarkdown, inline: renderInlineMarkdown };

async function renderQuestion(question: QuestionData): Promise<RenderedQuestion> {
  return {
    id: question.id,
    type: question.type,
    level: question.level,
    promptInline: await renderInlineMarkdown(question.prompt),
    promptHtml: await renderMarkdown(question.prompt),
    explanationHtml: await renderMarkdown(question.explanation),
    // The kind was picked by the question's own type, so its view is that type's view.
    view: (await kindOf(question).view(question, markdown)) as ViewOf<typeof question.type>,
  } as RenderedQuestion;
}

let cached: Promise<RenderedQuiz[]> | undefined;

/** Every quiz, rendered, in file-name order. */
export function getQuizzes(): Promise<RenderedQuiz[]> {
  // A fork that switches quizzes off (features.quizzes) has none: every page, card and list
  // built from this data loses its quizzes at once.
  if (!config.features.quizzes) return Promise.resolve([]);
  cached ??= Promise.all(
    content.quizzes.map(async (quiz) => ({
      id: quiz.id,
      title: quiz.title,
      description: quiz.description,
      about: quiz.about,
      url: urlFor('quiz', quiz.id, config.base),
      questions: await Promise.all(quiz.questions.map(renderQuestion)),
      key: answerKeyOf(quiz),
    })),
  );
  return cached;
}

/** The quizzes that check a chapter, level or part (`chapter:mentorship/feedback`). */
export async function quizzesAbout(about: string): Promise<RenderedQuiz[]> {
  return (await getQuizzes()).filter((q) => q.about === about);
}

export async function getQuiz(id: string): Promise<RenderedQuiz | undefined> {
  return (await getQuizzes()).find((q) => q.id === id);
}
