import { describe, expect, it } from 'vitest';
import { formatProblem } from '../errors.ts';
import { validateQuizzes, type QuizContext, type QuizFile } from './validate.ts';

const context: QuizContext = {
  levelIds: new Set(['junior', 'mid', 'senior', 'staff']),
  chapterIds: new Set(['mentorship/feedback', 'mentorship/how-people-learn']),
  partIds: new Set(['mentorship', 'career-paths']),
};

const question = (id: string, level = 'mid') => ({
  id,
  type: 'single',
  level,
  prompt: 'Which?',
  choices: [
    { id: 'a', text: 'A', correct: true, why: 'Right.' },
    { id: 'b', text: 'B', why: 'Wrong.' },
  ],
  explanation: 'Because.',
});

/** A quiz file named `<id>.yaml` with the given questions and about. */
function file(id: string, questions: unknown[], about = 'chapter:mentorship/feedback'): QuizFile {
  return { file: `content/quizzes/${id}.yaml`, id, data: { title: 'T', description: 'D.', about, questions } };
}

const report = (files: QuizFile[]) => validateQuizzes(files, context).problems.map(formatProblem);

describe('validateQuizzes', () => {
  it('returns valid quizzes with their id and file, and no problems', () => {
    const { quizzes, problems } = validateQuizzes([file('check-feedback', [question('feedback-a')])], context);
    expect(problems).toEqual([]);
    expect(quizzes.map((q) => [q.id, q.file, q.questions[0]!.id])).toEqual([
      ['check-feedback', 'content/quizzes/check-feedback.yaml', 'feedback-a'],
    ]);
  });

  it.each<[string, QuizFile[], string[]]>([
    [
      'a question id used in two files names the other file in each',
      [file('one', [question('shared-id')]), file('two', [question('other'), question('shared-id')])],
      [
        'content/quizzes/one.yaml › questions[0].id: question id "shared-id" is also used by content/quizzes/two.yaml › questions[1]\n' +
          '    hint: question ids must be unique across the whole site (saved answers are keyed by them); rename one, prefixed with its quiz topic',
        'content/quizzes/two.yaml › questions[1].id: question id "shared-id" is also used by content/quizzes/one.yaml › questions[0]\n' +
          '    hint: question ids must be unique across the whole site (saved answers are keyed by them); rename one, prefixed with its quiz topic',
      ],
    ],
    [
      'a question id used twice in one file',
      [file('one', [question('same'), question('same')])],
      [
        'content/quizzes/one.yaml › questions[0].id: question id "same" is also used by questions[1] of this file\n' +
          '    hint: question ids must be unique across the whole site (saved answers are keyed by them); rename one, prefixed with its quiz topic',
        'content/quizzes/one.yaml › questions[1].id: question id "same" is also used by questions[0] of this file\n' +
          '    hint: question ids must be unique across the whole site (saved answers are keyed by them); rename one, prefixed with its quiz topic',
      ],
    ],
    [
      'an about with a typo gets the closest id',
      [file('one', [question('q1')], 'chapter:mentorship/feedbak')],
      ['content/quizzes/one.yaml › about: "chapter:mentorship/feedbak" does not exist: there is no chapter with the id "mentorship/feedbak"\n    hint: did you mean "chapter:mentorship/feedback"?'],
    ],
    [
      'an about with the wrong kind gets the right kind',
      [file('one', [question('q1')], 'level:mentorship')],
      ['content/quizzes/one.yaml › about: "level:mentorship" does not exist: there is no level with the id "mentorship"\n    hint: did you mean "part:mentorship"?'],
    ],
    [
      'an about far from everything lists some ids',
      [file('one', [question('q1')], 'part:leadership-and-strategy')],
      ['content/quizzes/one.yaml › about: "part:leadership-and-strategy" does not exist: there is no part with the id "leadership-and-strategy"\n    hint: use an existing part, like "part:mentorship" or "part:career-paths"'],
    ],
    [
      'a level with a typo',
      [file('one', [question('q1', 'snior')])],
      ['content/quizzes/one.yaml › questions[0].level: unknown level "snior"\n    hint: did you mean "senior"?'],
    ],
    [
      'a level the ladder does not define',
      [file('one', [question('q1', 'vp-engineering')])],
      ['content/quizzes/one.yaml › questions[0].level: unknown level "vp-engineering"\n    hint: use a level the ladder defines: junior, mid, senior or staff'],
    ],
    [
      'a misspelt key is reported once, not also as a missing key',
      [file('one', [{ ...question('q1'), prompt: undefined, promtp: 'Which?' }])],
      ['content/quizzes/one.yaml › questions[0].promtp: unknown key "promtp"\n    hint: did you mean "prompt"?'],
    ],
    [
      'an unrelated unknown key does not hide a missing key',
      [file('one', [{ ...question('q1'), explanation: undefined, notes: 'x' }])],
      [
        'content/quizzes/one.yaml › questions[0].explanation: missing required string\n    hint: add "explanation"',
        'content/quizzes/one.yaml › questions[0].notes: unknown key "notes"\n' +
          '    hint: remove it; allowed keys here: id, level, prompt, explanation, type, choices',
      ],
    ],
    [
      'a file name that is not a valid quiz id',
      [file('Check_Feedback', [question('q1')])],
      ['content/quizzes/Check_Feedback.yaml: "Check_Feedback" is not a valid quiz id (the file name is the id)\n    hint: rename the file in kebab-case (lowercase letters and digits joined by single hyphens), like "check-feedback.yaml"'],
    ],
  ])('%s', (_name, files, expected) => {
    expect(report(files)).toEqual(expected);
  });

  it('collects every problem of every file, grouped by file, without throwing', () => {
    const broken = question('q2');
    broken.choices[1]!.correct = true;
    const files = [
      file('a', [{ ...question('q1'), promtp: 'x' }]),
      file('b', [broken, question('q3', 'staf')], 'part:mentorshp'),
      { file: 'content/quizzes/empty.yaml', id: 'empty', data: null },
    ];
    const { quizzes, problems } = validateQuizzes(files, context);
    expect(quizzes.map((q) => q.id)).toEqual(['b']);
    expect(problems.map((p) => `${p.file} ${p.path.join('.')}`)).toEqual([
      'content/quizzes/a.yaml questions.0.promtp',
      'content/quizzes/b.yaml questions.0.choices',
      'content/quizzes/b.yaml about',
      'content/quizzes/b.yaml questions.1.level',
      'content/quizzes/empty.yaml ',
    ]);
  });

  it('checks cross-file rules only on files that passed the schema', () => {
    const invalid = file('a', [{ ...question('dup'), type: 'true-false' }]);
    expect(report([invalid, file('b', [question('dup')])])).toEqual([
      'content/quizzes/a.yaml › questions[0].type: unknown type "true-false"\n    hint: use single, multiple, order, open, scenario, design or match',
    ]);
  });
});
