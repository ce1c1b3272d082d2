/**
 * What "Check answers" does, loaded on the first click so quiz pages load only what restoring
 * and saving answers needs: grade with the shared pure module, save the score and the review
 * schedule, show feedback per question and the score, in the page's language, and move focus to
 * the result.
 */
import { gradeQuiz } from '../lib/quiz/grade.ts';
import type { Clients } from '../lib/quiz/kinds/loaders.ts';
import type { QuestionResult, QuizResult } from '../lib/quiz/types.ts';
import { recordOutcome } from '../lib/progress/review.ts';
import { recordScore } from '../lib/progress/scores.ts';
import { progressStore } from './progress-store.ts';
import type { CheckRequest, QuizKeyWithLevels as Key } from './quiz-events.ts';
import { pickedReasons } from './quiz-reasons.ts';
import { strings, type GroupTranslate } from './strings.ts';

type T = GroupTranslate<'quiz'>;

/** Grades `answers` (by question id), saves the attempt and shows the outcome inside `quiz`. */
export async function checkQuiz(quiz: HTMLElement, key: Key, answers: CheckRequest['answers'], clients: Clients): Promise<QuizResult> {
  const result = gradeQuiz(key, answers, clients);
  const now = Date.now();
  progressStore().update((s) => {
    let next = recordScore(s, key.quiz, result, now);
    for (const q of result.questions) {
      if (q.status !== 'unanswered' && q.status !== 'ungraded') next = recordOutcome(next, key.quiz, q.id, q.correct, now);
    }
    return next;
  });
  const t = await strings('quiz');
  for (const q of result.questions) showFeedback(quiz, q, t);
  showResult(quiz.querySelector<HTMLElement>('.quiz-result')!, result, key.levels, t);
  return result;
}

const percent = (part: number, whole: number) => (whole ? Math.round((part / whole) * 100) : 0);

/** An element with a text, for feedback built as nodes (texts never parsed as HTML). */
function el(tag: string, text: string): HTMLElement {
  const element = document.createElement(tag);
  element.textContent = text;
  return element;
}

function showFeedback(quiz: HTMLElement, q: QuestionResult, t: T): void {
  const f = quiz.querySelector<HTMLFieldSetElement>(`fieldset[data-question="${CSS.escape(q.id)}"]`)!;
  const box = f.querySelector<HTMLElement>('[data-feedback]')!;
  const status = t(`quiz.status.${q.status}`);
  const parts: Node[] = [el('strong', q.status === 'partial' ? `${status} ${t('quiz.credit', { percent: percent(q.score, 1) })}` : status)];
  for (const reason of pickedReasons(f)) {
    const span = document.createElement('span');
    span.append(...reason);
    parts.push(document.createTextNode(' '), span);
  }
  box.replaceChildren(...parts);
  box.className = `feedback ${q.status === 'correct' ? 'correct' : q.status === 'partial' ? 'partial' : 'wrong'}`;
  box.hidden = false;
  if (q.status !== 'ungraded') f.querySelector<HTMLDetailsElement>('details[data-answer]')!.open = true;
}

function showResult(box: HTMLElement, r: QuizResult, levelTitles: Record<string, string>, t: T): void {
  const levels = document.createElement('ul');
  for (const [id, s] of Object.entries(r.levels)) levels.append(el('li', t('quiz.levelScore', { level: levelTitles[id] ?? id, correct: s.correct, total: s.total })));
  const parts: Node[] = [
    el('h3', t('quiz.score', { points: r.score, count: r.max, percent: percent(r.score, r.max) })),
    el('p', t('quiz.fullyRight', { correct: r.correct, count: r.questions.length })),
    levels,
  ];
  if (r.ungraded) parts.push(el('p', t('quiz.pending', { count: r.ungraded })));
  box.replaceChildren(...parts);
  box.focus();
}
