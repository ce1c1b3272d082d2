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

/** The English notices, for callers not passing their page's strings yet (see the overload below). */
const ENGLISH: Record<'unavailable' | 'full' | 'recovered', string> = {
  unavailable: 'This browser is not keeping your answers (private mode or storage turned off): they last until you leave the page.',
  full: 'Your browser’s storage is full, so the latest answers are not saved yet. Free some space, or export your progress.',
  recovered: 'Some saved progress could not be read. It was kept aside, not deleted: download it from My progress ({url}).',
};
const english = ((key: string, params?: { url?: string }) =>
  ENGLISH[key.slice('common.storage.'.length) as keyof typeof ENGLISH].replace('{url}', params?.url ?? '')) as StorageTranslate;

/**
 * A sentence for the page when saving is not possible or saved data was set aside, in the page's
 * language (`t`, the `common.storage.` strings); undefined when all is well.
 */
export function storageNotice(s: ProgressStore, t: StorageTranslate, progressUrl: string): string | undefined;
/** @deprecated English only: pass the page's strings, `storageNotice(store, t, progressUrl)`. */
export function storageNotice(s: ProgressStore, progressUrl: string): string | undefined;
export function storageNotice(s: ProgressStore, ...args: [StorageTranslate, string] | [string]): string | undefined {
  const [t, progressUrl] = args.length === 2 ? args : [english, args[0]];
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
