/**
 * <lb-progress>: the reader's /progress/ page. Reads the shared store, fills in the quiz table and
 * the readiness cards, lists set-aside unreadable data for download, exports and imports, and resets
 * one quiz, one level or everything with an undo. Other tabs' changes re-render it. Everything it
 * writes is in the page's language: `strings('progress')`, and `strings('assessment')` for the
 * readiness cards, loaded together once; dates by `Intl`.
 */
import { applyImport, exportProgress, type ImportPlan } from '../lib/progress/merge.ts';
import { readinessOf, type ReadinessLevel } from '../lib/progress/readiness.ts';
import { resetAll, resetAssessment, resetQuiz, undoReset, type ResetResult, type UndoToken } from '../lib/progress/reset.ts';
import { dueForReview, reviewIntervals } from '../lib/progress/review.ts';
import { listSetAside, removeSetAside, setAsideFileName, type ListableStorage } from '../lib/progress/set-aside.ts';
import type { ProgressState } from '../lib/progress/shape.ts';
import { downloadText } from './download.ts';
import { showImportPlan, type Names } from './progress-import.ts';
import { renderQuizRows, shortDate } from './progress-quizzes.ts';
import { PROGRESS_KEY, onProgressChange, progressStore, storageNotice } from './progress-store.ts';
import { renderAllReadiness } from './readiness-view.ts';
import { strings, type GroupTranslate } from './strings.ts';

/** Why a copy was set aside (set-aside.ts's reasons). */
const REASONS = {
  'bad-json': 'progress.setAside.badJson',
  'wrong-shape': 'progress.setAside.wrongShape',
  'future-version': 'progress.setAside.futureVersion',
  'bad-entries': 'progress.setAside.badEntries',
} as const;

/** localStorage, or null where merely touching it throws (storage disabled). */
function localStore(): ListableStorage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}


export class LadderbookProgress extends HTMLElement {
  private names!: Names;
  private undo: UndoToken | undefined;
  private t!: GroupTranslate<'progress'>;
  /** The readiness cards' strings. */
  private at!: GroupTranslate<'assessment'>;

  connectedCallback(): void {
    void Promise.all([strings('progress'), strings('assessment')]).then(([t, at]) => {
      this.t = t;
      this.at = at;
      this.start();
    });
  }

  private start(): void {
    const { t } = this;
    this.names = JSON.parse(this.dataset.names ?? '{"quizzes":{},"levels":{}}') as Names;
    this.dataset.ready = '';
    const store = progressStore();
    this.render(store.state);
    onProgressChange((state) => this.render(state));

    this.addEventListener('click', (event) => {
      const button = (event.target as Element).closest<HTMLButtonElement>('button');
      if (!button || !this.contains(button)) return;
      const { resetQuiz: quizId, resetLevel: levelId } = button.dataset;
      if (quizId) this.reset(t('progress.resetQuiz', { quiz: this.names.quizzes[quizId] ?? quizId }), (s) => resetQuiz(s, quizId));
      else if (levelId) this.reset(t('progress.resetLevel', { level: this.names.levels[levelId] ?? levelId }), (s) => resetAssessment(s, levelId));
      else this.act(button.dataset.action ?? '', button);
    });
    this.querySelector<HTMLInputElement>('[data-import-file]')!.addEventListener('change', (e) => void this.readFile(e.target as HTMLInputElement));
  }

  private state(): ProgressState {
    return progressStore().state;
  }

  private act(action: string, button: HTMLButtonElement): void {
    const confirmAll = this.querySelector<HTMLElement>('[data-confirm-all]')!;
    switch (action) {
      case 'export':
        return this.exportNow();
      case 'reset-all':
        confirmAll.hidden = false;
        return confirmAll.querySelector<HTMLButtonElement>('[data-action="confirm-reset-all"]')!.focus();
      case 'cancel-reset-all':
        confirmAll.hidden = true;
        return this.querySelector<HTMLButtonElement>('[data-action="reset-all"]')!.focus();
      case 'confirm-reset-all':
        confirmAll.hidden = true;
        return this.reset(this.t('progress.resetAll'), resetAll);
      case 'undo':
        return this.undoLast();
      case 'dismiss':
        this.querySelector<HTMLElement>('[data-status]')!.hidden = true;
        return;
      case 'download-set-aside':
      case 'delete-set-aside':
        return this.setAsideAction(action, button.dataset.key ?? '');
    }
  }

  /** Applies a reset through the store (fresh read, so another tab's writes are kept) and offers undo. */
  private reset(message: string, change: (s: ProgressState) => ResetResult): void {
    let token: UndoToken | undefined;
    const state = progressStore().update((s) => {
      const result = change(s);
      token = result.undo;
      return result.state;
    });
    this.undo = token;
    this.render(state);
    this.say(message, true);
    // The clicked button may have just been hidden: keep the keyboard on the way back.
    this.querySelector<HTMLButtonElement>('[data-status] [data-action="undo"]')!.focus();
  }

  private undoLast(): void {
    const token = this.undo;
    if (!token) return;
    const state = progressStore().update((s) => undoReset(s, token));
    this.undo = undefined;
    this.render(state);
    this.say(this.t('progress.undone'), false);
  }

  private exportNow(): void {
    const now = Date.now();
    const doc = exportProgress(this.state(), now);
    downloadText(`ladderbook-progress-${new Date(now).toISOString().slice(0, 10)}.json`, `${JSON.stringify(doc, null, 2)}\n`, 'application/json');
    this.say(this.t('progress.exported'), false);
  }

  private async readFile(input: HTMLInputElement): Promise<void> {
    const file = input.files?.[0];
    if (!file) return;
    const box = this.querySelector<HTMLElement>('[data-import-plan]')!;
    const close = () => {
      box.hidden = true;
      box.replaceChildren();
      input.value = '';
    };
    showImportPlan(box, await file.text(), this.state(), this.names, this.t, (incoming, plan) => this.importNow(incoming, plan, close), close);
  }

  private importNow(incoming: ProgressState, plan: ImportPlan, close: () => void): void {
    let before: ProgressState | undefined;
    const state = progressStore().update((s) => {
      before = s;
      return applyImport(s, incoming, plan);
    });
    this.undo = before && { kind: 'all', removed: before };
    close();
    this.render(state);
    const taken = plan.added.length + plan.conflicts.filter((c) => c.keep === 'incoming').length;
    const { t } = this;
    const aside = plan.orphaned ? t('progress.keptAsideAnswers', { count: plan.orphaned }) : '';
    this.say(aside ? t('progress.importedWithAside', { count: taken, aside }) : t('progress.imported', { count: taken }), true);
  }

  private setAsideAction(action: string, key: string): void {
    const copy = listSetAside(localStore(), PROGRESS_KEY).find((c) => c.key === key);
    if (!copy) return;
    if (action === 'download-set-aside') return downloadText(setAsideFileName(copy), copy.text, 'application/json');
    if (removeSetAside(localStore(), key)) this.say(this.t('progress.setAside.deleted'), false);
    this.render(this.state());
  }

  private render(state: ProgressState): void {
    const now = Date.now();
    const store = progressStore();
    renderQuizRows(this, state, this.names.levels, now, this.t);
    renderAllReadiness(this, state, this.at);
    for (const button of this.querySelectorAll<HTMLButtonElement>('[data-reset-level]')) button.hidden = !state.assessments[button.dataset.resetLevel!];
    this.renderNotice(store.status === 'recovered' ? undefined : storageNotice(store, this.t, ''));
    this.renderSetAside();
    this.renderOverview(state, now);
  }

  private renderNotice(text: string | undefined): void {
    const notice = this.querySelector<HTMLElement>('[data-notice]')!;
    notice.textContent = text ?? '';
    notice.hidden = !text;
  }

  private renderSetAside(): void {
    const { t } = this;
    const section = this.querySelector<HTMLElement>('[data-set-aside]')!;
    const copies = listSetAside(localStore(), PROGRESS_KEY);
    const dates = new Intl.DateTimeFormat(document.documentElement.lang, { dateStyle: 'medium', timeStyle: 'short' });
    section.hidden = copies.length === 0;
    section.querySelector('[data-set-aside-list]')!.replaceChildren(
      ...copies.map((copy) => {
        const li = document.createElement('li');
        const text = document.createElement('span');
        const reason = Object.hasOwn(REASONS, copy.reason) ? t(REASONS[copy.reason as keyof typeof REASONS]) : copy.reason;
        text.textContent = t('progress.setAside.item', { date: dates.format(copy.at), reason });
        const download = document.createElement('button');
        download.type = 'button';
        download.dataset.action = 'download-set-aside';
        download.dataset.key = copy.key;
        download.textContent = t('progress.setAside.download');
        const remove = document.createElement('button');
        remove.type = 'button';
        remove.dataset.action = 'delete-set-aside';
        remove.dataset.key = copy.key;
        remove.textContent = t('progress.setAside.delete');
        li.append(text, ' ', download, ' ', remove);
        return li;
      }),
    );
  }

  private renderOverview(state: ProgressState, now: number): void {
    const { t } = this;
    const overview = this.querySelector<HTMLElement>('[data-overview]')!;
    const quizIds = Object.keys(this.names.quizzes);
    const taken = quizIds.filter((id) => state.quizzes[id]?.latest).length;
    const cards = [...this.querySelectorAll<HTMLElement>('.readiness[data-readiness]')].map((c) => JSON.parse(c.dataset.readiness!) as ReadinessLevel);
    const assessed = cards.filter((level) => readinessOf(state, level).assessed).length;
    const sentences: string[] = [];
    if (quizIds.length) sentences.push(t('progress.overview.quizzes', { taken, count: quizIds.length }));
    sentences.push(t('progress.overview.levels', { assessed, count: cards.length }));
    if (this.dataset.review) {
      const due = dueForReview(state, now).length;
      const waiting = Object.values(state.quizzes).flatMap((q) => Object.values(q.review)).filter((r) => r.due > now);
      const next = waiting.length ? shortDate(Math.min(...waiting.map((r) => r.due))) : undefined;
      sentences.push(
        due ? t('progress.overview.due', { count: due }) : next ? t('progress.overview.nothingDueNext', { date: next }) : t('progress.overview.nothingDue'),
      );
      const summary = this.querySelector<HTMLElement>('[data-review-summary]');
      const dueLine = due ? t('progress.review.dueNow', { count: due }) : next ? t('progress.review.nothingDueNext', { date: next }) : t('progress.review.nothingDue');
      if (summary) summary.textContent = `${dueLine} ${t('progress.review.schedule', { days: reviewIntervals(document.documentElement.lang) })}`;
    }
    if (state.orphaned.length) sentences.push(t('progress.overview.keptAside', { count: state.orphaned.length }));
    overview.textContent = sentences.join(' ');
    overview.hidden = false;
  }

  private say(message: string, withUndo: boolean): void {
    const bar = this.querySelector<HTMLElement>('[data-status]')!;
    bar.querySelector('[data-status-text]')!.textContent = message;
    bar.querySelector<HTMLElement>('[data-action="undo"]')!.hidden = !withUndo;
    bar.hidden = false;
  }
}

if (!customElements.get('lb-progress')) customElements.define('lb-progress', LadderbookProgress);
