/**
 * Fills in the rows of the quiz table on /progress/: latest score overall and per level, review
 * schedule, in the page's language (the `progress.` strings; dates and percentages by `Intl`).
 */
import { dueForReview } from '../lib/progress/review.ts';
import type { ProgressState } from '../lib/progress/shape.ts';
import type { GroupTranslate } from './strings.ts';

/** "5 Jan" (with the year when it is not this year's), as the page's language writes it. */
export function shortDate(ms: number): string {
  const d = new Date(ms);
  const sameYear = d.getFullYear() === new Date().getFullYear();
  return d.toLocaleDateString(document.documentElement.lang, { day: 'numeric', month: 'short', ...(sameYear ? {} : { year: 'numeric' }) });
}

/** "20%", "20 %": a share as the page's language writes it. */
function percent(score: number, max: number): string {
  return new Intl.NumberFormat(document.documentElement.lang, { style: 'percent' }).format(max ? Math.round((score / max) * 100) / 100 : 0);
}

function line(text: string, className: string): HTMLSpanElement {
  const span = document.createElement('span');
  span.className = className;
  span.textContent = text;
  return span;
}

/**
 * "Staff Engineer: 1 of 2" from the message worded with the level's place marked by U+0000: the
 * level's name and the figures each stay on one line, so a narrow column breaks the line between
 * them ("Staff Engineer:" / "1 of 2"), not inside either.
 */
function levelLine(worded: string, level: string): HTMLSpanElement {
  const [before = '', after = ''] = worded.split('\u0000');
  const span = line(before, 'level-line');
  const [, lead = '', gap = '', figures = after] = /^(\S*)(\s+)(.*)$/su.exec(after) ?? [];
  span.append(line(level, 'keep'), lead, gap, line(figures, 'keep'));
  return span;
}

/**
 * Updates every `tr[data-quiz]` under `root`. Rows of quizzes with nothing saved are hidden and listed
 * as links in `[data-untaken]` instead, so the table shows only what the reader did.
 */
export function renderQuizRows(root: ParentNode, state: ProgressState, levelTitles: Record<string, string>, now: number, t: GroupTranslate<'progress'>): void {
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
      const facts = [t('progress.points', { score: latest.score, count: latest.max }), shortDate(latest.at), tries > 1 ? t('progress.attempts', { count: tries }) : ''].filter(Boolean);
      // Each fact stays on one line; a long language wraps between them.
      const detail = line('', 'score-detail');
      detail.append(...facts.flatMap((fact, i) => [...(i ? [' · '] : []), line(fact, 'fact')]));
      score.replaceChildren(`${percent(latest.score, latest.max)} `, detail);
      const perLevel = Object.entries(latest.levels).map(([id, tally]) => levelLine(t('progress.levelScore', { level: '\u0000', correct: tally.correct, total: tally.total }), levelTitles[id] ?? id));
      if (perLevel.length) levels.replaceChildren(...perLevel);
      else levels.textContent = '—';
    } else {
      score.textContent = entry && Object.keys(entry.answers).length ? t('progress.started') : t('progress.notTaken');
      levels.textContent = '—';
    }
    if (review) {
      const dueHere = due.filter((d) => d.quizId === quizId).length;
      const waiting = Object.values(entry?.review ?? {}).filter((r) => r.due > now);
      const next = waiting.length ? Math.min(...waiting.map((r) => r.due)) : undefined;
      const parts = [dueHere ? t('progress.dueNow', { count: dueHere }) : '', next !== undefined ? t('progress.nextReview', { count: waiting.length, date: shortDate(next) }) : ''];
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
    rest.querySelector('[data-untaken-summary]')!.textContent = t('progress.untaken', { count: untaken.length });
    rest.querySelector('ul')!.replaceChildren(...untaken);
  }
}
