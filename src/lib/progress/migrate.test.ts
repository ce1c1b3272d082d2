import { describe, expect, it } from 'vitest';
import { migrate, versionOf, type JsonObject, type Migration } from './migrate.ts';

describe('migrate', () => {
  it('moves the flat v0 layout on to the current version, grouping answers by quiz and keeping unplaceable keys as orphaned', () => {
    const v0 = {
      answers: {
        'check-feedback:feedback-sbi-choice': { type: 'single', choice: 'sbi' },
        'check-feedback:feedback-behaviour-vs-interpretation': { type: 'multiple', choices: ['merged'] },
        'check-teaching:teaching-explain-order': { type: 'order', order: ['b', 'a'] },
        'stray-question': { type: 'single', choice: 'x' },
      },
    };
    expect(migrate(v0)).toEqual({
      ok: true,
      from: 0,
      data: {
        version: 2,
        quizzes: {
          'check-feedback': {
            updatedAt: 0,
            answers: {
              'feedback-sbi-choice': { type: 'single', choice: 'sbi' },
              'feedback-behaviour-vs-interpretation': { type: 'multiple', choices: ['merged'] },
            },
            review: {},
            attempts: [],
          },
          'check-teaching': { updatedAt: 0, answers: { 'teaching-explain-order': { type: 'order', order: ['b', 'a'] } }, review: {}, attempts: [] },
        },
        assessments: {},
        orphaned: [{ quizId: '', questionId: 'stray-question', reason: 'question-removed', at: 0, answer: { type: 'single', choice: 'x' } }],
      },
    });
  });

  it.each([
    ['a v1 state', { version: 1, quizzes: {} }, 1],
    ['the flat v0 layout', { answers: {} }, 0],
    ['version 99', { version: 99 }, 99],
    ['an object without version or answers', { quizzes: {} }, undefined],
    ['a negative version', { version: -1 }, undefined],
    ['a version that is text', { version: '1' }, undefined],
    ['a string', 'progress', undefined],
    ['an array', [{ version: 1 }], undefined],
    ['null', null, undefined],
  ])('versionOf(%s) is %s', (_name, data, expected) => {
    expect(versionOf(data)).toBe(expected);
  });

  it.each([
    ['version 99', { version: 99 }, { ok: false, reason: 'future-version', detail: 'saved by a newer Ladderbook (version 99, this one reads up to 2)' }],
    ['a string', 'hello', { ok: false, reason: 'wrong-shape', detail: 'not a progress object with a version' }],
    ['an array', [], { ok: false, reason: 'wrong-shape', detail: 'not a progress object with a version' }],
    ['v0 whose answers are a list', { answers: [] }, { ok: false, reason: 'wrong-shape', detail: 'not a progress object with a version' }],
  ])('refuses %s', (_name, data, expected) => {
    expect(migrate(data)).toEqual(expected);
  });

  it('moves v1 to v2 with every self-assessment as it was (none knew its revision)', () => {
    const assessments = { staff: { updatedAt: 5, signals: { 'design-doc-adopted': { met: true, evidence: 'RFC' } } } };
    const v1 = { version: 1, quizzes: {}, assessments, orphaned: [] };
    expect(migrate(v1)).toEqual({ ok: true, data: { version: 2, quizzes: {}, assessments, orphaned: [] }, from: 1 });
  });

  it('leaves current data as it is', () => {
    const v2 = { version: 2, quizzes: {}, assessments: { staff: { updatedAt: 5, revision: '2026', signals: {} } }, orphaned: [] };
    expect(migrate(v2)).toEqual({ ok: true, data: v2, from: 2 });
  });

  describe('the machinery, with a fake table up to version 3', () => {
    const log: string[] = [];
    const step = (from: number): Migration => (data: JsonObject) => {
      log.push(`${from}→${from + 1}`);
      return { ...data, version: from + 1, [`step${from}`]: true };
    };
    const table = { 0: step(0), 1: step(1), 2: step(2) };

    it.each([
      [{ answers: {} }, ['0→1', '1→2', '2→3'], { answers: {}, version: 3, step0: true, step1: true, step2: true }],
      [{ version: 1 }, ['1→2', '2→3'], { version: 3, step1: true, step2: true }],
      [{ version: 3 }, [], { version: 3 }],
    ])('runs every step in order from %j', (data, steps, result) => {
      log.length = 0;
      expect(migrate(data, table, 3)).toEqual({ ok: true, data: result, from: (data as { version?: number }).version ?? 0 });
      expect(log).toEqual(steps);
    });

    it('reports a missing step', () => {
      expect(migrate({ version: 1 }, { 0: step(0), 2: step(2) }, 3)).toEqual({
        ok: false,
        reason: 'wrong-shape',
        detail: 'no migration from version 1',
      });
    });

    it('reports a step that throws, without throwing', () => {
      const broken: Migration = () => {
        throw new TypeError('answers is not iterable');
      };
      expect(migrate({ version: 0, answers: {} }, { 0: broken }, 1)).toEqual({
        ok: false,
        reason: 'wrong-shape',
        detail: 'migration from version 0 failed: TypeError: answers is not iterable',
      });
    });
  });
});
