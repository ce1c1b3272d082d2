/**
 * The one progress store of a page, shared by every element on it, kept in step with other
 * tabs through the `storage` event.
 */
import type { En } from '../lib/i18n/catalogues/en/index.ts';
import type { Translate } from '../lib/i18n/translator.ts';
import { createStore, type ProgressStore } from '../lib/progress/store.ts';
import type { ProgressState } from '../lib/progress/shape.ts';

/**
 * The strings of the notices below: `common.` ones, so every group a page loads has them
 * (`strings('quiz')`, `strings('review')`, `strings('progress')`, `strings('assessment')`).
 */
export type StorageTranslate = Translate<Pick<En, Extract<keyof En, `common.storage.${string}`>>>;

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

/**
 * A sentence for the page when saving is not possible or saved data was set aside, in the page's
 * language (`t`, the `common.storage.` strings); undefined when all is well.
 */
export function storageNotice(s: ProgressStore, t: StorageTranslate, progressUrl: string): string | undefined {
  switch (s.status) {
    case 'unavailable':
      return t('common.storage.unavailable');
    case 'full':
      return t('common.storage.full');
    case 'recovered':
      return t('common.storage.recovered', { url: progressUrl });
    default:
      return undefined;
  }
}
