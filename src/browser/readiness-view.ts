/**
 * Fills in the reader's lines of every `.readiness` card (src/components/progress/ReadinessCard.astro)
 * from the saved progress: signals met, quiz results at the level, the gaps, and each listed quiz's
 * standing. Text only (textContent), never HTML from saved data.
 */
import { quizHeadline, readinessOf, signalsHeadline, type ReadinessLevel } from '../lib/progress/readiness.ts';
import type { ProgressState } from '../lib/progress/shape.ts';

/** Updates one card. */
export function renderReadiness(card: HTMLElement, state: ProgressState): void {
  const level = JSON.parse(card.dataset.readiness ?? '{}') as ReadinessLevel;
  const r = readinessOf(state, level);
  const headline = card.querySelector<HTMLElement>('[data-headline]')!;
  headline.textContent = `${signalsHeadline(r, level.title)}.`;
  headline.hidden = false;
  const quizLine = card.querySelector<HTMLElement>('[data-quiz-line]')!;
  quizLine.textContent = quizHeadline(r);
  // No line at all where no quiz tests the level (or quizzes are switched off).
  quizLine.hidden = level.quizzes.length === 0;

  const gaps = card.querySelector<HTMLElement>('[data-gaps]')!;
  const list = gaps.querySelector('ul')!;
  list.replaceChildren(
    ...r.gaps.map((g) => {
      const li = document.createElement('li');
      li.textContent = g.text;
      return li;
    }),
  );
  gaps.hidden = !r.assessed || r.gaps.length === 0;

  const standing = new Map(r.quiz.taken.map((t) => [t.quizId, t]));
  for (const el of card.querySelectorAll<HTMLElement>('[data-quiz-status]')) {
    const t = standing.get(el.dataset.quizStatus!);
    el.textContent = !t ? ' · not taken yet' : t.correct === t.total ? ` · all ${t.total} right` : ` · ${t.correct} of ${t.total} right: retake it`;
  }
  const closeTitle = card.querySelector<HTMLElement>('[data-close-title]');
  if (closeTitle) closeTitle.textContent = r.ready ? 'To keep going:' : 'What closes the gaps:';
  card.dataset.readyState = r.ready ? 'ready' : r.assessed || r.quiz.taken.length ? 'gaps' : 'new';
}

/** Updates every card inside `root`. */
export function renderAllReadiness(root: ParentNode, state: ProgressState): void {
  for (const card of root.querySelectorAll<HTMLElement>('.readiness[data-readiness]')) renderReadiness(card, state);
}
