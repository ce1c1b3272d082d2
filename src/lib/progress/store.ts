/**
 * The saved progress of one browser: loads it, applies changes with read-modify-write (so a write made
 * by another tab in between is kept), follows other tabs, and reports every storage trouble as a
 * status instead of throwing.
 *
 * Unreadable data is copied, untouched, to its own key `<key>:unreadable:<ms>` together with the
 * reason, and only then replaced by what could be read; if that copy cannot be written the original
 * is left in place and never overwritten.
 */
import { parseProgress, type RecoveryReason } from './parse.ts';
import { emptyProgress, type ProgressState } from './shape.ts';
import { readRaw, writeRaw, type StorageSource, type WriteStatus } from './storage.ts';

/**
 * How the last operation went:
 * - `ok`: read and written as asked;
 * - `recovered`: saved data was unreadable (wholly or in part) and set aside, see `setAside`;
 * - `full`: storage is full, the change lives only in this page until a later write succeeds;
 * - `unavailable`: storage cannot be used (private mode, disabled); progress lasts only while the page is open.
 */
export type StoreStatus = 'ok' | 'unavailable' | 'full' | 'recovered';

/** Unreadable saved data that was set aside, for the page to mention and offer as a download. */
export interface SetAside {
  /** Storage key holding the copy; undefined when the copy could not be written (see the status). */
  key: string | undefined;
  /** Why it could not be read. */
  reason: RecoveryReason;
  /** One line for humans. */
  detail: string;
  /** Dotted paths of the entries left out (only for `bad-entries`; the rest was kept). */
  dropped: string[];
  /** When it was set aside (ms since epoch). */
  at: number;
  /** The original text exactly as it was stored. */
  raw: string;
}

/** What `createStore` needs. */
export interface StoreOptions {
  /** Usually `() => window.localStorage` (a function, because reading the property itself can throw). */
  storage: StorageSource;
  /** Storage key of the progress, e.g. `ladderbook:progress`. */
  key: string;
  /** The clock, in ms since epoch (`Date.now` in the browser, a fake in tests). */
  now: () => number;
}

/** The progress of one browser, as seen by one page. */
export interface ProgressStore {
  /** Reads storage (setting unreadable data aside) and returns the state. */
  load(): ProgressState;
  /** Reads storage afresh, applies `change` (which must not mutate its argument) and writes the result. */
  update(change: (state: ProgressState) => ProgressState): ProgressState;
  /** For the `storage` event of this key (pass `event.newValue`): adopts what the other tab wrote. */
  onExternalChange(rawNewValue: string | null): ProgressState;
  /** The state after the last operation. */
  readonly state: ProgressState;
  /** How the last operation went. */
  readonly status: StoreStatus;
  /** What the last operation set aside, if anything. */
  readonly setAside: SetAside | undefined;
}

interface Settled {
  state: ProgressState;
  status: StoreStatus;
  /** False while unreadable data could not be copied aside: the main key must then not be overwritten. */
  canWrite: boolean;
  setAside?: SetAside;
}

/**
 * Creates the store. Nothing is read until `load()`. While storage fails, changes are kept in memory
 * and the next successful write saves them (then on top of this page's state, not a fresh read).
 */
export function createStore({ storage, key, now }: StoreOptions): ProgressStore {
  let state = emptyProgress();
  let status: StoreStatus = 'ok';
  let setAside: SetAside | undefined;
  let unsaved = false;
  let lastCopy: SetAside | undefined;

  function copyAside(raw: string, parsed: ReturnType<typeof parseProgress>): { record: SetAside; written: WriteStatus } {
    if (lastCopy?.raw === raw) return { record: lastCopy, written: 'ok' };
    const at = now();
    const taken = (candidate: string) => {
      const read = readRaw(storage, candidate);
      return read.ok && read.raw !== null;
    };
    let target = `${key}:unreadable:${at}`;
    for (let n = 2; taken(target); n++) target = `${key}:unreadable:${at}-${n}`;
    const { reason, detail, dropped } = parsed.problem!;
    const copy = { app: 'ladderbook', kind: 'unreadable-progress', reason, detail, dropped, savedAt: new Date(at).toISOString(), raw };
    const written = writeRaw(storage, target, JSON.stringify(copy));
    const record: SetAside = { key: written === 'ok' ? target : undefined, reason, detail, dropped, at, raw };
    if (written === 'ok') lastCopy = record;
    return { record, written };
  }

  function settle(raw: string | null): Settled {
    const parsed = parseProgress(raw);
    if (!parsed.problem || raw === null) return { state: parsed.state, status: 'ok', canWrite: true };
    const { record, written } = copyAside(raw, parsed);
    return {
      state: parsed.state,
      status: written === 'ok' ? 'recovered' : written,
      canWrite: written === 'ok',
      setAside: record,
    };
  }

  function write(next: ProgressState, okStatus: StoreStatus): void {
    const written = writeRaw(storage, key, JSON.stringify(next));
    unsaved = written !== 'ok';
    status = written === 'ok' ? okStatus : written;
  }

  return {
    load() {
      const read = readRaw(storage, key);
      setAside = undefined;
      if (!read.ok) {
        status = 'unavailable';
        return state;
      }
      const settled = settle(read.raw);
      ({ state, status, setAside } = settled);
      unsaved = false;
      if (settled.status === 'recovered') write(state, 'recovered');
      return state;
    },

    update(change) {
      const read = readRaw(storage, key);
      let settled: Settled = { state, status: 'unavailable', canWrite: false };
      if (read.ok) settled = settle(read.raw);
      const base = read.ok && !unsaved ? settled.state : state;
      state = change(base);
      setAside = settled.setAside;
      if (!settled.canWrite) {
        status = settled.status;
        unsaved = true;
      } else if (state !== base || settled.status !== 'ok' || unsaved) {
        write(state, settled.status);
      } else {
        status = 'ok';
      }
      return state;
    },

    onExternalChange(rawNewValue) {
      const settled = settle(rawNewValue);
      ({ state, status, setAside } = settled);
      unsaved = false;
      return state;
    },

    get state() {
      return state;
    },
    get status() {
      return status;
    },
    get setAside() {
      return setAside;
    },
  };
}
