/**
 * The only place that touches storage. `localStorage` fits `StorageLike`; the source may also be a
 * function returning it, because in some browsers merely reading `window.localStorage` throws
 * (SecurityError when storage is disabled). Failures become statuses, never exceptions.
 */

/** The part of the Web Storage API this module uses. */
export interface StorageLike {
  /** The stored text, or null when the key is not set. */
  getItem(key: string): string | null;
  /** Stores text; may throw QuotaExceededError (full) or SecurityError (disabled). */
  setItem(key: string, value: string): void;
}

/** A storage, a function returning one (called on every access, may throw), or nothing. */
export type StorageSource = StorageLike | (() => StorageLike | null | undefined) | null | undefined;

/** Outcome of a write: written, storage full, or storage not usable at all. */
export type WriteStatus = 'ok' | 'full' | 'unavailable';

/** Outcome of a read: the text (null when nothing saved), or storage not usable. */
export type ReadResult = { ok: true; raw: string | null } | { ok: false };

function resolve(source: StorageSource): StorageLike | null | undefined {
  return typeof source === 'function' ? source() : source;
}

/** True for the errors browsers throw when a storage quota is exceeded (names and legacy codes differ). */
export function isQuotaError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { name, code } = error as { name?: unknown; code?: unknown };
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014;
}

/** Reads one key; any failure (no storage, access throws) is `{ok: false}`. */
export function readRaw(source: StorageSource, key: string): ReadResult {
  try {
    const storage = resolve(source);
    return storage ? { ok: true, raw: storage.getItem(key) } : { ok: false };
  } catch {
    return { ok: false };
  }
}

/** Writes one key; a quota error is `full`, any other failure `unavailable`. */
export function writeRaw(source: StorageSource, key: string, value: string): WriteStatus {
  try {
    const storage = resolve(source);
    if (!storage) return 'unavailable';
    storage.setItem(key, value);
    return 'ok';
  } catch (error) {
    return isQuotaError(error) ? 'full' : 'unavailable';
  }
}
