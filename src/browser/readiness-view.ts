/**
 * Fills in the reader's lines of every `.readiness` card (src/components/progress/ReadinessCard.astro)
 * from the saved progress: signals met, quiz results at the level, the gaps, and each listed quiz's
 * standing, in the page's language (the `assessment.` strings). Text only (textContent), never HTML
 * from saved data.
 */
import { quizHeadline, readinessOf, signalsHeadline, type ReadinessLevel, type ReadinessTranslate } from '../lib/progress/readiness.ts';
import type { ProgressState } from '../lib/progress/shape.ts';

/** Updates one card. */
export function renderReadiness(card: HTMLElement, state: ProgressState, t: ReadinessTranslate): void {
  const level = JSON.parse(card.dataset.readiness ?? '{}') as ReadinessLevel;
  const r = readinessOf(state, level);
  const headline = card.querySelector<HTMLElement>('[data-headline]')!;
  headline.textContent = signalsHeadline(r, level.title, t);
  headline.hidden = false;
  const quizLine = card.querySelector<HTMLElement>('[data-quiz-line]')!;
  quizLine.textContent = quizHeadline(r, t);
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

  const standing = new Map(r.quiz.taken.map((s) => [s.quizId, s]));
  for (const el of card.querySelectorAll<HTMLElement>('[data-quiz-status]')) {
    const s = standing.get(el.dataset.quizStatus!);
    const text = !s
      ? t('assessment.readiness.quizNotTaken')
      : s.correct === s.total
        ? t('assessment.readiness.quizAllRight', { count: s.total })
        : t('assessment.readiness.quizRetake', { correct: s.correct, total: s.total });
    el.textContent = ` · ${text}`;
  }
  const closeTitle = card.querySelector<HTMLElement>('[data-close-title]');
  if (closeTitle) closeTitle.textContent = r.ready ? t('assessment.readiness.keepGoing') : t('assessment.readiness.closeGaps');
  card.dataset.readyState = r.ready ? 'ready' : r.assessed || r.quiz.taken.length ? 'gaps' : 'new';
}

/** Updates every card inside `root`. */
export function renderAllReadiness(root: ParentNode, state: ProgressState, t: ReadinessTranslate): void {
  for (const card of root.querySelectorAll<HTMLElement>('.readiness[data-readiness]')) renderReadiness(card, state, t);
}
