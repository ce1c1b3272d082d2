/** Fills in `[data-latest-score="<quiz id>"]` with the reader's latest score for that quiz. */
import { latestScore } from '../lib/progress/scores.ts';
import { onProgressChange, progressStore } from './progress-store.ts';

function fill(): void {
  const state = progressStore().state;
  for (const el of document.querySelectorAll<HTMLElement>('[data-latest-score]')) {
    const score = latestScore(state, el.dataset.latestScore!);
    el.textContent = score ? ` · latest score ${Math.round((score.score / score.max) * 100)}%` : '';
  }
}
fill();
onProgressChange(fill);
