/**
 * <lb-review>: spaced review. Lists the questions due (lib/progress dueForReview), fetches the pages
 * of just the quizzes they come from, clones those questions' server-rendered fieldsets into one
 * form, and grades them with the quiz engine (lib/quiz/grade) against the answer key embedded in
 * each quiz page. Outcomes move each question along the 1-3-7-day schedule (recordOutcome); quiz
 * scores and saved quiz answers are left alone.
 *
 * Why fetch instead of rendering every question into this page: the whole question catalogue is
 * ~500 KB of HTML, while a review usually touches one to three quiz pages (~25 KB, ~7 KB gzipped
 * each, often already cached), and this page stays ~13 KB.
 */
import { plural } from '../lib/shared/plural.ts';
import { gradeQuestion } from '../lib/quiz/grade.ts';
import { loadClients, type Clients } from '../lib/quiz/kinds/loaders.ts';
import type { AnswerKey, AnswerKeyEntry, QuestionResult } from '../lib/quiz/types.ts';
import { DAY_MS, dueForReview, recordOutcome, type DueReview } from '../lib/progress/review.ts';
import type { ProgressState } from '../lib/progress/shape.ts';
import { onProgressChange, progressStore, storageNotice } from './progress-store.ts';
import { readAnswer } from './quiz-form.ts';

interface QuizLink {
  title: string;
  url: string;
}

interface Item {
  due: DueReview;
  entry: AnswerKeyEntry;
  fieldset: HTMLFieldSetElement;
}

const STATUS_TEXT: Record<QuestionResult['status'], string> = {
  correct: 'Correct.',
  partial: 'Partly right.',
  wrong: 'Not quite.',
  unanswered: 'Not answered: it stays due.',
  ungraded: 'Reveal the model answer and tick what you covered to score this one.',
};

function when(due: number, now: number): string {
  const days = Math.round((due - now) / DAY_MS);
  const date = new Date(due).toLocaleDateString('en-GB', { weekday: 'short', day: 'numeric', month: 'short' });
  return days <= 1 ? `tomorrow (${date})` : `in ${days} days (${date})`;
}

export class LadderbookReview extends HTMLElement {
  private quizzes: Record<string, QuizLink> = {};
  private items: Item[] = [];
  /** The code of the question kinds on the form. */
  private clients: Clients = {};
  /** True once the reader started answering: other tabs' changes then no longer rebuild the form. */
  private busy = false;

  connectedCallback(): void {
    this.quizzes = JSON.parse(this.dataset.quizzes ?? '{}') as Record<string, QuizLink>;
    this.dataset.ready = '';
    const notice = storageNotice(progressStore(), this.dataset.progressUrl ?? '');
    if (notice) {
      const box = this.querySelector<HTMLElement>('[data-notice]')!;
      box.textContent = notice;
      box.hidden = false;
    }
    const form = this.querySelector('form')!;
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      this.check();
    });
    form.addEventListener('input', () => (this.busy = true));
    onProgressChange((state) => {
      if (!this.busy) void this.load(state);
    });
    void this.load(progressStore().state);
  }

  private status(text: string): void {
    this.querySelector('[data-review-status]')!.textContent = text;
  }

  /** Lists what is due and builds the review form. */
  async load(state: ProgressState): Promise<void> {
    const now = Date.now();
    const due = dueForReview(state, now);
    const form = this.querySelector('form')!;
    const list = this.querySelector<HTMLElement>('[data-review-items]')!;
    if (due.length === 0) {
      const waiting = Object.values(state.quizzes).flatMap((q) => Object.values(q.review));
      const next = waiting.length ? Math.min(...waiting.map((r) => r.due)) : undefined;
      this.status(
        next === undefined
          ? 'Nothing to review. Questions you answer wrong in a quiz come back here after a day.'
          : waiting.length === 1
            ? `Nothing is due now. 1 question comes back ${when(next, now)}.`
            : `Nothing is due now. ${waiting.length} questions are waiting; the first comes back ${when(next, now)}.`,
      );
      form.hidden = true;
      list.replaceChildren();
      this.items = [];
      return;
    }
    const quizIds = [...new Set(due.map((d) => d.quizId))];
    this.status(`${plural(due.length, 'question')} due, from ${plural(quizIds.length, 'quiz', 'quizzes')}. Loading…`);
    const pages = await Promise.all(quizIds.map((id) => this.fetchQuiz(id)));
    const items: Item[] = [];
    const groups: HTMLElement[] = [];
    let missing = 0;
    quizIds.forEach((quizId, i) => {
      const page = pages[i];
      const group = document.createElement('section');
      group.className = 'review-group';
      const heading = document.createElement('h2');
      const link = document.createElement('a');
      link.href = this.quizzes[quizId]?.url ?? '#';
      link.textContent = this.quizzes[quizId]?.title ?? quizId;
      heading.append('From ', link);
      group.append(heading);
      for (const d of due.filter((x) => x.quizId === quizId)) {
        const entry = page?.key.questions.find((q) => q.id === d.questionId);
        const source = page?.doc.querySelector<HTMLFieldSetElement>(`fieldset[data-question="${CSS.escape(d.questionId)}"]`);
        if (!entry || !source) {
          missing++;
          continue;
        }
        const fieldset = document.importNode(source, true);
        group.append(fieldset);
        items.push({ due: d, entry, fieldset });
      }
      if (group.querySelector('fieldset')) groups.push(group);
    });
    this.clients = await loadClients(items.map((item) => item.entry.type));
    this.items = items;
    list.replaceChildren(...groups);
    form.hidden = items.length === 0;
    const gone = missing ? ` ${missing} could not be loaded (offline, or the quiz changed); they stay due.` : '';
    this.status(`${plural(items.length, 'question')} due for review.${gone}`);
  }

  private async fetchQuiz(quizId: string): Promise<{ doc: Document; key: AnswerKey } | undefined> {
    const url = this.quizzes[quizId]?.url;
    if (!url) return undefined;
    try {
      const response = await fetch(url);
      if (!response.ok) return undefined;
      // Parse only the quiz element: the whole page's <style>s would trip this page's CSP in the parser.
      const html = await response.text();
      const start = html.indexOf('<lb-quiz');
      const end = html.indexOf('</lb-quiz>');
      if (start < 0 || end < 0) return undefined;
      const doc = new DOMParser().parseFromString(html.slice(start, end + '</lb-quiz>'.length), 'text/html');
      const key = JSON.parse(doc.querySelector('lb-quiz script[data-key]')?.textContent ?? 'null') as AnswerKey | null;
      return key ? { doc, key } : undefined;
    } catch {
      return undefined;
    }
  }

  /** Grades every question on the form and moves each graded one along its schedule. */
  check(): void {
    const now = Date.now();
    const graded = this.items.map((item) => ({ item, result: gradeQuestion(item.entry, readAnswer(item.fieldset, this.clients), this.clients) }));
    const state = progressStore().update((s) => {
      let next = s;
      for (const { item, result } of graded) {
        if (result.status === 'unanswered' || result.status === 'ungraded') continue;
        next = recordOutcome(next, item.due.quizId, item.due.questionId, result.correct, now);
      }
      return next;
    });
    for (const { item, result } of graded) this.feedback(item, result, state, now);
    const right = graded.filter((g) => g.result.correct).length;
    const result = this.querySelector<HTMLElement>('[data-review-result]')!;
    result.textContent = `${right} of ${graded.length} right. Right answers come back later and later until you know them; wrong ones come back tomorrow.`;
    result.focus();
  }

  private feedback(item: Item, result: QuestionResult, state: ProgressState, now: number): void {
    const f = item.fieldset;
    const box = f.querySelector<HTMLElement>('[data-feedback]')!;
    const strong = document.createElement('strong');
    strong.textContent = STATUS_TEXT[result.status];
    const parts: (Node | string)[] = [strong];
    // The reason for each picked option is already in the question, in its answer's <details>.
    for (const input of f.querySelectorAll<HTMLInputElement>('input:checked')) {
      const why = f.querySelector(`[data-why="${CSS.escape(input.value)}"]`);
      if (why) parts.push(' ', ...[...why.childNodes].map((n) => n.cloneNode(true)));
    }
    if (result.status !== 'unanswered' && result.status !== 'ungraded') {
      const schedule = state.quizzes[item.due.quizId]?.review[item.due.questionId];
      const next = document.createElement('span');
      next.className = 'review-next';
      next.textContent = schedule ? `Next review: ${when(schedule.due, now)}.` : 'Learned: it leaves the review.';
      parts.push(next);
    }
    box.replaceChildren(...parts);
    box.className = `feedback ${result.status === 'correct' ? 'correct' : result.status === 'partial' ? 'partial' : 'wrong'}`;
    box.hidden = false;
    if (result.status !== 'ungraded' && result.status !== 'unanswered') f.querySelector<HTMLDetailsElement>('details[data-answer]')!.open = true;
  }
}

if (!customElements.get('lb-review')) customElements.define('lb-review', LadderbookReview);
