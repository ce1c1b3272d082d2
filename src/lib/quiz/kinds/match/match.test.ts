import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../errors.ts';
import { seededShuffle } from '../../shuffle.ts';
import { matchQuestion, scoreOf } from '../../test-questions.ts';
import type { Answer } from '../../types.ts';
import type { KindIssue } from '../kind.ts';
import { matchAnswer, type MatchAnswer } from './answer.ts';
import { matchKind } from './index.ts';

const at = ['questions', 3];
const show = (issues: KindIssue[]) => issues.map((issue) => formatProblem({ file: 'q.yaml', ...issue }));
const item = (id: string, text: string, match: string) => ({ id, text, match });
const option = (id: string, text: string) => ({ id, text });

describe('matchKind.validate', () => {
  it.each([
    ['a valid question (an option may match two items, or none)', matchQuestion(), []],
    [
      'an item naming an option that does not exist',
      matchQuestion({ items: [item('s1', 'One', 'level-a'), item('s2', 'Two', 'levle-b')] }),
      ['q.yaml › questions[3].items[1].match: "levle-b" is not an option of this question\n    hint: did you mean "level-b"?'],
    ],
    [
      'an item naming nothing close',
      matchQuestion({ items: [item('s1', 'One', 'level-a'), item('s2', 'Two', 'staff')] }),
      ['q.yaml › questions[3].items[1].match: "staff" is not an option of this question\n    hint: options: level-a, level-b, level-c'],
    ],
    [
      'a repeated item id',
      matchQuestion({ items: [item('s1', 'One', 'level-a'), item('s1', 'Two', 'level-b')] }),
      ['q.yaml › questions[3].items[1].id: id "s1" is already used by items[0]\n    hint: ids must be unique within a question (saved answers refer to them); rename one'],
    ],
    [
      'two options with the same text',
      matchQuestion({ options: [option('level-a', 'Staff'), option('level-b', ' staff ')] }),
      ['q.yaml › questions[3].options[1].text: same text as options[0] ("Staff")\n    hint: readers cannot tell the two apart; reword one or remove it'],
    ],
  ])('%s', (_name, question, expected) => {
    expect(show(matchKind.validate(question, at))).toEqual(expected);
  });
});

describe('matchKind.key', () => {
  it('holds each item’s option and every option id, no texts', () => {
    expect(matchKind.key(matchQuestion())).toEqual({
      id: 'test-match',
      type: 'match',
      level: 'mid',
      pairs: { s1: 'level-a', s2: 'level-b', s3: 'level-a' },
      options: ['level-a', 'level-b', 'level-c'],
    });
  });
});

describe('matchKind.shuffle', () => {
  it('shuffles the options with the question id as seed, and leaves the items in the author’s order', () => {
    const question = matchQuestion({ id: 'ladder-signals-match' });
    const shown = matchKind.shuffle(question);
    expect(shown.items).toEqual(question.items);
    expect(shown.options).toEqual(seededShuffle(question.options, 'ladder-signals-match'));
  });

  it('never shows a one-to-one question solved (2 to 10 pairs, 200 ids each)', () => {
    let rotated = 0;
    for (let n = 2; n <= 10; n++) {
      for (let k = 0; k < 200; k++) {
        const ids = Array.from({ length: n }, (_, i) => `o${i}`);
        const question = matchQuestion({
          id: `match-${n}-${k}`,
          items: ids.map((id, i) => item(`i${i}`, `Item ${i}`, id)),
          options: ids.map((id, i) => option(id, `Option ${i}`)),
        });
        const shown = matchKind.shuffle(question).options.map((o) => o.id);
        expect(shown).not.toEqual(ids);
        expect([...shown].sort()).toEqual([...ids].sort());
        if (seededShuffle(ids, question.id).join() === ids.join()) rotated++;
      }
    }
    expect(rotated).toBeGreaterThan(50);
  });
});

describe('match grading: right pairs / items', () => {
  const entry = matchKind.key(matchQuestion());
  const pairs = (p: Record<string, string>): Answer => ({ type: 'match', pairs: p });
  it.each<[string, Answer | undefined, number]>([
    ['every pair right', pairs({ s1: 'level-a', s2: 'level-b', s3: 'level-a' }), 1],
    ['two of three right', pairs({ s1: 'level-a', s2: 'level-a', s3: 'level-a' }), 2 / 3],
    ['one right, two left open', pairs({ s2: 'level-b' }), 1 / 3],
    ['the unused option everywhere', pairs({ s1: 'level-c', s2: 'level-c', s3: 'level-c' }), 0],
    ['an unknown item counts for nothing', pairs({ zzz: 'level-a', s1: 'level-a' }), 1 / 3],
    ['no answer', undefined, 0],
    ['an answer of another type', { type: 'order', order: ['s1'] }, 0],
  ])('%s scores %s', (_name, answer, score) => {
    expect(scoreOf(entry, answer)).toBeCloseTo(score);
  });
});

describe('a saved match answer after the question was edited', () => {
  const saved: MatchAnswer = { type: 'match', pairs: { s1: 'level-a', s2: 'level-b' } };
  it.each<[string, Parameters<typeof matchQuestion>[0], ReturnType<typeof matchAnswer.fit>]>([
    ['unchanged: it stays', {}, { keep: saved }],
    ['an item added: it stays', { items: [...matchQuestion().items, item('s4', 'Fourth', 'level-c')] }, { keep: saved }],
    [
      'an item removed: the other pair stays, the answer as saved is kept aside',
      { items: [item('s1', 'First', 'level-a'), item('s3', 'Third', 'level-a')] },
      { keep: { type: 'match', pairs: { s1: 'level-a' } }, reason: 'items-changed' },
    ],
    [
      'both options gone: nothing stays',
      { options: [option('level-c', 'C'), option('level-d', 'D')], items: [item('s1', 'First', 'level-c'), item('s2', 'Second', 'level-d')] },
      { reason: 'items-changed' },
    ],
  ])('%s', (_name, change, expected) => {
    expect(matchAnswer.fit(saved, matchKind.key(matchQuestion(change)))).toEqual(expected);
  });
});
