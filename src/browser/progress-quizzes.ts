/** Fills in the rows of the quiz table on /progress/: latest score overall and per level, review schedule. */
import { formatPoints } from '../lib/quiz/grade.ts';
import { dueForReview } from '../lib/progress/review.ts';
import type { ProgressState } from '../lib/progress/shape.ts';

/** "5 Jan" (with the year when it is not this year's). */
export function shortDate(ms: number): string {
  const d = new Date(ms);
  const sameYear = d.getFullYear() === new Date().getFullYear();
  return d.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', ...(sameYear ? {} : { year: 'numeric' }) });
}

const pct = (score: number, max: number) => (max ? Math.round((score / max) * 100) : 0);

function line(text: string, className: string): HTMLSpanElement {
  const span = document.createElement('span');
  span.className = className;
  span.textContent = text;
  return span;
}

/**
 * Updates every `tr[data-quiz]` under `root`. Rows of quizzes with nothing saved are hidden and listed
 * as links in `[data-untaken]` instead, so the table shows only what the reader did.
 */
export function renderQuizRows(root: ParentNode, state: ProgressState, levelTitles: Record<string, string>, now: number): void {
  const due = dueForReview(state, now);
  const untaken: HTMLLIElement[] = [];
  for (const row of root.querySelectorAll<HTMLTableRowElement>('tr[data-quiz]')) {
    const quizId = row.dataset.quiz!;
    const entry = state.quizzes[quizId];
    const latest = entry?.latest;
    const score = row.querySelector<HTMLElement>('[data-score]')!;
    const levels = row.querySelector<HTMLElement>('[data-levels]')!;
    const review = row.querySelector<HTMLElement>('[data-review]');
    row.toggleAttribute('data-taken', Boolean(latest));
    row.hidden = !entry;
    if (!entry) {
      const li = document.createElement('li');
      li.append(row.querySelector('th a')!.cloneNode(true));
      untaken.push(li);
    }
    if (latest) {
      const tries = entry.attempts.length;
      score.replaceChildren(
        `${pct(latest.score, latest.max)}% `,
        line(`${formatPoints(latest.score, latest.max)} · ${shortDate(latest.at)}${tries > 1 ? ` · ${tries} attempts` : ''}`, 'score-detail'),
      );
      const perLevel = Object.entries(latest.levels).map(([id, t]) => line(`${levelTitles[id] ?? id}: ${t.correct} of ${t.total}`, 'level-line'));
      if (perLevel.length) levels.replaceChildren(...perLevel);
      else levels.textContent = '—';
    } else {
      score.textContent = entry && Object.keys(entry.answers).length ? 'Started, not checked yet' : 'Not taken yet';
      levels.textContent = '—';
    }
    if (review) {
      const dueHere = due.filter((d) => d.quizId === quizId).length;
      const waiting = Object.values(entry?.review ?? {}).filter((r) => r.due > now);
      const next = waiting.length ? Math.min(...waiting.map((r) => r.due)) : undefined;
      const parts = [dueHere ? `${dueHere} due now` : '', next !== undefined ? `${waiting.length} on ${shortDate(next)}${waiting.length > 1 ? ' or later' : ''}` : ''];
      review.textContent = parts.filter(Boolean).join(' · ') || '—';
    }
    row.querySelector<HTMLElement>('[data-reset-quiz]')!.hidden = !entry;
  }
  const rows = root.querySelectorAll('tr[data-quiz]').length;
  const table = root.querySelector<HTMLElement>('table.quiz-progress');
  if (table) table.hidden = untaken.length === rows;
  const none = root.querySelector<HTMLElement>('[data-no-quizzes]');
  if (none) none.hidden = untaken.length < rows;
  const rest = root.querySelector<HTMLDetailsElement>('[data-untaken]');
  if (rest) {
    rest.hidden = untaken.length === 0;
    rest.querySelector('[data-untaken-summary]')!.textContent = `${untaken.length} quiz${untaken.length === 1 ? '' : 'zes'} not taken yet`;
    rest.querySelector('ul')!.replaceChildren(...untaken);
  }
}
