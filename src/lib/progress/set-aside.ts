/**
 * The copies of unreadable progress that the store set aside (`<key>:unreadable:<ms>`), listed for
 * the progress page so the reader can download or delete them, on any later visit too. Failures of
 * storage make the list empty; nothing here throws.
 */
import type { StorageLike } from './storage.ts';

/** A storage whose keys can be listed (`localStorage` fits). */
export interface ListableStorage extends StorageLike {
  readonly length: number;
  key(index: number): string | null;
  removeItem(key: string): void;
}

/** One set-aside copy as the page shows it. */
export interface SetAsideCopy {
  /** Its storage key. */
  key: string;
  /** When it was set aside (ms since epoch), from the key. */
  at: number;
  /** Why it could not be read, as the store recorded it (`bad-json`, `wrong-shape`, …). */
  reason: string;
  /** One line for humans, as the store recorded it. */
  detail: string;
  /** The copy's full text (a JSON document holding the original), for the download. */
  text: string;
}

/** Lists the set-aside copies of `key`, newest first. */
export function listSetAside(storage: ListableStorage | null | undefined, key: string): SetAsideCopy[] {
  const prefix = `${key}:unreadable:`;
  const copies: SetAsideCopy[] = [];
  try {
    if (!storage) return [];
    const keys: string[] = [];
    for (let i = 0; i < storage.length; i++) {
      const k = storage.key(i);
      if (k?.startsWith(prefix)) keys.push(k);
    }
    for (const k of keys) {
      const text = storage.getItem(k);
      if (text === null) continue;
      let reason = 'unknown';
      let detail = '';
      try {
        const doc = JSON.parse(text) as { reason?: unknown; detail?: unknown };
        if (typeof doc.reason === 'string') reason = doc.reason;
        if (typeof doc.detail === 'string') detail = doc.detail;
      } catch {
        /* a copy written by something else: still listed, downloadable as it is */
      }
      copies.push({ key: k, at: Number.parseInt(k.slice(prefix.length), 10) || 0, reason, detail, text });
    }
  } catch {
    return [];
  }
  return copies.sort((a, b) => b.at - a.at || b.key.localeCompare(a.key));
}

/** Deletes one set-aside copy; false when storage refused. */
export function removeSetAside(storage: ListableStorage | null | undefined, copyKey: string): boolean {
  try {
    storage?.removeItem(copyKey);
    return Boolean(storage);
  } catch {
    return false;
  }
}

/** File name for a copy's download: `ladderbook-unreadable-progress-2026-01-05T09-00-00.json`. */
export function setAsideFileName(copy: SetAsideCopy): string {
  const stamp = new Date(copy.at || 0).toISOString().slice(0, 19).replaceAll(':', '-');
  return `ladderbook-unreadable-progress-${stamp}.json`;
}
