/**
 * <lb-quiz>: switches on a server-rendered quiz. Grading is the shared pure module
 * (lib/quiz/grade); answers are saved by quiz, question and choice ids (lib/progress), so they
 * survive reloads and edits of the quiz. Nothing here re-shuffles: the order is the page's.
 */
import { gradeQuiz } from '../lib/quiz/grade.ts';
import type { Answer, AnswerKey, QuestionResult, QuizResult } from '../lib/quiz/types.ts';
import { answersOf, saveAnswer } from '../lib/progress/answers.ts';
import { changeQuiz } from '../lib/progress/entries.ts';
import { reconcile, type QuizKeyQuestion } from '../lib/progress/reconcile.ts';
import { recordOutcome } from '../lib/progress/review.ts';
import { recordScore } from '../lib/progress/scores.ts';
import { onProgressChange, progressStore, storageNotice } from './progress-store.ts';

type Key = AnswerKey & { levels: Record<string, string> };

const STATUS_TEXT = { correct: 'Correct.', partial: 'Partly right.', wrong: 'Not quite.', unanswered: 'Not answered.', ungraded: 'Reveal the model answer and tick what you covered to score this one.' };

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

  /** The reader's answer as the form holds it now; undefined when nothing is filled in. */
  answerOf(f: HTMLFieldSetElement): Answer | undefined {
    const type = f.dataset.type;
    const checked = (sel: string) => [...f.querySelectorAll<HTMLInputElement>(sel)].filter((i) => i.checked).map((i) => i.value);
    if (type === 'single') {
      const [choice] = checked('input[type=radio]');
      return choice ? { type: 'single', choice } : undefined;
    }
    if (type === 'multiple') {
      const choices = checked('input[type=checkbox]');
      return choices.length ? { type: 'multiple', choices } : undefined;
    }
    if (type === 'order') {
      const selects = [...f.querySelectorAll<HTMLSelectElement>('select[data-item]')];
      if (selects.some((s) => !s.value)) return undefined;
      const order = selects.sort((a, b) => Number(a.value) - Number(b.value)).map((s) => s.dataset.item!);
      return { type: 'order', order };
    }
    const text = f.querySelector('textarea')!.value;
    const revealed = f.querySelector<HTMLDetailsElement>('details[data-model]')!.open;
    const ticked = checked('input[type=checkbox]');
    return text || revealed || ticked.length ? { type: 'self', text, ticked, revealed } : undefined;
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
    const answer = f && this.answerOf(f);
    if (f && answer) progressStore().update((s) => saveAnswer(s, this.key.quiz, f.dataset.question!, answer, Date.now()));
  }

  /** Grades the form, shows feedback per question and the score, and saves the attempt. */
  check(): QuizResult {
    const answers: Record<string, Answer> = {};
    for (const f of this.fieldsets()) {
      const a = this.answerOf(f);
      if (a) answers[f.dataset.question!] = a;
    }
    const result = gradeQuiz(this.key, answers);
    const now = Date.now();
    progressStore().update((s) => {
      let next = recordScore(s, this.key.quiz, result, now);
      for (const q of result.questions) {
        if (q.status !== 'unanswered' && q.status !== 'ungraded') next = recordOutcome(next, this.key.quiz, q.id, q.correct, now);
      }
      return next;
    });
    result.questions.forEach((q) => this.showFeedback(q, answers[q.id]));
    this.showResult(result);
    return result;
  }

  private showFeedback(q: QuestionResult, answer: Answer | undefined): void {
    const f = this.querySelector<HTMLFieldSetElement>(`fieldset[data-question="${CSS.escape(q.id)}"]`)!;
    const box = f.querySelector<HTMLElement>('[data-feedback]')!;
    const parts = [`<strong>${STATUS_TEXT[q.status]}${q.status === 'partial' ? ` ${Math.round(q.score * 100)}% of the credit.` : ''}</strong>`];
    if (answer && (answer.type === 'single' || answer.type === 'multiple')) {
      const picked = answer.type === 'single' ? [answer.choice] : answer.choices;
      for (const id of picked) {
        const why = f.querySelector(`[data-why="${CSS.escape(id)}"]`);
        if (why) parts.push(`<span>${why.innerHTML}</span>`);
      }
    }
    box.innerHTML = parts.join(' ');
    box.className = `feedback ${q.status === 'correct' ? 'correct' : q.status === 'partial' ? 'partial' : 'wrong'}`;
    box.hidden = false;
    if (q.status !== 'ungraded') f.querySelector<HTMLDetailsElement>('details[data-answer]')!.open = true;
  }

  private showResult(r: QuizResult): void {
    const pct = r.max ? Math.round((r.score / r.max) * 100) : 0;
    const points = Number.isInteger(r.score) ? r.score : r.score.toFixed(1);
    const levels = Object.entries(r.levels)
      .map(([id, s]) => `<li>${this.key.levels[id] ?? id} questions: ${s.correct} of ${s.total}</li>`)
      .join('');
    const pending = r.ungraded ? `<p>${r.ungraded} written answer${r.ungraded === 1 ? '' : 's'} still to compare with the model answer.</p>` : '';
    this.result.innerHTML = `<h3>Your score: ${points} of ${r.max} (${pct}%)</h3><p>${r.correct} of ${r.questions.length} questions fully right.</p><ul>${levels}</ul>${pending}`;
    this.result.focus();
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
