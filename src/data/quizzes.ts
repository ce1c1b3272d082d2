/**
 * Quizzes ready to render: choices shuffled with a seed from the question id (same content,
 * same page, on every machine), Markdown rendered to HTML, and the answer key for grading.
 */
import config from 'virtual:ladderbook/config';
import content from 'virtual:ladderbook/content';
import type { QuestionData } from '../schemas/quiz.ts';
import { answerKeyOf } from '../lib/quiz/registry.ts';
import { shuffleQuestion } from '../lib/quiz/shuffle.ts';
import type { AnswerKey } from '../lib/quiz/types.ts';
import { urlFor } from '../lib/links/content-ref.ts';
import { renderInlineMarkdown, renderMarkdown } from './markdown.ts';

export interface RenderedOption {
  id: string;
  html: string;
  correct: boolean;
  whyHtml?: string;
}

export interface RenderedQuestion {
  id: string;
  type: QuestionData['type'];
  level: string;
  /** Inline HTML for the legend, or undefined when the prompt holds blocks (then `promptHtml`). */
  promptInline?: string | undefined;
  promptHtml: string;
  situationHtml?: string | undefined;
  /** Choices (single/multiple) or items (order) in page order (shuffled). */
  options: RenderedOption[];
  /** Order questions: item ids in the correct order. */
  correctOrder?: string[];
  /** Self-graded: the model answer and the rubric. */
  answerHtml?: string | undefined;
  rubric?: { id: string; text: string }[];
  explanationHtml: string;
}

export interface RenderedQuiz {
  id: string;
  title: string;
  description: string;
  about: string;
  url: string;
  questions: RenderedQuestion[];
  key: AnswerKey;
}

async function renderQuestion(source: QuestionData): Promise<RenderedQuestion> {
  const q = shuffleQuestion(source);
  const base = {
    id: q.id,
    type: q.type,
    level: q.level,
    promptInline: await renderInlineMarkdown(q.prompt),
    promptHtml: await renderMarkdown(q.prompt),
    explanationHtml: await renderMarkdown(q.explanation),
  };
  switch (q.type) {
    case 'single':
    case 'multiple':
      return {
        ...base,
        options: await Promise.all(
          q.choices.map(async (c) => ({
            id: c.id,
            html: (await renderInlineMarkdown(c.text)) ?? c.text,
            correct: c.correct,
            whyHtml: (await renderInlineMarkdown(c.why)) ?? c.why,
          })),
        ),
      };
    case 'order':
      return {
        ...base,
        options: await Promise.all(q.items.map(async (i) => ({ id: i.id, html: (await renderInlineMarkdown(i.text)) ?? i.text, correct: false }))),
        correctOrder: source.type === 'order' ? source.items.map((i) => i.id) : [],
      };
    default:
      return {
        ...base,
        options: [],
        situationHtml: q.type === 'scenario' ? await renderMarkdown(q.situation) : undefined,
        answerHtml: await renderMarkdown(q.answer),
        rubric: q.rubric.map((r) => ({ id: r.id, text: r.text })),
      };
  }
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
