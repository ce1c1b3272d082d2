import { readFileSync, readdirSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { quizJsonSchema } from './json-schemas.ts';

const published = JSON.parse(readFileSync('public/schemas/quiz.schema.json', 'utf8')) as Record<string, unknown>;
const validate = new Ajv2020({ strict: false, allErrors: true }).compile(published);

describe('the quiz JSON Schema editors use', () => {
  it('is the one generated from the zod schema (run `npm run schemas` after changing it)', () => {
    expect(published).toEqual(quizJsonSchema());
  });

  it.each(readdirSync('content/quizzes').filter((f) => f.endsWith('.yaml')))('accepts content/quizzes/%s', (file) => {
    const text = readFileSync(`content/quizzes/${file}`, 'utf8');
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=../../public/schemas/quiz.schema.json');
    expect(validate(parse(text)) ? [] : validate.errors).toEqual([]);
  });

  it.each([
    ['a misspelt key', { promtp: 'x' }],
    ['an unknown question type', { type: 'essay' }],
    ['a choice without why', { choices: [{ id: 'a', text: 'A', correct: true }, { id: 'b', text: 'B', why: 'no' }] }],
  ])('flags %s while the author types', (_what, change) => {
    const quiz = parse(readFileSync('content/quizzes/check-feedback.yaml', 'utf8')) as { questions: Record<string, unknown>[] };
    quiz.questions[0] = { ...quiz.questions[0], ...change };
    expect(validate(quiz)).toBe(false);
  });
});
