import { describe, expect, it } from 'vitest';
import { sampleState } from './fixtures.ts';
import { parseProgress, readState } from './parse.ts';
import { emptyProgress } from './shape.ts';

const valid = sampleState();
const json = (value: unknown) => JSON.stringify(value);

/** Loosely typed JSON (`any` on purpose: these tests write data that does not fit the types). */
type Loose = Record<string, any>;

/** The sample state with `edit` applied to a deep copy. */
function sampleWith(edit: (data: Loose) => void): string {
  const data = JSON.parse(json(valid)) as Loose;
  edit(data);
  return json(data);
}

describe('parseProgress: whole data that cannot be read is replaced by an empty state and reported', () => {
  it.each([
    ['bad JSON', '{"version":1,', 'bad-json', 'not valid JSON'],
    ['a string', '"my progress"', 'wrong-shape', 'not a progress object with a version'],
    ['a number', '42', 'wrong-shape', 'not a progress object with a version'],
    ['an array', json([valid]), 'wrong-shape', 'not a progress object with a version'],
    ['null as JSON', 'null', 'wrong-shape', 'not a progress object with a version'],
    ['version 99', json({ ...valid, version: 99 }), 'future-version', 'saved by a newer Ladderbook (version 99, this one reads up to 2)'],
    ['quizzes that are a list', json({ ...valid, quizzes: [] }), 'wrong-shape', 'not a readable progress state'],
    ['no orphaned list', json({ version: 1, quizzes: {}, assessments: {} }), 'wrong-shape', 'not a readable progress state'],
  ])('%s', (_name, raw, reason, detail) => {
    expect(parseProgress(raw)).toEqual({ state: emptyProgress(), problem: { reason, detail, dropped: [] } });
  });
});

describe('parseProgress: readable data', () => {
  it('nothing saved yet is an empty state, not a problem', () => {
    expect(parseProgress(null)).toEqual({ state: emptyProgress() });
  });

  it('reads a valid state back exactly', () => {
    expect(parseProgress(json(valid))).toEqual({ state: valid });
  });

  it('migrates the flat v0 layout', () => {
    const v0 = json({ answers: { 'check-feedback:feedback-sbi-choice': { type: 'single', choice: 'sbi' } } });
    expect(parseProgress(v0)).toEqual({
      state: {
        version: 2,
        quizzes: { 'check-feedback': { updatedAt: 0, answers: { 'feedback-sbi-choice': { type: 'single', choice: 'sbi' } }, review: {}, attempts: [] } },
        assessments: {},
        orphaned: [],
      },
    });
  });

  it('drops keys it does not know instead of refusing the data', () => {
    expect(parseProgress(sampleWith((d) => (d.theme = 'dark')))).toEqual({ state: valid });
  });
});

describe('parseProgress: one bad entry drops only that entry, everything else is kept', () => {
  it.each([
    [
      'an answer of an unknown type',
      (d: Loose) => (d.quizzes['check-feedback'].answers['feedback-sbi-choice'] = { type: 'essay' }),
      ['quizzes.check-feedback.answers.feedback-sbi-choice'],
      (s: Loose) => delete s.quizzes['check-feedback'].answers['feedback-sbi-choice'],
    ],
    [
      'a multiple answer whose choices are text',
      (d: Loose) => (d.quizzes['check-feedback'].answers['feedback-behaviour-vs-interpretation'].choices = 'merged'),
      ['quizzes.check-feedback.answers.feedback-behaviour-vs-interpretation'],
      (s: Loose) => delete s.quizzes['check-feedback'].answers['feedback-behaviour-vs-interpretation'],
    ],
    [
      'a review stage 4',
      (d: Loose) => (d.quizzes['check-feedback'].review['feedback-behaviour-vs-interpretation'].stage = 4),
      ['quizzes.check-feedback.review.feedback-behaviour-vs-interpretation'],
      (s: Loose) => (s.quizzes['check-feedback'].review = {}),
    ],
    [
      'an attempt without a score',
      (d: Loose) => d.quizzes['check-feedback'].attempts.unshift({ at: 5, max: 2 }),
      ['quizzes.check-feedback.attempts.0'],
      () => undefined,
    ],
    [
      'a latest score with a level in text',
      (d: Loose) => (d.quizzes['check-feedback'].latest.levels.mid = '1/2'),
      ['quizzes.check-feedback.latest'],
      (s: Loose) => delete s.quizzes['check-feedback'].latest,
    ],
    [
      'a quiz entry without updatedAt',
      (d: Loose) => delete d.quizzes['check-how-people-learn'].updatedAt,
      ['quizzes.check-how-people-learn'],
      (s: Loose) => delete s.quizzes['check-how-people-learn'],
    ],
    [
      'a quiz entry that is a string',
      (d: Loose) => (d.quizzes['check-teaching'] = 'done'),
      ['quizzes.check-teaching'],
      () => undefined,
    ],
    [
      'a signal whose met is "yes"',
      (d: Loose) => (d.assessments.staff.signals['design-doc-adopted'].met = 'yes'),
      ['assessments.staff.signals.design-doc-adopted'],
      (s: Loose) => (s.assessments.staff.signals = {}),
    ],
    [
      'an orphaned record with an unknown reason, among good ones',
      (d: Loose) => d.orphaned.unshift({ ...d.orphaned[0], reason: 'lost' }),
      ['orphaned.0'],
      () => undefined,
    ],
    [
      'two bad entries in different quizzes, one inside a dropped quiz',
      (d: Loose) => {
        d.quizzes['check-feedback'].answers['feedback-sbi-choice'].choice = 7;
        d.quizzes['check-how-people-learn'].updatedAt = 'yesterday';
        d.quizzes['check-how-people-learn'].answers['learning-dreyfus-order'] = null;
      },
      ['quizzes.check-feedback.answers.feedback-sbi-choice', 'quizzes.check-how-people-learn'],
      (s: Loose) => {
        delete s.quizzes['check-feedback'].answers['feedback-sbi-choice'];
        delete s.quizzes['check-how-people-learn'];
      },
    ],
  ])('%s', (_name, damage, dropped, expectedEdit) => {
    const expected = JSON.parse(json(valid)) as Loose;
    expectedEdit(expected);
    const result = parseProgress(sampleWith(damage));
    expect(result.state).toEqual(expected);
    expect(result.problem?.reason).toBe('bad-entries');
    expect(result.problem?.dropped.sort()).toEqual(dropped);
    expect(result.problem?.detail).toBe(`dropped ${dropped.length} unreadable entr${dropped.length === 1 ? 'y' : 'ies'}`);
  });

  it('does not modify the data it was given', () => {
    const data = JSON.parse(sampleWith((d) => (d.quizzes['check-teaching'] = 'done'))) as unknown;
    const before = json(data);
    readState(data);
    expect(json(data)).toBe(before);
  });
});
