import { describe, expect, it } from 'vitest';
import { T0, securityError } from './fixtures.ts';
import { listSetAside, removeSetAside, setAsideFileName, type ListableStorage } from './set-aside.ts';
import { createStore } from './store.ts';

const KEY = 'ladderbook:progress';

/** A listable in-memory storage (like localStorage); `fail` makes every call throw. */
class ListStorage implements ListableStorage {
  readonly items = new Map<string, string>();
  fail: unknown = undefined;
  get length(): number {
    if (this.fail) throw this.fail;
    return this.items.size;
  }
  key(i: number): string | null {
    return [...this.items.keys()][i] ?? null;
  }
  getItem(k: string): string | null {
    if (this.fail) throw this.fail;
    return this.items.get(k) ?? null;
  }
  setItem(k: string, v: string): void {
    this.items.set(k, v);
  }
  removeItem(k: string): void {
    if (this.fail) throw this.fail;
    this.items.delete(k);
  }
}

describe('listSetAside', () => {
  it.each([
    ['not JSON', '{"version": 1, "quizz', 'bad-json'],
    ['a shape that is not progress', '[1, 2, 3]', 'wrong-shape'],
    ['a version from the future', '{"version": 99}', 'future-version'],
  ])('lists what the store set aside for %s, with its reason and the original text', (_name, raw, reason) => {
    const storage = new ListStorage();
    storage.items.set(KEY, raw);
    storage.items.set('ladderbook:theme', 'dark');
    createStore({ storage, key: KEY, now: () => T0 }).load();
    const copies = listSetAside(storage, KEY);
    expect(copies.map((c) => [c.key, c.at, c.reason])).toEqual([[`${KEY}:unreadable:${T0}`, T0, reason]]);
    expect(JSON.parse(copies[0]!.text).raw).toBe(raw);
  });

  it.each([
    ['no storage', null, []],
    ['storage that throws', Object.assign(new ListStorage(), { fail: securityError() }), []],
  ] as const)('%s → an empty list', (_name, storage, expected) => {
    expect(listSetAside(storage, KEY)).toEqual(expected);
  });

  it('lists newest first and keeps copies that are not JSON', () => {
    const storage = new ListStorage();
    storage.items.set(`${KEY}:unreadable:1000`, '{"reason":"bad-json","detail":"not valid JSON"}');
    storage.items.set(`${KEY}:unreadable:3000`, 'garbage');
    storage.items.set(`${KEY}-other:unreadable:2000`, '{}');
    expect(listSetAside(storage, KEY).map((c) => [c.at, c.reason, c.detail])).toEqual([
      [3000, 'unknown', ''],
      [1000, 'bad-json', 'not valid JSON'],
    ]);
  });
});

describe('removeSetAside', () => {
  it.each([
    ['works', new ListStorage(), true],
    ['storage refuses', Object.assign(new ListStorage(), { fail: securityError() }), false],
    ['no storage', null, false],
  ] as const)('%s', (_name, storage, ok) => {
    storage?.items.set(`${KEY}:unreadable:1`, 'x');
    expect(removeSetAside(storage, `${KEY}:unreadable:1`)).toBe(ok);
  });

  it('names the download after the time it was set aside', () => {
    expect(setAsideFileName({ key: 'k', at: T0, reason: 'bad-json', detail: '', text: '' })).toBe('ladderbook-unreadable-progress-2026-01-05T09-00-00.json');
  });
});
