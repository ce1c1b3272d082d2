/**
 * The default handbook's editorial rules: chapters long enough to teach, a check quiz on every
 * chapter and level, and no prose copied from the source material.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { chapterIdFromPath } from '../../src/lib/check/source.ts';
import { ROOT } from '../support/sites.ts';

const chaptersDir = join(ROOT, 'content/chapters');
const chapters = readdirSync(chaptersDir, { recursive: true })
  .map(String)
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => ({ id: chapterIdFromPath(f), text: readFileSync(join(chaptersDir, f), 'utf8') }));
const quizzes = readdirSync(join(ROOT, 'content/quizzes'))
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => parse(readFileSync(join(ROOT, 'content/quizzes', f), 'utf8')) as { about: string; questions: { type: string }[] });
const levels = readdirSync(join(ROOT, 'content/ladder/levels')).map((f) => f.replace(/\.mdx$/, ''));
const AUTO = new Set(['single', 'multiple', 'order']);

/** Words of prose: frontmatter, component tags and table pipes left out. */
function words(mdx: string): number {
  const body = mdx.replace(/^---[\s\S]*?---/, '').replace(/<\/?[A-Z][^>]*>/g, ' ').replace(/[|#*_`>-]/g, ' ');
  return body.split(/\s+/).filter((w) => /[A-Za-z0-9]/.test(w)).length;
}

describe('chapters', () => {
  it.each(chapters.map((c) => [c.id, c] as const))('%s is long enough to read as a chapter', (id, chapter) => {
    expect(words(chapter.text)).toBeGreaterThanOrEqual(id.endsWith('/summary') ? 700 : 1200);
  });

  it.each(chapters.map((c) => [c.id] as const))('%s ends with a check of at least four auto-graded questions', (id) => {
    const checks = quizzes.filter((q) => q.about === `chapter:${id}`);
    const graded = checks.flatMap((q) => q.questions).filter((q) => AUTO.has(q.type));
    expect(graded.length).toBeGreaterThanOrEqual(4);
  });
});

describe('levels', () => {
  it.each(levels)('%s has a quiz of at least five questions', (id) => {
    const questions = quizzes.filter((q) => q.about === `level:${id}`).flatMap((q) => q.questions);
    expect(questions.length).toBeGreaterThanOrEqual(5);
  });
});

describe('sources', () => {
  const tool = join(ROOT, '../shared/tools/seed-overlap.mjs');
  it.skipIf(!existsSync(tool))('no passage of eight or more words repeats the source material', () => {
    const run = spawnSync(process.execPath, [tool, 'content', 'src', 'README.md'], { cwd: ROOT, encoding: 'utf8' });
    expect(run.stdout.trim().split('\n').pop()).toBe('no passage of 8+ words repeats the sources');
  });
});
