import { describe, expect, it } from 'vitest';
import { saveAnswer } from './answers.ts';
import { FakeStorage, T0, day, quotaError, sampleState, securityError } from './fixtures.ts';
import { emptyProgress, type ProgressState } from './shape.ts';
import { isQuotaError, type StorageSource } from './storage.ts';
import { createStore } from './store.ts';

const KEY = 'ladderbook:progress';
const answerSbi = (state: ProgressState) => saveAnswer(state, 'check-feedback', 'feedback-sbi-choice', { type: 'single', choice: 'sbi' }, day(3));
const answerVague = (state: ProgressState) => saveAnswer(state, 'check-feedback', 'feedback-sbi-choice', { type: 'single', choice: 'vague' }, day(3));
const answerOrder = (state: ProgressState) => saveAnswer(state, 'check-teaching', 'teaching-order', { type: 'order', order: ['b', 'a'] }, day(3));

function storeOn(storage: StorageSource, clock = T0) {
  return createStore({ storage, key: KEY, now: () => clock });
}

describe('isQuotaError', () => {
  it.each([
    ['a DOMException QuotaExceededError', quotaError(), true],
    ['a DOMException-like object from another realm', { name: 'QuotaExceededError', message: 'full' }, true],
    ["Firefox's legacy NS_ERROR_DOM_QUOTA_REACHED", { name: 'NS_ERROR_DOM_QUOTA_REACHED' }, true],
    ['legacy code 22', { name: 'Error', code: 22 }, true],
    ['legacy Firefox code 1014', { name: 'Error', code: 1014 }, true],
    ['a SecurityError', securityError(), false],
    ['a TypeError', new TypeError('x'), false],
    ['a thrown string', 'QuotaExceededError', false],
  ])('%s → %s', (_name, error, expected) => {
    expect(isQuotaError(error)).toBe(expected);
  });
});

describe('storage failures are statuses, never exceptions', () => {
  const failing = (setup: (fake: FakeStorage) => void) => {
    const fake = new FakeStorage();
    setup(fake);
    return fake;
  };
  it.each<[string, () => StorageSource, 'full' | 'unavailable', 'ok' | 'unavailable']>([
    ['setItem throws QuotaExceededError', () => failing((f) => (f.failWrites = quotaError())), 'full', 'ok'],
    ['setItem throws a DOMException-like quota object', () => failing((f) => (f.failWrites = { name: 'QuotaExceededError' })), 'full', 'ok'],
    ['getItem and setItem throw SecurityError', () => failing((f) => ((f.failReads = securityError()), (f.failWrites = securityError()))), 'unavailable', 'unavailable'],
    [
      'reading window.localStorage itself throws SecurityError',
      () => () => {
        throw securityError();
      },
      'unavailable',
      'unavailable',
    ],
    ['no storage at all', () => null, 'unavailable', 'unavailable'],
  ])('%s', (_name, source, updateStatus, loadStatus) => {
    const store = storeOn(source());
    expect(store.load()).toEqual(emptyProgress());
    expect(store.status).toBe(loadStatus);
    const state = store.update(answerSbi);
    expect(state.quizzes['check-feedback']?.answers).toEqual({ 'feedback-sbi-choice': { type: 'single', choice: 'sbi' } });
    expect(store.status).toBe(updateStatus);
    expect(store.state).toBe(state);
  });

  it('keeps changes made while storage was full and saves them all once there is room', () => {
    const fake = new FakeStorage();
    const store = storeOn(fake);
    store.load();
    fake.failWrites = quotaError();
    store.update(answerSbi);
    store.update(answerOrder);
    expect(store.status).toBe('full');
    expect(fake.getItem(KEY)).toBeNull();
    fake.failWrites = undefined;
    store.update((s) => s);
    expect(store.status).toBe('ok');
    const saved = JSON.parse(fake.getItem(KEY)!) as ProgressState;
    expect(Object.keys(saved.quizzes).sort()).toEqual(['check-feedback', 'check-teaching']);
  });
});

describe('load and update', () => {
  it('reads what was saved, and writes only when something changed', () => {
    const fake = new FakeStorage();
    fake.items.set(KEY, JSON.stringify(sampleState()));
    const store = storeOn(fake);
    expect(store.load()).toEqual(sampleState());
    expect(store.status).toBe('ok');
    store.update((s) => s);
    expect(fake.writes).toEqual([]);
    store.update(answerVague);
    expect(fake.writes).toEqual([KEY]);
    expect((JSON.parse(fake.items.get(KEY)!) as ProgressState).quizzes['check-feedback']?.answers['feedback-sbi-choice']).toEqual({
      type: 'single',
      choice: 'vague',
    });
  });

  it('two tabs: each update reads storage first, so neither loses the other one’s answer', () => {
    const fake = new FakeStorage();
    const tabA = storeOn(fake);
    const tabB = storeOn(fake);
    tabA.load();
    tabB.load();
    tabA.update(answerSbi);
    tabB.update(answerOrder);
    const saved = JSON.parse(fake.items.get(KEY)!) as ProgressState;
    expect(Object.keys(saved.quizzes).sort()).toEqual(['check-feedback', 'check-teaching']);
  });

  it('two tabs: the storage event hands over what the other tab wrote', () => {
    const fake = new FakeStorage();
    const tabA = storeOn(fake);
    const tabB = storeOn(fake);
    tabB.load();
    tabA.update(answerSbi);
    const seen = tabB.onExternalChange(fake.getItem(KEY));
    expect(seen.quizzes['check-feedback']?.answers['feedback-sbi-choice']).toEqual({ type: 'single', choice: 'sbi' });
    expect(tabB.state).toBe(seen);
    expect(tabB.status).toBe('ok');
    expect(tabB.onExternalChange(null)).toEqual(emptyProgress());
  });
});

describe('unreadable data is set aside under its own key, never dropped', () => {
  it.each([
    ['bad JSON', '{"version":1,"quizzes":', 'bad-json', []],
    ['a string', '"hello"', 'wrong-shape', []],
    ['an array', '[]', 'wrong-shape', []],
    ['version 99', JSON.stringify({ ...sampleState(), version: 99 }), 'future-version', []],
    [
      'a valid shape with one bad quiz entry',
      JSON.stringify({ ...sampleState(), quizzes: { ...sampleState().quizzes, 'check-teaching': { updatedAt: 'now' } } }),
      'bad-entries',
      ['quizzes.check-teaching'],
    ],
  ])('%s', (_name, raw, reason, dropped) => {
    const fake = new FakeStorage();
    fake.items.set(KEY, raw);
    const store = storeOn(fake);
    const state = store.load();
    const copyKey = `${KEY}:unreadable:${T0}`;
    expect(store.status).toBe('recovered');
    expect(store.setAside).toMatchObject({ key: copyKey, reason, dropped, at: T0, raw });
    expect(JSON.parse(fake.items.get(copyKey)!)).toMatchObject({
      app: 'ladderbook',
      kind: 'unreadable-progress',
      reason,
      savedAt: '2026-01-05T09:00:00.000Z',
      raw,
    });
    // What could be read replaced the original, so the next load is clean and copies nothing again.
    expect(JSON.parse(fake.items.get(KEY)!)).toEqual(state);
    expect(reason === 'bad-entries' ? Object.keys(state.quizzes).sort() : state).toEqual(
      reason === 'bad-entries' ? ['check-feedback', 'check-how-people-learn'] : emptyProgress(),
    );
    store.load();
    expect(store.status).toBe('ok');
    expect(store.setAside).toBeUndefined();
    expect([...fake.items.keys()].sort()).toEqual([KEY, copyKey]);
  });

  it('does not overwrite an earlier copy made in the same millisecond', () => {
    const fake = new FakeStorage();
    fake.items.set(`${KEY}:unreadable:${T0}`, 'earlier copy');
    fake.items.set(KEY, 'garbage');
    const store = storeOn(fake);
    store.load();
    expect(store.setAside?.key).toBe(`${KEY}:unreadable:${T0}-2`);
    expect(fake.items.get(`${KEY}:unreadable:${T0}`)).toBe('earlier copy');
  });

  it('when the copy cannot be written (storage full), the original stays in place and the page gets the text', () => {
    const fake = new FakeStorage();
    fake.items.set(KEY, 'garbage');
    fake.failWrites = quotaError();
    const store = storeOn(fake);
    expect(store.load()).toEqual(emptyProgress());
    expect(store.status).toBe('full');
    expect(store.setAside).toEqual({ key: undefined, reason: 'bad-json', detail: 'not valid JSON', dropped: [], at: T0, raw: 'garbage' });
    store.update(answerSbi);
    expect(store.status).toBe('full');
    expect(fake.items.get(KEY)).toBe('garbage');
    // Once there is room again the copy is made first, then the page's changes are saved.
    fake.failWrites = undefined;
    store.update(answerOrder);
    expect(store.status).toBe('recovered');
    expect(fake.items.get(`${KEY}:unreadable:${T0}`)).toContain('garbage');
    expect(Object.keys((JSON.parse(fake.items.get(KEY)!) as ProgressState).quizzes).sort()).toEqual(['check-feedback', 'check-teaching']);
  });

  it('an unreadable value written by another tab is set aside too', () => {
    const fake = new FakeStorage();
    const store = storeOn(fake);
    store.load();
    fake.items.set(KEY, '{oops');
    expect(store.onExternalChange('{oops')).toEqual(emptyProgress());
    expect(store.status).toBe('recovered');
    expect(fake.items.get(`${KEY}:unreadable:${T0}`)).toContain('{oops');
    // The next update replaces it without copying it a second time.
    store.update(answerSbi);
    expect(store.status).toBe('recovered');
    expect([...fake.items.keys()].sort()).toEqual([KEY, `${KEY}:unreadable:${T0}`]);
  });
});
