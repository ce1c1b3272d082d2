/**
 * <lb-quiz>: switches on a server-rendered quiz: restores and saves answers by quiz, question and
 * choice ids (lib/progress), so they survive reloads and edits of the quiz, and sets aside those
 * an edit made obsolete. Grading loads on the first "Check answers" (quiz-check.ts). Nothing
 * here re-shuffles: the order is the page's.
 */
import type { Answer } from '../lib/quiz/types.ts';
import { answersOf, saveAnswer } from '../lib/progress/answers.ts';
import { changeQuiz } from '../lib/progress/entries.ts';
import { reconcile, type QuizKeyQuestion } from '../lib/progress/reconcile.ts';
import { onProgressChange, progressStore, storageNotice } from './progress-store.ts';
import { readAnswer } from './read-answer.ts';
import type { CheckEventName, CheckRequest, QuizKeyWithLevels as Key } from './quiz-events.ts';

export class LadderbookQuiz extends HTMLElement {
  key!: Key;
  private form!: HTMLFormElement;
  private result!: HTMLElement;
  connectedCallback(): void {
    this.key = JSON.parse(this.dataset.key ?? '{}') as Key;
    this.form = this.querySelector('form')!;
    this.result = this.querySelector('.quiz-result')!;
    this.querySelector<HTMLElement>('.quiz-actions')!.hidden = false;
    this.dataset.ready = '';
    const store = progressStore();
    const moved = reconcile(store.state, { quizId: this.key.quiz, questions: this.questionIds() }, Date.now());
    if (moved.moved.length) store.update((s) => reconcile(s, { quizId: this.key.quiz, questions: this.questionIds() }, Date.now()).state);
    const notices = [
      storageNotice(store, this.dataset.progressUrl ?? ''),
      moved.moved.length
        ? `${moved.moved.length} saved answer${moved.moved.length === 1 ? '' : 's'} no longer matched this quiz after it was edited; they were kept aside with your progress, not deleted.`
        : undefined,
    ].filter(Boolean);
    if (notices.length) {
      const notice = this.querySelector<HTMLElement>('.quiz-notice')!;
      notice.textContent = notices.join(' ');
      notice.hidden = false;
    }
    this.restore();
    onProgressChange(() => this.restore());
    this.form.addEventListener('change', (e) => this.save(e.target as Element));
    this.form.addEventListener('input', (e) => {
      if ((e.target as Element).tagName === 'TEXTAREA') this.save(e.target as Element);
    });
    for (const d of this.querySelectorAll<HTMLDetailsElement>('details[data-model]')) {
      d.addEventListener('toggle', () => d.open && this.save(d));
    }
    this.form.addEventListener('submit', (e) => {
      e.preventDefault();
      this.check();
    });
    this.querySelector('[data-action="retry"]')!.addEventListener('click', () => this.retry());
  }

  private fieldsets(): HTMLFieldSetElement[] {
    return [...this.querySelectorAll<HTMLFieldSetElement>('fieldset[data-question]')];
  }

  /** The quiz's current ids, read from the page, for reconciling saved answers. */
  private questionIds(): QuizKeyQuestion[] {
    return this.fieldsets().map((f) => ({
      id: f.dataset.question!,
      type: f.dataset.type as QuizKeyQuestion['type'],
      ids: [...f.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input[value]:not([type=hidden]), select[data-item]')].map(
        (el) => (el instanceof HTMLSelectElement ? el.dataset.item! : el.value),
      ),
    }));
  }

  /** Puts saved answers back into the form. */
  restore(): void {
    const saved = answersOf(progressStore().state, this.key.quiz);
    for (const f of this.fieldsets()) {
      const a = saved[f.dataset.question!];
      if (!a) continue;
      if (a.type === 'single' || a.type === 'multiple') {
        const picked = new Set(a.type === 'single' ? [a.choice] : a.choices);
        for (const i of f.querySelectorAll<HTMLInputElement>('input')) i.checked = picked.has(i.value);
      } else if (a.type === 'order') {
        for (const s of f.querySelectorAll<HTMLSelectElement>('select[data-item]')) s.value = String(a.order.indexOf(s.dataset.item!) + 1);
      } else {
        f.querySelector('textarea')!.value = a.text;
        f.querySelector<HTMLDetailsElement>('details[data-model]')!.open = a.revealed;
        for (const i of f.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) i.checked = a.ticked.includes(i.value);
      }
    }
  }

  private save(target: Element): void {
    const f = target.closest<HTMLFieldSetElement>('fieldset[data-question]');
    const answer = f && readAnswer(f);
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
      const a = readAnswer(f);
      if (a) answers[f.dataset.question!] = a;
    }
    this.result.replaceChildren(); // the new result replaces it once graded
    const detail: CheckRequest = { key: this.key, answers };
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
