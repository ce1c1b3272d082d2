/**
 * <lb-assessment>: switches on a level's server-rendered signal checklist (checkbox + evidence note per
 * signal). Saves each change in the shared progress store, follows other tabs, fills in the readiness
 * summary of this level and the next, and clears the level's self-assessment with an undo. The
 * promotion packet (Markdown download, print) lives on the packet page, which keeps this script within
 * the level page's 8 KB budget.
 */
import { assessSignal, assessmentOf } from '../lib/progress/assessment.ts';
import type { PacketLevel } from '../lib/progress/packet.ts';
import { resetAssessment, undoReset, type UndoToken } from '../lib/progress/reset.ts';
import type { ProgressState } from '../lib/progress/shape.ts';
import { onProgressChange, progressStore, storageNotice } from './progress-store.ts';
import { renderAllReadiness } from './readiness-view.ts';

export class LadderbookAssessment extends HTMLElement {
  private level!: PacketLevel;
  private undo: UndoToken | undefined;

  connectedCallback(): void {
    this.level = JSON.parse(this.dataset.level ?? '{}') as PacketLevel;
    const store = progressStore();
    const notice = storageNotice(store, this.dataset.progressUrl ?? '');
    if (notice) this.say(notice, false);
    for (const el of this.querySelectorAll<HTMLElement>('[data-js-only]')) el.hidden = false;
    this.dataset.ready = '';
    this.render(store.state);
    onProgressChange((state) => this.render(state));

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
    const state = progressStore().update((s) => assessSignal(s, this.level.id, signalId, { met: met.checked, evidence: note.value }, Date.now()));
    this.undo = undefined;
    this.renderSummary(state);
    const trouble = storageNotice(progressStore(), this.dataset.progressUrl ?? '');
    if (trouble) this.say(trouble, false);
  }

  /** Puts the saved verdicts into the form (leaving alone the note being typed in). */
  private render(state: ProgressState): void {
    const saved = assessmentOf(state, this.level.id)?.signals ?? {};
    for (const signal of this.level.signals) {
      const { met, note } = this.controls(signal.id);
      met.checked = saved[signal.id]?.met ?? false;
      if (document.activeElement !== note) note.value = saved[signal.id]?.evidence ?? '';
    }
    this.renderSummary(state);
  }

  private renderSummary(state: ProgressState): void {
    renderAllReadiness(this, state);
  }

  private reset(): void {
    let token: UndoToken | undefined;
    const state = progressStore().update((s) => {
      const result = resetAssessment(s, this.level.id);
      token = result.undo;
      return result.state;
    });
    this.undo = token;
    this.render(state);
    this.say(`Your self-assessment against ${this.level.title} was cleared.`, true);
  }

  private undoReset(): void {
    const token = this.undo;
    if (!token) return;
    const state = progressStore().update((s) => undoReset(s, token));
    this.undo = undefined;
    this.render(state);
    this.say('Restored.', false);
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
