/**
 * <lb-review>: spaced review. Lists the questions due (lib/progress dueForReview), fetches the pages
 * of just the quizzes they come from, clones those questions' server-rendered fieldsets into one
 * form, and grades them with the quiz engine (lib/quiz/grade) against the answer key embedded in
 * each quiz page. Outcomes move each question along the 1-3-7-day schedule (recordOutcome); quiz
 * scores and saved quiz answers are left alone.
 *
 * Why fetch instead of rendering every question into this page: the whole question catalogue is
 * ~500 KB of HTML, while a review usually touches one to three quiz pages (~25 KB, ~7 KB gzipped
 * each, often already cached), and this page stays ~13 KB. The quiz pages are those of the page's
 * language (data-quizzes), so the questions come in it; the messages here are its too.
 */
import { gradeQuestion } from '../lib/quiz/grade.ts';
import { loadClients, type Clients } from '../lib/quiz/kinds/loaders.ts';
import type { AnswerKey, AnswerKeyEntry, QuestionResult } from '../lib/quiz/types.ts';
import { DAY_MS, dueForReview, recordOutcome, type DueReview } from '../lib/progress/review.ts';
import type { ProgressState } from '../lib/progress/shape.ts';
import { onProgressChange, progressStore, storageNotice } from './progress-store.ts';
import { readAnswer } from './quiz-form.ts';
import { pickedReasons } from './quiz-reasons.ts';
import { strings, type GroupTranslate } from './strings.ts';

interface QuizLink {
  title: string;
  url: string;
  /** The title's language when the quiz is not translated into the page's. */
  lang?: string;
}

/** The review's words: the quiz group's statuses and the review group's messages. */
interface Words {
  quiz: GroupTranslate<'quiz'>;
  review: GroupTranslate<'review'>;
}

interface Item {
  due: DueReview;
  entry: AnswerKeyEntry;
  fieldset: HTMLFieldSetElement;
}

function statusText(status: QuestionResult['status'], t: Words): string {
  return status === 'unanswered' ? t.review('review.status.unanswered') : t.quiz(`quiz.status.${status}`);
}

/** When a question comes back: "tomorrow (Tue, Jan 6)", "in 3 days (Fri, Jan 9)", dates as the page's language writes them. */
function when(due: number, now: number, t: Words): string {
  const days = Math.round((due - now) / DAY_MS);
  const date = new Date(due).toLocaleDateString(document.documentElement.lang || undefined, { weekday: 'short', day: 'numeric', month: 'short' });
  return days <= 1 ? t.review('review.tomorrow', { date }) : t.review('review.inDays', { count: days, date });
}

export class LadderbookReview extends HTMLElement {
  private quizzes: Record<string, QuizLink> = {};
  private items: Item[] = [];
  /** The code of the question kinds on the form. */
  private clients: Clients = {};
  /** True once the reader started answering: other tabs' changes then no longer rebuild the form. */
  private busy = false;
  /** The page language's words, loaded once. */
  private words!: Promise<Words>;

  connectedCallback(): void {
    this.words = Promise.all([strings('quiz'), strings('review')]).then(([quiz, review]) => ({ quiz, review }));
    this.quizzes = JSON.parse(this.dataset.quizzes ?? '{}') as Record<string, QuizLink>;
    this.dataset.ready = '';
    void this.words.then(({ review }) => {
      const notice = storageNotice(progressStore(), review, this.dataset.progressUrl ?? '');
      if (!notice) return;
      const box = this.querySelector<HTMLElement>('[data-notice]')!;
      box.textContent = notice;
      box.hidden = false;
    });
    const form = this.querySelector('form')!;
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      void this.check();
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
    const t = await this.words;
    const now = Date.now();
    const due = dueForReview(state, now);
    const form = this.querySelector('form')!;
    const list = this.querySelector<HTMLElement>('[data-review-items]')!;
    if (due.length === 0) {
      const waiting = Object.values(state.quizzes).flatMap((q) => Object.values(q.review));
      const next = waiting.length ? Math.min(...waiting.map((r) => r.due)) : undefined;
      this.status(next === undefined ? t.review('review.nothing') : t.review('review.waiting', { count: waiting.length, when: when(next, now, t) }));
      form.hidden = true;
      list.replaceChildren();
      this.items = [];
      return;
    }
    const quizIds = [...new Set(due.map((d) => d.quizId))];
    this.status(t.review('review.loading', { count: due.length, quizzes: t.review('review.quizzes', { count: quizIds.length }) }));
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
      if (this.quizzes[quizId]?.lang) link.lang = this.quizzes[quizId].lang;
      // "From {quiz}": the words around the link in the page's order.
      const [before = '', after = ''] = t.review('review.from', { quiz: '\u0000' }).split('\u0000');
      heading.append(before, link, after);
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
    const dueText = t.review('review.due', { count: items.length });
    this.status(missing ? `${dueText} ${t.review('review.missing', { count: missing })}` : dueText);
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
  async check(): Promise<void> {
    const t = await this.words;
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
    for (const { item, result } of graded) this.feedback(item, result, state, now, t);
    const right = graded.filter((g) => g.result.correct).length;
    const result = this.querySelector<HTMLElement>('[data-review-result]')!;
    result.textContent = t.review('review.result', { right, count: graded.length });
    result.focus();
  }

  private feedback(item: Item, result: QuestionResult, state: ProgressState, now: number, t: Words): void {
    const f = item.fieldset;
    const box = f.querySelector<HTMLElement>('[data-feedback]')!;
    const strong = document.createElement('strong');
    strong.textContent = statusText(result.status, t);
    const parts: (Node | string)[] = [strong];
    for (const reason of pickedReasons(f)) parts.push(' ', ...reason);
    if (result.status !== 'unanswered' && result.status !== 'ungraded') {
      const schedule = state.quizzes[item.due.quizId]?.review[item.due.questionId];
      const next = document.createElement('span');
      next.className = 'review-next';
      next.textContent = schedule ? t.review('review.next', { when: when(schedule.due, now, t) }) : t.review('review.learned');
      parts.push(next);
    }
    box.replaceChildren(...parts);
    box.className = `feedback ${result.status === 'correct' ? 'correct' : result.status === 'partial' ? 'partial' : 'wrong'}`;
    box.hidden = false;
    if (result.status !== 'ungraded' && result.status !== 'unanswered') f.querySelector<HTMLDetailsElement>('details[data-answer]')!.open = true;
  }
}

if (!customElements.get('lb-review')) customElements.define('lb-review', LadderbookReview);
