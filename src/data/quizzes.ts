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
import { localeByCode } from './i18n.ts';
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
  /** False when the quiz is shown in the default language for want of a translation. */
  translated: boolean;
}

async function renderQuestion(question: QuestionData, code: string): Promise<RenderedQuestion> {
  const markdown: Markdown = { block: (md) => renderMarkdown(md, code), inline: (md) => renderInlineMarkdown(md, code) };
  return {
    id: question.id,
    type: question.type,
    level: question.level,
    promptInline: await markdown.inline(question.prompt),
    promptHtml: await markdown.block(question.prompt),
    explanationHtml: await markdown.block(question.explanation),
    // The kind was picked by the question's own type, so its view is that type's view.
    view: (await kindOf(question).view(question, markdown)) as ViewOf<typeof question.type>,
  } as RenderedQuestion;
}

const cached = new Map<string, Promise<RenderedQuiz[]>>();

/**
 * Every quiz, rendered, in file-name order, in the language of locale `code` (the default when
 * omitted): a translated quiz's texts, with the source's questions, ids and answers (the content
 * check holds them equal), so saved answers are the same in every language.
 */
export function getQuizzes(code = config.locales[0]!.code): Promise<RenderedQuiz[]> {
  // A fork that switches quizzes off (features.quizzes) has none: every page, card and list
  // built from this data loses its quizzes at once.
  if (!config.features.quizzes) return Promise.resolve([]);
  let value = cached.get(code);
  if (!value) {
    const L = localeByCode(code);
    const translations = content.translations[code]?.quizzes ?? {};
    value = Promise.all(
      content.quizzes.map(async (source) => {
        const quiz = translations[source.id] ?? source;
        return {
          id: quiz.id,
          title: quiz.title,
          description: quiz.description,
          about: quiz.about,
          url: urlFor('quiz', quiz.id, L.base),
          questions: await Promise.all(quiz.questions.map((q) => renderQuestion(q, code))),
          key: answerKeyOf(source),
          translated: L.isDefault || Boolean(translations[source.id]),
        };
      }),
    );
    cached.set(code, value);
  }
  return value;
}

/** The quizzes that check a chapter, level or part (`chapter:mentorship/feedback`), in locale `code`. */
export async function quizzesAbout(about: string, code?: string): Promise<RenderedQuiz[]> {
  return (await getQuizzes(code)).filter((q) => q.about === about);
}

export async function getQuiz(id: string, code?: string): Promise<RenderedQuiz | undefined> {
  return (await getQuizzes(code)).find((q) => q.id === id);
}
