/**
 * What "Check answers" does, loaded on the first click so quiz pages load only what restoring
 * and saving answers needs: grade with the shared pure module, save the score and the review
 * schedule, show feedback per question and the score, and move focus to the result.
 */
import { plural } from '../lib/shared/plural.ts';
import { formatLevelScore, formatPoints, gradeQuiz } from '../lib/quiz/grade.ts';
import type { Clients } from '../lib/quiz/kinds/loaders.ts';
import type { QuestionResult, QuizResult } from '../lib/quiz/types.ts';
import { recordOutcome } from '../lib/progress/review.ts';
import { recordScore } from '../lib/progress/scores.ts';
import { progressStore } from './progress-store.ts';
import type { CheckRequest, QuizKeyWithLevels as Key } from './quiz-events.ts';

const STATUS_TEXT = {
  correct: 'Correct.',
  partial: 'Partly right.',
  wrong: 'Not quite.',
  unanswered: 'Not answered.',
  ungraded: 'Reveal the model answer and tick what you covered to score this one.',
};

/** Grades `answers` (by question id), saves the attempt and shows the outcome inside `quiz`. */
export function checkQuiz(quiz: HTMLElement, key: Key, answers: CheckRequest['answers'], clients: Clients): QuizResult {
  const result = gradeQuiz(key, answers, clients);
  const now = Date.now();
  progressStore().update((s) => {
    let next = recordScore(s, key.quiz, result, now);
    for (const q of result.questions) {
      if (q.status !== 'unanswered' && q.status !== 'ungraded') next = recordOutcome(next, key.quiz, q.id, q.correct, now);
    }
    return next;
  });
  for (const q of result.questions) showFeedback(quiz, q);
  showResult(quiz.querySelector<HTMLElement>('.quiz-result')!, result, key.levels);
  return result;
}

function showFeedback(quiz: HTMLElement, q: QuestionResult): void {
  const f = quiz.querySelector<HTMLFieldSetElement>(`fieldset[data-question="${CSS.escape(q.id)}"]`)!;
  const box = f.querySelector<HTMLElement>('[data-feedback]')!;
  const parts = [`<strong>${STATUS_TEXT[q.status]}${q.status === 'partial' ? ` ${Math.round(q.score * 100)}% of the credit.` : ''}</strong>`];
  // The reason for each picked option is already in the page, in the answer's <details>.
  for (const input of f.querySelectorAll<HTMLInputElement>('input:checked')) {
    const why = f.querySelector(`[data-why="${CSS.escape(input.value)}"]`);
    if (why) parts.push(`<span>${why.innerHTML}</span>`);
  }
  box.innerHTML = parts.join(' ');
  box.className = `feedback ${q.status === 'correct' ? 'correct' : q.status === 'partial' ? 'partial' : 'wrong'}`;
  box.hidden = false;
  if (q.status !== 'ungraded') f.querySelector<HTMLDetailsElement>('details[data-answer]')!.open = true;
}

function showResult(box: HTMLElement, r: QuizResult, levelTitles: Record<string, string>): void {
  const pct = r.max ? Math.round((r.score / r.max) * 100) : 0;
  const levels = Object.entries(r.levels)
    .map(([id, s]) => `<li>${formatLevelScore(levelTitles[id] ?? id, s)}</li>`)
    .join('');
  const pending = r.ungraded ? `<p>${plural(r.ungraded, 'written answer')} still to compare with the model answer.</p>` : '';
  box.innerHTML = `<h3>Your score: ${formatPoints(r.score, r.max)} (${pct}%)</h3><p>${r.correct} of ${r.questions.length} questions fully right.</p><ul>${levels}</ul>${pending}`;
  box.focus();
}
