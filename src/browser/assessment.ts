/**
 * <lb-assessment>: switches on a level's server-rendered signal checklist (checkbox + evidence note per
 * signal). Saves each change in the shared progress store, follows other tabs, fills in the readiness
 * summary of this level and the next, and clears the level's self-assessment with an undo. The
 * promotion packet (Markdown download, print) lives on the packet page, which keeps this script within
 * the level page's 8 KB budget.
 *
 * Across revisions of the ladder (src/lib/progress/carry.ts): verdicts are saved with the revision the
 * page shows (`data-versions`). Where the level exists in another revision, carried-view.ts is loaded
 * to carry a self-assessment made against another revision over: ticks that still apply and signals
 * new to the reader are marked, and verdicts on signals this level does not have are listed aside.
 * Everything it writes is in the page's language (`strings('assessment')`, loaded with the rest).
 */
import { assessInRevision } from '../lib/progress/assessment.ts';
import type { CarriedAssessment, LevelVersions } from '../lib/progress/carry.ts';
import type { PacketLevel } from '../lib/progress/packet.ts';
import { resetAssessment, undoReset, type UndoToken } from '../lib/progress/reset.ts';
import type { ProgressState } from '../lib/progress/shape.ts';
import { onProgressChange, progressStore, storageNotice } from './progress-store.ts';
import { renderAllReadiness } from './readiness-view.ts';
import type { GroupTranslate } from './strings.ts';

type CarriedView = typeof import('./carried-view.ts');

export class LadderbookAssessment extends HTMLElement {
  private level!: PacketLevel;
  private versions!: LevelVersions;
  /** The saved self-assessment as this page shows it; its marks are kept while the reader edits. */
  private view!: CarriedAssessment;
  /** Loaded when the level exists in another revision of the ladder. */
  private carried: CarriedView | undefined;
  private undo: UndoToken | undefined;
  private t!: GroupTranslate<'assessment'>;

  connectedCallback(): void {
    this.level = JSON.parse(this.dataset.level ?? '{}') as PacketLevel;
    this.versions = JSON.parse(this.dataset.versions ?? '{"versions":{},"texts":{}}') as LevelVersions;
    const carried = Object.keys(this.versions.versions).length === 0 ? undefined : import('./carried-view.ts');
    // The strings (and the code that loads them) come on demand, beside the page's script, which
    // keeps the level page within its script budget.
    const words = import('./strings.ts').then((m) => m.strings('assessment'));
    void Promise.all([words, carried]).then(([t, view]) => {
      this.t = t;
      this.carried = view;
      this.start();
    });
  }

  private start(): void {
    const store = progressStore();
    const notice = storageNotice(store, this.t, this.dataset.progressUrl ?? '');
    if (notice) this.say(notice, false);
    for (const el of this.querySelectorAll<HTMLElement>('[data-js-only]')) el.hidden = false;
    this.render(store.state, true);
    this.dataset.ready = '';
    onProgressChange((state) => this.render(state, true));

    const form = this.querySelector('form')!;
    form.addEventListener('submit', (e) => e.preventDefault());
    form.addEventListener('input', (e) => this.save(e.target as Element));
    form.addEventListener('change', (e) => this.save(e.target as Element));
    this.on('reset', () => this.reset());
    this.on('undo', () => this.undoReset());
  }

  private on(action: string, handler: () => void): void {
    this.querySelector(`[data-action="${action}"]`)?.addEventListener('click', handler);
  }

  /** The checkbox and note of one signal. */
  private controls(signalId: string): { met: HTMLInputElement; note: HTMLTextAreaElement } {
    const li = this.querySelector(`[data-signal="${CSS.escape(signalId)}"]`)!;
    return { met: li.querySelector('input[type=checkbox]')!, note: li.querySelector('textarea')! };
  }

  private save(target: Element): void {
    const signalId = target.closest<HTMLElement>('[data-signal]')?.dataset.signal;
    if (!signalId) return;
    const { met, note } = this.controls(signalId);
    const verdict = { met: met.checked, evidence: note.value };
    const state = progressStore().update((s) => assessInRevision(s, this.level.id, this.versions.revision, signalId, verdict, Date.now(), this.view.key));
    this.undo = undefined;
    this.renderSummary(state);
    const trouble = storageNotice(progressStore(), this.t, this.dataset.progressUrl ?? '');
    if (trouble) this.say(trouble, false);
  }

  /**
   * Puts the saved verdicts into the form (leaving alone the note being typed in). `marks`: also mark
   * carried and new signals and list the verdicts kept aside (on load and on another tab's change, not
   * on every keystroke here, so the marks stay while the reader works through them).
   */
  private render(state: ProgressState, marks = false): void {
    const own = state.assessments[this.level.id];
    const view = this.carried
      ? this.carried.carriedAssessment(state, this.level.id, this.level.signals.map((s) => s.id), this.versions)
      : { ...(own ? { key: this.level.id } : {}), signals: own?.signals ?? {}, marks: {}, aside: [] };
    if (marks || !this.view) this.view = view;
    for (const signal of this.level.signals) {
      const { met, note } = this.controls(signal.id);
      met.checked = view.signals[signal.id]?.met ?? false;
      if (document.activeElement !== note) note.value = view.signals[signal.id]?.evidence ?? '';
    }
    if (marks && this.carried) this.carried.paintCarried(this, view, this.t);
    this.renderSummary(state);
  }

  private renderSummary(state: ProgressState): void {
    renderAllReadiness(this, state, this.t);
  }

  private reset(): void {
    let token: UndoToken | undefined;
    const state = progressStore().update((s) => {
      const result = resetAssessment(s, this.view.key ?? this.level.id);
      token = result.undo;
      return result.state;
    });
    this.undo = token;
    this.render(state, true);
    this.say(this.t('assessment.cleared', { level: this.level.title }), true);
  }

  private undoReset(): void {
    const token = this.undo;
    if (!token) return;
    const state = progressStore().update((s) => undoReset(s, token));
    this.undo = undefined;
    this.render(state, true);
    this.say(this.t('assessment.restored'), false);
  }

  /** Shows a message in the status line, with an Undo button when `withUndo`. */
  private say(message: string, withUndo: boolean): void {
    const status = this.querySelector<HTMLElement>('[data-status]')!;
    status.querySelector('[data-status-text]')!.textContent = message;
    status.querySelector<HTMLElement>('[data-action="undo"]')!.hidden = !withUndo;
    status.hidden = false;
  }
}

if (!customElements.get('lb-assessment')) customElements.define('lb-assessment', LadderbookAssessment);
