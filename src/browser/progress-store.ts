/**
 * The one progress store of a page, shared by every element on it, kept in step with other
 * tabs through the `storage` event.
 */
import { createStore, type ProgressStore } from '../lib/progress/store.ts';
import type { ProgressState } from '../lib/progress/shape.ts';

export const PROGRESS_KEY = 'ladderbook:progress';

let store: ProgressStore | undefined;
const listeners = new Set<(state: ProgressState) => void>();

export function progressStore(): ProgressStore {
  if (!store) {
    const created = createStore({ storage: () => window.localStorage, key: PROGRESS_KEY, now: () => Date.now() });
    store = created;
    created.load();
    window.addEventListener('storage', (event) => {
      if (event.key !== PROGRESS_KEY) return;
      const state = created.onExternalChange(event.newValue);
      for (const listener of listeners) listener(state);
    });
  }
  return store;
}

/** Called when another tab changed the saved progress. */
export function onProgressChange(listener: (state: ProgressState) => void): void {
  listeners.add(listener);
}

/** A sentence for the page when saving is not possible or saved data was set aside; undefined when all is well. */
export function storageNotice(s: ProgressStore, progressUrl: string): string | undefined {
  switch (s.status) {
    case 'unavailable':
      return 'This browser is not keeping your answers (private mode or storage turned off): they last until you leave the page.';
    case 'full':
      return 'Your browser’s storage is full, so the latest answers are not saved yet. Free some space, or export your progress.';
    case 'recovered':
      return `Some saved progress could not be read. It was kept aside, not deleted: download it from My progress (${progressUrl}).`;
    default:
      return undefined;
  }
}
