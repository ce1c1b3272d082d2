import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../errors.ts';
import { orderQuestion, scoreOf } from '../../test-questions.ts';
import type { Answer } from '../../types.ts';
import type { KindIssue } from '../kind.ts';
import { longestIncreasingRun } from './client.ts';
import { orderKind } from './index.ts';
import { seededShuffle } from '../../shuffle.ts';

const at = ['questions', 1];
const show = (issues: KindIssue[]) => issues.map((issue) => formatProblem({ file: 'q.yaml', ...issue }));

describe('orderKind.validate', () => {
  it.each([
    ['a valid question', orderQuestion(4), []],
    [
      'a single item',
      orderQuestion(1),
      ['q.yaml › questions[1].items: has 1 item, at least 2 needed\n    hint: add items: an order question needs at least 2 items to put in order'],
    ],
    [
      'a repeated item id',
      orderQuestion(2, { items: [{ id: 'x', text: 'First' }, { id: 'x', text: 'Second' }] }),
      ['q.yaml › questions[1].items[1].id: id "x" is already used by items[0]\n    hint: ids must be unique within a question (saved answers refer to them); rename one'],
    ],
    [
      'a repeated item text',
      orderQuestion(3, { items: [{ id: 'x', text: 'Novice' }, { id: 'y', text: 'Expert' }, { id: 'z', text: 'NOVICE' }] }),
      ['q.yaml › questions[1].items[2].text: same text as items[0] ("Novice")\n    hint: readers cannot tell the two apart; reword one or remove it'],
    ],
  ])('%s', (_name, question, expected) => {
    expect(show(orderKind.validate(question, at))).toEqual(expected);
  });
});

describe('orderKind.key', () => {
  it('lists the item ids in the correct order', () => {
    expect(orderKind.key(orderQuestion(3))).toEqual({ id: 'test-order', type: 'order', level: 'mid', order: ['i1', 'i2', 'i3'] });
  });
});

describe('orderKind.grade: (longest run in correct relative order − 1) / (n − 1)', () => {
  const entry = orderKind.key(orderQuestion(5));
  const order = (...ids: string[]): Answer => ({ type: 'order', order: ids });
  it.each<[string, Answer | undefined, number]>([
    ['fully right', order('i1', 'i2', 'i3', 'i4', 'i5'), 1],
    ['reversed', order('i5', 'i4', 'i3', 'i2', 'i1'), 0],
    ['one item moved to the end (run of 4)', order('i2', 'i3', 'i4', 'i5', 'i1'), 3 / 4],
    ['two neighbours swapped (run of 4)', order('i1', 'i3', 'i2', 'i4', 'i5'), 3 / 4],
    ['halves swapped (run of 3)', order('i4', 'i5', 'i1', 'i2', 'i3'), 2 / 4],
    ['interleaved (run of 2)', order('i5', 'i3', 'i4', 'i1', 'i2'), 1 / 4],
    ['repeated and unknown ids are ignored', order('i1', 'i1', 'zzz', 'i2', 'i3', 'i4', 'i5'), 1],
    ['an empty order', order(), 0],
    ['no answer', undefined, 0],
    ['an answer of another type', { type: 'multiple', choices: ['i1'] }, 0],
  ])('%s scores %s', (_name, answer, score) => {
    expect(scoreOf(entry, answer)).toBe(score);
  });

  it.each<[string[], number]>([
    [['i1', 'i2'], 1],
    [['i2', 'i1'], 0],
  ])('two items %j score %s', (ids, score) => {
    expect(scoreOf(orderKind.key(orderQuestion(2)), { type: 'order', order: ids })).toBe(score);
  });
});

describe('longestIncreasingRun', () => {
  it.each<[number[], number]>([
    [[], 0],
    [[0], 1],
    [[0, 1, 2, 3], 4],
    [[3, 2, 1, 0], 1],
    [[2, 0, 3, 1, 4], 3],
    [[0, 4, 1, 5, 2, 6, 3], 4],
  ])('%j → %s', (values, length) => {
    expect(longestIncreasingRun(values)).toBe(length);
  });
});

describe('orderKind.shuffle', () => {
  it('never leaves an order question solved (2 to 10 items, 200 ids each)', () => {
    let rotated = 0;
    for (let n = 2; n <= 10; n++) {
      for (let k = 0; k < 200; k++) {
        const question = orderQuestion(n, { id: `order-${n}-${k}` });
        const shown = orderKind.shuffle(question);
        expect(shown.items.map((i) => i.id)).not.toEqual(question.items.map((i) => i.id));
        expect([...shown.items].sort((a, b) => a.id.localeCompare(b.id))).toEqual([...question.items].sort((a, b) => a.id.localeCompare(b.id)));
        if (seededShuffle(question.items, question.id).every((item, i) => item === question.items[i])) rotated++;
      }
    }
    // The rotation really was needed sometimes (about half of the two-item questions).
    expect(rotated).toBeGreaterThan(50);
  });

  it('rotates by one when the shuffle happened to come out solved', () => {
    const solvedSeed = Array.from({ length: 100 }, (_, k) => `two-${k}`).find((id) => seededShuffle(['i1', 'i2'], id).join() === 'i1,i2')!;
    expect(orderKind.shuffle(orderQuestion(2, { id: solvedSeed })).items.map((i) => i.id)).toEqual(['i2', 'i1']);
  });
});
