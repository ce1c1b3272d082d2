/**
 * Checks all quiz files at once and returns every problem (never throws): first each file's
 * schema, then each question's kind rules, then rules across files (unique question ids,
 * existing `about` targets, level ids the ladder defines).
 */
import { closest, listChoices, type Problem, withoutMisspeltKeys, zodProblems } from '../errors.ts';
import { KEBAB_ID, quizSchema, type QuizData } from '../../schemas/quiz.ts';
import { draftReference } from '../links/drafts.ts';
import { validateQuestion } from './registry.ts';

/** One quiz file as read from disk: its path, its id (file name without .yaml) and parsed YAML. */
export interface QuizFile {
  file: string;
  id: string;
  data: unknown;
}

/** What the quizzes may refer to. */
export interface QuizContext {
  levelIds: ReadonlySet<string>;
  /** Published chapters. */
  chapterIds: ReadonlySet<string>;
  partIds: ReadonlySet<string>;
  /** Draft chapters: a quiz about one gets its own message. */
  draftChapterIds?: ReadonlySet<string>;
}

/** A valid quiz: the parsed file plus its id and path. */
export type Quiz = QuizData & { id: string; file: string };

/** Validates every quiz file; `quizzes` holds the files that passed the schema. */
export function validateQuizzes(
  files: readonly QuizFile[],
  context: QuizContext,
): { quizzes: Quiz[]; problems: Problem[] } {
  const quizzes: Quiz[] = [];
  const problems: Problem[] = [];
  for (const { file, id, data } of files) {
    if (!KEBAB_ID.test(id)) {
      problems.push({
        file,
        path: [],
        message: `"${id}" is not a valid quiz id (the file name is the id)`,
        hint: 'rename the file in kebab-case (lowercase letters and digits joined by single hyphens), like "check-feedback.yaml"',
      });
    }
    const parsed = quizSchema.safeParse(data, { reportInput: true });
    if (!parsed.success) {
      problems.push(...zodProblems(file, withoutMisspeltKeys(parsed.error), [], quizSchema));
      continue;
    }
    const quiz: Quiz = { ...parsed.data, id, file };
    quizzes.push(quiz);
    quiz.questions.forEach((question, index) => {
      for (const issue of validateQuestion(question, ['questions', index])) problems.push({ file, ...issue });
    });
  }
  problems.push(
    ...duplicateQuestionIds(quizzes),
    ...quizzes.flatMap((quiz) => aboutProblems(quiz, context)),
    ...quizzes.flatMap((quiz) => levelProblems(quiz, context.levelIds)),
  );
  return { quizzes, problems: groupByFile(problems, files) };
}

/** Every use of a question id that is used more than once, each naming the other uses. */
function duplicateQuestionIds(quizzes: readonly Quiz[]): Problem[] {
  const uses = new Map<string, { file: string; index: number }[]>();
  for (const quiz of quizzes) {
    quiz.questions.forEach((question, index) => {
      const list = uses.get(question.id) ?? [];
      list.push({ file: quiz.file, index });
      uses.set(question.id, list);
    });
  }
  const problems: Problem[] = [];
  for (const [id, list] of uses) {
    if (list.length < 2) continue;
    for (const use of list) {
      const others = list
        .filter((other) => other !== use)
        .map((other) => (other.file === use.file ? `questions[${other.index}] of this file` : `${other.file} › questions[${other.index}]`));
      problems.push({
        file: use.file,
        path: ['questions', use.index, 'id'],
        message: `question id "${id}" is also used by ${others.join(', ')}`,
        hint: 'question ids must be unique across the whole site (saved answers are keyed by them); rename one, prefixed with its quiz topic',
      });
    }
  }
  return problems;
}

/** `about` must name a chapter, level or part that exists. */
function aboutProblems(quiz: Quiz, context: QuizContext): Problem[] {
  const [kind, ...rest] = quiz.about.split(':');
  const target = rest.join(':');
  const known: Record<string, ReadonlySet<string>> = {
    chapter: context.chapterIds,
    level: context.levelIds,
    part: context.partIds,
  };
  const ids = known[kind ?? ''];
  if (!ids || ids.has(target)) return [];
  if (kind === 'chapter' && context.draftChapterIds?.has(target)) return [{ file: quiz.file, path: ['about'], ...draftReference(quiz.about) }];
  const all = Object.entries(known).flatMap(([prefix, set]) => [...set].map((id) => `${prefix}:${id}`));
  const guess = closest(quiz.about, all);
  const sample = [...ids].slice(0, 6).map((id) => `${kind}:${id}`);
  return [
    {
      file: quiz.file,
      path: ['about'],
      message: `"${quiz.about}" does not exist: there is no ${kind} with the id "${target}"`,
      hint: guess
        ? `did you mean "${guess}"?`
        : ids.size > 0
          ? `use an existing ${kind}, like ${listChoices(sample.map((ref) => `"${ref}"`))}${ids.size > sample.length ? ' (…)' : ''}`
          : `there are no ${kind}s yet; point "about" at a chapter, level or part that exists`,
    },
  ];
}

/** Every question's `level` must be a level id the ladder defines. */
function levelProblems(quiz: Quiz, levelIds: ReadonlySet<string>): Problem[] {
  const problems: Problem[] = [];
  quiz.questions.forEach((question, index) => {
    if (levelIds.has(question.level)) return;
    const guess = closest(question.level, levelIds);
    problems.push({
      file: quiz.file,
      path: ['questions', index, 'level'],
      message: `unknown level "${question.level}"`,
      hint: guess ? `did you mean "${guess}"?` : `use a level the ladder defines: ${listChoices([...levelIds])}`,
    });
  });
  return problems;
}

/** Problems grouped by file in the order the files were given, each file's in the order found. */
function groupByFile(problems: readonly Problem[], files: readonly QuizFile[]): Problem[] {
  const order = new Map(files.map((entry, index) => [entry.file, index]));
  return problems
    .map((problem, index) => ({ problem, index }))
    .sort((a, b) => (order.get(a.problem.file) ?? 0) - (order.get(b.problem.file) ?? 0) || a.index - b.index)
    .map(({ problem }) => problem);
}
