import { describe, expect, it } from 'vitest';
import { formatProblem, zodProblems } from '../lib/errors.ts';
import { ABOUT_REF, KEBAB_ID, quizSchema } from './quiz.ts';

/** A valid quiz with one question of each type; `edit` breaks it in one place. */
function quiz(edit: (data: Record<string, any>) => void = () => {}): unknown {
  // `any` keeps the table of edits short: each one pokes at a single nested field.
  const data: Record<string, any> = {
    title: 'Check — Feedback',
    description: 'One sentence.',
    about: 'chapter:mentorship/feedback',
    questions: [
      {
        id: 'feedback-sbi-parts',
        type: 'single',
        level: 'mid',
        prompt: 'Which?',
        choices: [
          { id: 'sbi', text: 'Situation, behaviour, impact', correct: true, why: 'Right.' },
          { id: 'sandwich', text: 'Praise, criticism, praise', why: 'Wrong.' },
        ],
        explanation: 'Because.',
      },
      {
        id: 'feedback-pick',
        type: 'multiple',
        level: 'senior',
        prompt: 'Which?',
        choices: [
          { id: 'a', text: 'A', correct: true, why: 'Right.' },
          { id: 'b', text: 'B', correct: false, why: 'Wrong.' },
        ],
        explanation: 'Because.',
      },
      {
        id: 'learning-dreyfus-order',
        type: 'order',
        level: 'mid',
        prompt: 'Put them in order.',
        items: [
          { id: 'novice', text: 'Novice' },
          { id: 'expert', text: 'Expert' },
        ],
        explanation: 'Because.',
      },
      {
        id: 'mentor-scenario-rewrite',
        type: 'scenario',
        level: 'mid',
        situation: 'It happened.',
        prompt: 'What is wrong?',
        answer: 'This.',
        rubric: [{ id: 'steals-learning', text: 'Rewriting takes away the learning.' }],
        explanation: 'Because.',
      },
      { id: 'feedback-open', type: 'open', level: 'staff', prompt: 'Why?', answer: 'This.', rubric: [{ id: 'p', text: 'P.' }], explanation: 'E.' },
      { id: 'feedback-design', type: 'design', level: 'staff', prompt: 'Design it.', answer: 'Like so.', rubric: [{ id: 'p', text: 'P.' }], explanation: 'E.' },
    ],
  };
  edit(data);
  return data;
}

/** What an author reads for the data: formatted problems, or [] when it is valid. */
function problems(data: unknown): string[] {
  const result = quizSchema.safeParse(data, { reportInput: true });
  return result.success ? [] : zodProblems('q.yaml', result.error, [], quizSchema).map(formatProblem);
}

describe('quizSchema accepts', () => {
  it('a quiz with every question type', () => {
    expect(problems(quiz())).toEqual([]);
  });

  it('wrong choices without `correct` (it defaults to false) and trims text', () => {
    const parsed = quizSchema.parse(quiz((d) => (d.questions[0].prompt = '  Which?\n')));
    const first = parsed.questions[0]!;
    expect(first.type === 'single' && first.choices.map((c) => c.correct)).toEqual([true, false]);
    expect(first.prompt).toBe('Which?');
  });
});

describe('quizSchema rejects, with text that says how to fix it', () => {
  it.each<[string, (d: Record<string, any>) => void, string[]]>([
    [
      'a misspelt top-level key',
      (d) => ((d.titel = d.title), delete d.title),
      ['q.yaml › title: missing required string\n    hint: add "title"', 'q.yaml › titel: unknown key "titel"\n    hint: did you mean "title"?'],
    ],
    [
      'a misspelt question key',
      (d) => ((d.questions[0].promtp = 'x'), delete d.questions[0].prompt),
      ['q.yaml › questions[0].prompt: missing required string\n    hint: add "prompt"', 'q.yaml › questions[0].promtp: unknown key "promtp"\n    hint: did you mean "prompt"?'],
    ],
    [
      'a key from another question type (allowed keys are those of the entry\'s type)',
      (d) => (d.questions[2].choices = []),
      ['q.yaml › questions[2].choices: unknown key "choices"\n    hint: remove it; allowed keys here: id, level, prompt, explanation, type, items'],
    ],
    [
      'an unknown key in a choice',
      (d) => (d.questions[1].choices[0].feedback = 'x'),
      ['q.yaml › questions[1].choices[0].feedback: unknown key "feedback"\n    hint: remove it; allowed keys here: id, text, correct, why'],
    ],
    [
      'a misspelt question type',
      (d) => (d.questions[0].type = 'singel'),
      ['q.yaml › questions[0].type: unknown type "singel"\n    hint: did you mean "single"? (type is one of single, multiple, order, open, scenario, design, match)'],
    ],
    [
      'a question without a type',
      (d) => delete d.questions[1].type,
      ['q.yaml › questions[1].type: missing required "type"\n    hint: add "type": single, multiple, order, open, scenario, design or match'],
    ],
    [
      '`correct: yes` (a string in YAML 1.2)',
      (d) => (d.questions[0].choices[0].correct = 'yes'),
      ['q.yaml › questions[0].choices[0].correct: expected boolean, received string\n    hint: write true or false'],
    ],
    [
      'a question id that is not kebab-case',
      (d) => (d.questions[0].id = 'Feedback_SBI'),
      ['q.yaml › questions[0].id: expected a kebab-case id (lowercase letters and digits joined by single hyphens), like "feedback-sbi-parts"'],
    ],
    [
      'an about that is not a content id',
      (d) => (d.about = 'chapters/mentorship/05-feedback.mdx'),
      ['q.yaml › about: expected chapter:<part>/<slug>, level:<id> or part:<id>, like "chapter:mentorship/feedback" (lowercase, no file extension)'],
    ],
    [
      'a single choice',
      (d) => d.questions[0].choices.pop(),
      ['q.yaml › questions[0].choices: a choice question needs at least 2 choices'],
    ],
    [
      'nine choices',
      (d) => (d.questions[1].choices = Array.from({ length: 9 }, (_, i) => ({ id: `c${i}`, text: `C${i}`, why: 'W.' }))),
      ['q.yaml › questions[1].choices: a choice question has at most 8 choices; remove some'],
    ],
    [
      'an order question with one item',
      (d) => d.questions[2].items.pop(),
      ['q.yaml › questions[2].items: an order question needs at least 2 items to put in order; add more'],
    ],
    [
      'a self-graded question without rubric',
      (d) => delete d.questions[4].rubric,
      ['q.yaml › questions[4].rubric: missing required list\n    hint: add a "rubric": a list of 1 to 8 key points (id and text) readers tick when their answer covers them'],
    ],
    [
      'an empty rubric',
      (d) => (d.questions[5].rubric = []),
      ['q.yaml › questions[5].rubric: a rubric needs at least one point (id and text) readers can tick'],
    ],
    [
      'a scenario without situation',
      (d) => delete d.questions[3].situation,
      ['q.yaml › questions[3].situation: missing required string\n    hint: add "situation"'],
    ],
    [
      'an empty explanation',
      (d) => (d.questions[0].explanation = '   '),
      ['q.yaml › questions[0].explanation: must not be empty'],
    ],
    [
      'no questions',
      (d) => (d.questions = []),
      ['q.yaml › questions: a quiz needs at least one question'],
    ],
  ])('%s', (_name, edit, expected) => {
    expect(problems(quiz(edit))).toEqual(expected);
  });

  it('an empty file', () => {
    expect(problems(null)).toEqual(['q.yaml: expected mapping, received null\n    hint: write a YAML mapping (key: value lines)']);
  });
});

describe('id patterns', () => {
  it.each<[string, boolean]>([
    ['feedback-sbi-parts', true],
    ['l3', true],
    ['Feedback', false],
    ['feedback_sbi', false],
    ['-feedback', false],
    ['feedback--sbi', false],
    ['feedback-', false],
  ])('KEBAB_ID %s → %s', (id, ok) => {
    expect(KEBAB_ID.test(id)).toBe(ok);
  });

  it.each<[string, boolean]>([
    ['chapter:mentorship/feedback', true],
    ['level:staff', true],
    ['part:mentorship', true],
    ['quiz:level-staff', false],
    ['chapter:Mentorship/feedback', false],
    ['mentorship/feedback', false],
  ])('ABOUT_REF %s → %s', (ref, ok) => {
    expect(ABOUT_REF.test(ref)).toBe(ok);
  });
});
