/**
 * Every kind reads its answer from the form's values and writes it back as values (the browser moves
 * values in and out of the controls, see src/browser/quiz-form.ts). A saved answer shown again and
 * read back is the same answer, and a form with nothing filled in is no answer.
 */
import { describe, expect, it } from 'vitest';
import type { Answer, QuestionType } from '../types.ts';
import { questionKinds } from '../registry.ts';
import type { AnswerBase, ClientKind, FieldValues, KeyEntryBase } from './kind.ts';

const client = (type: QuestionType) => questionKinds[type].client as ClientKind<KeyEntryBase, AnswerBase>;

const CASES: [QuestionType, FieldValues, Answer | undefined][] = [
  ['single', { choice: ['sbi'] }, { type: 'single', choice: 'sbi' }],
  ['single', { choice: [] }, undefined],
  ['multiple', { choice: ['a', 'c'] }, { type: 'multiple', choices: ['a', 'c'] }],
  ['multiple', { choice: [] }, undefined],
  ['order', { novice: ['2'], expert: ['3'], competent: ['1'] }, { type: 'order', order: ['competent', 'novice', 'expert'] }],
  ['order', { novice: ['2'], expert: [''], competent: ['1'] }, undefined],
  ['open', { text: ['Mine'], rubric: ['p2'], model: ['open'] }, { type: 'self', text: 'Mine', ticked: ['p2'], revealed: true }],
  ['scenario', { text: ['Draft'], rubric: [], model: [] }, { type: 'self', text: 'Draft', ticked: [], revealed: false }],
  ['design', { text: [''], rubric: [], model: ['open'] }, { type: 'self', text: '', ticked: [], revealed: true }],
  ['design', { text: [''], rubric: [], model: [] }, undefined],
  ['match', { s1: ['level-b'], s2: [''], s3: ['level-a'] }, { type: 'match', pairs: { s1: 'level-b', s3: 'level-a' } }],
  ['match', { s1: [''], s2: [''] }, undefined],
];

describe('reading a form', () => {
  it.each(CASES)('%s: %j → %j', (type, values, answer) => {
    expect(client(type).read(values)).toEqual(answer);
  });
});

describe('a saved answer written to the form reads back the same', () => {
  it.each(CASES.filter((c): c is [QuestionType, FieldValues, Answer] => c[2] !== undefined))('%s: %j', (type, _values, answer) => {
    const kind = client(type);
    expect(kind.read(kind.write(answer))).toEqual(answer);
  });
});
