/**
 * <lb-quiz>: switches on a server-rendered quiz: restores and saves answers by quiz, question and
 * choice ids (lib/progress), so they survive reloads and edits of the quiz, and sets aside those
 * an edit made obsolete. It loads the code of just the question kinds the quiz uses; grading loads
 * on the first "Check answers" (quiz-check.ts). Nothing here re-shuffles: the order is the page's.
 * Its words (the page's language) load beside the kinds' code, not with the page: a notice is rare,
 * and the strings are in the browser's cache by the time "Check answers" needs them.
 */
import { loadClients, type Clients } from '../lib/quiz/kinds/loaders.ts';
import type { Answer } from '../lib/quiz/types.ts';
import { answersOf, saveAnswer } from '../lib/progress/answers.ts';
import { changeQuiz } from '../lib/progress/entries.ts';
import { reconcile } from '../lib/progress/reconcile.ts';
import { onProgressChange, progressStore, storageNotice } from './progress-store.ts';
import { readAnswer, writeAnswer } from './quiz-form.ts';
import type { CheckEventName, CheckRequest, QuizKeyWithLevels as Key } from './quiz-events.ts';
import type { GroupTranslate } from './strings.ts';

export class LadderbookQuiz extends HTMLElement {
  key!: Key;
  private form!: HTMLFormElement;
  private result!: HTMLElement;
  private clients: Clients = {};

  connectedCallback(): void {
    this.key = JSON.parse(this.querySelector('script[data-key]')?.textContent ?? '{}') as Key;
    this.form = this.querySelector('form')!;
    this.result = this.querySelector('.quiz-result')!;
    const moved = this.reconcileSaved();
    const words = import('./strings.ts').then((m) => m.strings('quiz'));
    void Promise.all([loadClients(this.key.questions.map((q) => q.type)), words]).then(([clients, t]) => {
      this.notify(moved, t);
      this.clients = clients;
      this.restore();
      onProgressChange(() => this.restore());
      this.listen();
      this.querySelector<HTMLElement>('.quiz-actions')!.hidden = false;
      this.dataset.ready = '';
    });
  }

  /** Moves saved answers that an edit of the quiz made obsolete aside; returns how many. */
  private reconcileSaved(): number {
    const store = progressStore();
    const { moved } = reconcile(store.state, this.key, Date.now());
    if (moved.length) store.update((s) => reconcile(s, this.key, Date.now()).state);
    return moved.length;
  }

  private notify(moved: number, t: GroupTranslate<'quiz'>): void {
    const notices = [storageNotice(progressStore(), t, this.dataset.progressUrl ?? ''), moved ? t('quiz.setAside', { count: moved }) : undefined].filter(Boolean);
    if (!notices.length) return;
    const notice = this.querySelector<HTMLElement>('.quiz-notice')!;
    notice.textContent = notices.join(' ');
    notice.hidden = false;
  }

  private listen(): void {
    this.form.addEventListener('change', (e) => this.save(e.target as Element));
    this.form.addEventListener('input', (e) => {
      if ((e.target as Element).tagName === 'TEXTAREA') this.save(e.target as Element);
    });
    for (const d of this.querySelectorAll<HTMLDetailsElement>('details[data-name]')) d.addEventListener('toggle', () => this.save(d));
    this.form.addEventListener('submit', (e) => {
      e.preventDefault();
      this.check();
    });
    this.querySelector('[data-action="retry"]')!.addEventListener('click', () => this.retry());
  }

  private fieldsets(): HTMLFieldSetElement[] {
    return [...this.querySelectorAll<HTMLFieldSetElement>('fieldset[data-question]')];
  }

  /** Puts saved answers back into the form. */
  restore(): void {
    const saved = answersOf(progressStore().state, this.key.quiz);
    for (const f of this.fieldsets()) {
      const answer = saved[f.dataset.question!];
      if (answer) writeAnswer(f, answer, this.clients);
    }
  }

  private save(target: Element): void {
    const f = target.closest<HTMLFieldSetElement>('fieldset[data-question]');
    const answer = f && readAnswer(f, this.clients);
    if (f && answer) progressStore().update((s) => saveAnswer(s, this.key.quiz, f.dataset.question!, answer, Date.now()));
  }

  /**
   * Asks for grading: page.ts loads quiz-check.ts on the first request and grades, shows the
   * feedback and saves the attempt. (page.ts does every lazy import, so the module-loading
   * helper the bundler adds for them lives in one chunk instead of costing every page a file.)
   */
  check(): void {
    const answers: Record<string, Answer> = {};
    for (const f of this.fieldsets()) {
      const a = readAnswer(f, this.clients);
      if (a) answers[f.dataset.question!] = a;
    }
    this.result.replaceChildren(); // the new result replaces it once graded
    const detail: CheckRequest = { key: this.key, answers, clients: this.clients };
    this.dispatchEvent(new CustomEvent('lb-quiz-check' satisfies CheckEventName, { bubbles: true, detail }));
  }

  /** Clears the form and this quiz's saved answers; past scores stay. */
  retry(): void {
    this.form.reset();
    for (const d of this.querySelectorAll('details')) d.open = false;
    for (const b of this.querySelectorAll<HTMLElement>('[data-feedback]')) b.hidden = true;
    this.result.textContent = '';
    progressStore().update((s) => changeQuiz(s, this.key.quiz, Date.now(), (e) => ({ ...e, answers: {} })));
    this.fieldsets()[0]?.querySelector<HTMLElement>('input, select, textarea')?.focus();
  }
}

if (!customElements.get('lb-quiz')) customElements.define('lb-quiz', LadderbookQuiz);
