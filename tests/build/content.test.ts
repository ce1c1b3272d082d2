/**
 * The default handbook's editorial rules: chapters long enough to teach, a check quiz on every
 * chapter and level, the roles above Senior covered in depth (issue #15), every level page with
 * chapters that serve it, and no prose copied from the source material.
 *
 * The word counts of the role chapters and role level pages are printed when this file runs.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { chapterIdFromPath } from '../../src/lib/check/source.ts';
import { questionSchema } from '../../src/schemas/quiz.ts';
import { ROOT } from '../support/sites.ts';

interface QuestionFile {
  type: string;
  rubric?: unknown[];
}

/** The YAML between the first two `---` lines of an MDX file. */
function frontmatter(mdx: string): Record<string, unknown> {
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(mdx);
  return (match ? parse(match[1]!) : {}) as Record<string, unknown>;
}

const chaptersDir = join(ROOT, 'content/chapters');
const chapters = readdirSync(chaptersDir, { recursive: true })
  .map(String)
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => {
    const text = readFileSync(join(chaptersDir, f), 'utf8');
    return { id: chapterIdFromPath(f), text, levels: (frontmatter(text).levels ?? []) as string[] };
  });
const quizzes = readdirSync(join(ROOT, 'content/quizzes'))
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => parse(readFileSync(join(ROOT, 'content/quizzes', f), 'utf8')) as { about: string; questions: QuestionFile[] });
const levelsDir = join(ROOT, 'content/ladder/levels');
const levels = readdirSync(levelsDir)
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => {
    const text = readFileSync(join(levelsDir, f), 'utf8');
    return { id: f.replace(/\.mdx$/, ''), text, chapters: (frontmatter(text).chapters ?? []) as string[] };
  });

/**
 * Question kinds, derived from the quiz schema rather than listed here: a type whose question
 * has a `rubric` is self-graded, every other type is auto-graded. Auto-graded types without
 * `choices` (order, and any arranging kind added later) are the "arrange" kinds.
 */
const kinds = questionSchema.options.map((option) => ({
  type: option.shape.type.value as string,
  selfGraded: 'rubric' in option.shape,
  choices: 'choices' in option.shape,
}));
const AUTO = new Set(kinds.filter((k) => !k.selfGraded).map((k) => k.type));
const ARRANGE = new Set(kinds.filter((k) => !k.selfGraded && !k.choices).map((k) => k.type));
/** Exercises the reader answers in writing against a rubric. */
const EXERCISE = new Set(['scenario', 'design']);

/** The roles above Senior: each has a chapter and a level page with higher floors. */
const ROLES = [
  { chapter: 'roles/staff-engineer', level: 'staff' },
  { chapter: 'roles/principal-engineer', level: 'principal' },
  { chapter: 'roles/engineering-manager', level: 'engineering-manager' },
  { chapter: 'roles/data-architect', level: 'data-architect' },
  { chapter: 'roles/ai-architect', level: 'ai-architect' },
];
const CHAPTER_FLOOR = 1200;
const ROLE_CHAPTER_FLOOR = 1800;
const ROLE_LEVEL_FLOOR = 900;

/** Words of prose: frontmatter, component tags and table pipes left out. */
function words(mdx: string): number {
  const body = mdx.replace(/^---[\s\S]*?---/, '').replace(/<\/?[A-Z][^>]*>/g, ' ').replace(/[|#*_`>-]/g, ' ');
  return body.split(/\s+/).filter((w) => /[A-Za-z0-9]/.test(w)).length;
}

const chapterText = (id: string) => chapters.find((c) => c.id === id)?.text ?? '';
const levelText = (id: string) => levels.find((l) => l.id === id)?.text ?? '';
const checkQuestions = (chapterId: string) =>
  quizzes.filter((q) => q.about === `chapter:${chapterId}`).flatMap((q) => q.questions);

describe('question kinds', () => {
  it('are derived from the quiz schema: choices and order are auto-graded, order arranges', () => {
    expect([...AUTO]).toEqual(expect.arrayContaining(['single', 'multiple', 'order']));
    expect(AUTO.has('scenario') || AUTO.has('design') || AUTO.has('open')).toBe(false);
    expect(ARRANGE.has('order')).toBe(true);
  });
});

describe('chapters', () => {
  it.each(chapters.map((c) => [c.id, c] as const))(`%s is long enough to read as a chapter (${CHAPTER_FLOOR}+ words)`, (_id, chapter) => {
    expect(words(chapter.text)).toBeGreaterThanOrEqual(CHAPTER_FLOOR);
  });

  it.each(chapters.map((c) => [c.id] as const))('%s ends with a check of at least four auto-graded questions', (id) => {
    const graded = checkQuestions(id).filter((q) => AUTO.has(q.type));
    expect(graded.length).toBeGreaterThanOrEqual(4);
  });
});

describe('levels', () => {
  it.each(levels.map((l) => l.id))('%s has a quiz of at least five questions', (id) => {
    const questions = quizzes.filter((q) => q.about === `level:${id}`).flatMap((q) => q.questions);
    expect(questions.length).toBeGreaterThanOrEqual(5);
  });

  it.each(levels.map((l) => [l.id, l] as const))('%s lists at least one chapter that serves it', (id, level) => {
    const serving = new Set([...level.chapters, ...chapters.filter((c) => c.levels.includes(id)).map((c) => c.id)]);
    expect(serving.size).toBeGreaterThanOrEqual(1);
  });
});

describe('roles above Senior', () => {
  it.each(ROLES.map((r) => [r.chapter] as const))(`chapter %s has ${ROLE_CHAPTER_FLOOR}+ words`, (id) => {
    expect(words(chapterText(id))).toBeGreaterThanOrEqual(ROLE_CHAPTER_FLOOR);
  });

  it.each(ROLES.map((r) => [r.level, r.chapter] as const))(`level %s has ${ROLE_LEVEL_FLOOR}+ words of narrative and links to %s`, (id, chapter) => {
    const text = levelText(id);
    expect(words(text)).toBeGreaterThanOrEqual(ROLE_LEVEL_FLOOR);
    expect(text).toContain(`(chapter:${chapter})`);
  });

  it.each(ROLES.map((r) => [r.chapter] as const))(
    "%s's check has six or more questions, a scenario or design with a rubric, and an order-type question",
    (id) => {
      const questions = checkQuestions(id);
      expect(questions.length).toBeGreaterThanOrEqual(6);
      expect(questions.filter((q) => EXERCISE.has(q.type) && (q.rubric?.length ?? 0) > 0).length).toBeGreaterThanOrEqual(1);
      expect(questions.filter((q) => ARRANGE.has(q.type)).length).toBeGreaterThanOrEqual(1);
    },
  );

  it('chapter and level narrative word counts (printed for reports)', () => {
    const rows = ROLES.map((r) => ({
      chapter: r.chapter,
      'chapter words': words(chapterText(r.chapter)),
      level: r.level,
      'level narrative words': words(levelText(r.level)),
    }));
    console.table(rows);
    expect(rows).toHaveLength(ROLES.length);
  });
});

describe('sources', () => {
  const tool = join(ROOT, '../shared/tools/seed-overlap.mjs');
  it.skipIf(!existsSync(tool))('no passage of eight or more words repeats the source material', () => {
    const run = spawnSync(process.execPath, [tool, 'content', 'src', 'README.md'], { cwd: ROOT, encoding: 'utf8' });
    expect(run.stdout.trim().split('\n').pop()).toBe('no passage of 8+ words repeats the sources');
  });
});
