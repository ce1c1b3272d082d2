/** Fills in `[data-latest-score="<quiz id>"]` with the reader's latest score for that quiz, in the page's language. */
import { latestScore } from '../lib/progress/scores.ts';
import { onProgressChange, progressStore } from './progress-store.ts';
import { strings, type GroupTranslate } from './strings.ts';

function fill(t: GroupTranslate<'quiz'>): void {
  const state = progressStore().state;
  for (const el of document.querySelectorAll<HTMLElement>('[data-latest-score]')) {
    const score = latestScore(state, el.dataset.latestScore!);
    el.textContent = score ? ` · ${t('quiz.latestScore', { percent: Math.round((score.score / score.max) * 100) })}` : '';
  }
}

void strings('quiz').then((t) => {
  fill(t);
  onProgressChange(() => fill(t));
});
