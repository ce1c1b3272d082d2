/**
 * The broken quizzes in tests/fixtures/bad-quizzes/ (one problem each; the duplicate-id pair
 * one each) and the exact text an author reads for them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../errors.ts';
import { validateQuizzes } from './validate.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const dir = 'tests/fixtures/bad-quizzes';

const context = {
  levelIds: new Set([
    'junior',
    'mid',
    'senior',
    'staff',
    'principal',
    'engineering-manager',
    'senior-engineering-manager',
    'director',
    'data-architect',
    'ai-architect',
  ]),
  chapterIds: new Set([
    'career-paths/ic-or-management',
    'career-paths/manufacturing-scope',
    'growing-beyond-senior/mid-to-senior-with-ai',
    'growing-beyond-senior/senior-to-ai-architect',
    'growing-beyond-senior/engineer-to-ai-lead',
    'mentorship/why-invest',
    'mentorship/how-people-learn',
    'mentorship/teaching-technical-concepts',
    'mentorship/probabilistic-mindset',
    'mentorship/feedback',
    'mentorship/structuring-mentorship',
    'mentorship/case-studies',
    'mentorship/culture-of-growth',
    'mentorship/measuring-mentorship',
    'mentorship/summary',
  ]),
  partIds: new Set(['growing-beyond-senior', 'career-paths', 'mentorship']),
};

const names = readdirSync(`${root}${dir}`)
  .filter((name) => name.endsWith('.yaml'))
  .sort();
const files = names.map((name) => ({
  file: `${dir}/${name}`,
  id: name.replace(/\.yaml$/, ''),
  data: parse(readFileSync(`${root}${dir}/${name}`, 'utf8')) as unknown,
}));
const { problems } = validateQuizzes(files, context);

/** The one problem of a fixture, as authors read it. */
function problemOf(name: string): string {
  const mine = problems.filter((problem) => problem.file === `${dir}/${name}`);
  expect(mine, `${name} should have exactly one problem`).toHaveLength(1);
  return formatProblem(mine[0]!);
}

describe('bad quiz fixtures', () => {
  it('each file has exactly one problem', () => {
    expect(names.length).toBeGreaterThanOrEqual(14);
    for (const name of names) expect(problems.filter((p) => p.file === `${dir}/${name}`).map(formatProblem), name).toHaveLength(1);
    expect(problems).toHaveLength(names.length);
  });

  it('unknown-key.yaml', () => {
    expect(problemOf('unknown-key.yaml')).toMatchInlineSnapshot(`
      "tests/fixtures/bad-quizzes/unknown-key.yaml › questions[0].promtp: unknown key "promtp"
          hint: did you mean "prompt"?"
    `);
  });

  it('wrong-type.yaml', () => {
    expect(problemOf('wrong-type.yaml')).toMatchInlineSnapshot(`
      "tests/fixtures/bad-quizzes/wrong-type.yaml › questions[0].choices[0].correct: expected boolean, received string
          hint: write true or false"
    `);
  });

  it('unknown-type.yaml', () => {
    expect(problemOf('unknown-type.yaml')).toMatchInlineSnapshot(`
      "tests/fixtures/bad-quizzes/unknown-type.yaml › questions[0].type: unknown type "multiple-choice"
          hint: use single, multiple, order, open, scenario, design or match"
    `);
  });

  it('single-two-correct.yaml', () => {
    expect(problemOf('single-two-correct.yaml')).toMatchInlineSnapshot(`
      "tests/fixtures/bad-quizzes/single-two-correct.yaml › questions[0].choices: 2 choices are marked correct (steps, checklist), but a single question has exactly one
          hint: keep "correct: true" on the one right answer, or use "type: multiple" if several are right"
    `);
  });

  it('multiple-none-correct.yaml', () => {
    expect(problemOf('multiple-none-correct.yaml')).toMatchInlineSnapshot(`
      "tests/fixtures/bad-quizzes/multiple-none-correct.yaml › questions[0].choices: no choice is marked correct
          hint: add "correct: true" to each right answer (at least one)"
    `);
  });

  it('duplicate-choice-text.yaml', () => {
    expect(problemOf('duplicate-choice-text.yaml')).toMatchInlineSnapshot(`
      "tests/fixtures/bad-quizzes/duplicate-choice-text.yaml › questions[0].choices[2].text: same text as choices[0] ("Ask for their diagnosis and plan")
          hint: readers cannot tell the two apart; reword one or remove it"
    `);
  });

  it('duplicate-question-id-a.yaml and -b.yaml name each other', () => {
    expect(problemOf('duplicate-question-id-a.yaml')).toMatchInlineSnapshot(`
      "tests/fixtures/bad-quizzes/duplicate-question-id-a.yaml › questions[0].id: question id "bad-shared-id" is also used by tests/fixtures/bad-quizzes/duplicate-question-id-b.yaml › questions[0]
          hint: question ids must be unique across the whole site (saved answers are keyed by them); rename one, prefixed with its quiz topic"
    `);
    expect(problemOf('duplicate-question-id-b.yaml')).toMatchInlineSnapshot(`
      "tests/fixtures/bad-quizzes/duplicate-question-id-b.yaml › questions[0].id: question id "bad-shared-id" is also used by tests/fixtures/bad-quizzes/duplicate-question-id-a.yaml › questions[0]
          hint: question ids must be unique across the whole site (saved answers are keyed by them); rename one, prefixed with its quiz topic"
    `);
  });

  it('unknown-level.yaml', () => {
    expect(problemOf('unknown-level.yaml')).toMatchInlineSnapshot(`
      "tests/fixtures/bad-quizzes/unknown-level.yaml › questions[0].level: unknown level "snior"
          hint: did you mean "senior"?"
    `);
  });

  it('dangling-about.yaml', () => {
    expect(problemOf('dangling-about.yaml')).toMatchInlineSnapshot(`
      "tests/fixtures/bad-quizzes/dangling-about.yaml › about: "chapter:mentorship/feedbak" does not exist: there is no chapter with the id "mentorship/feedbak"
          hint: did you mean "chapter:mentorship/feedback"?"
    `);
  });

  it('bad-about-format.yaml', () => {
    expect(problemOf('bad-about-format.yaml')).toMatchInlineSnapshot(`"tests/fixtures/bad-quizzes/bad-about-format.yaml › about: expected chapter:<part>/<slug>, level:<id> or part:<id>, like "chapter:mentorship/feedback" (lowercase, no file extension)"`);
  });

  it('missing-rubric.yaml', () => {
    expect(problemOf('missing-rubric.yaml')).toMatchInlineSnapshot(`
      "tests/fixtures/bad-quizzes/missing-rubric.yaml › questions[0].rubric: missing required list
          hint: add a "rubric": a list of 1 to 8 key points (id and text) readers tick when their answer covers them"
    `);
  });

  it('order-one-item.yaml', () => {
    expect(problemOf('order-one-item.yaml')).toMatchInlineSnapshot(`"tests/fixtures/bad-quizzes/order-one-item.yaml › questions[0].items: an order question needs at least 2 items to put in order; add more"`);
  });

  it('bad-id.yaml', () => {
    expect(problemOf('bad-id.yaml')).toMatchInlineSnapshot(`"tests/fixtures/bad-quizzes/bad-id.yaml › questions[0].id: expected a kebab-case id (lowercase letters and digits joined by single hyphens), like "feedback-sbi-parts""`);
  });
});
