/**
 * The one reading of the content: what it hands the site (the model) and what it refuses. The
 * content is a small handbook written here, in memory, changed one way per case.
 */
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../errors.ts';
import { readContentModel } from './read-content.ts';
import { chapter, handbook, level, quiz } from './test-handbook.ts';

describe('readContentModel', () => {
  it('hands the site chapters in reading order, drafts flagged, and only published ones as link targets', () => {
    const { model, problems } = readContentModel(handbook());
    expect(problems.map(formatProblem)).toEqual([]);
    expect(model.chapters.map((c) => [c.id, c.draft, c.order])).toEqual([
      ['basics/first', false, 1],
      ['basics/second', false, 2],
      ['basics/draft', true, 3],
      ['more/later', false, 1],
    ]);
    expect(model.chapters[0]!.updated).toBe('2026-02-01T00:00:00.000Z');
    expect(model.links.ids.chapter).not.toContain('basics/draft');
    expect(model.links.draftChapters).toEqual(['basics/draft']);
    expect(model.links.anchors['chapter:basics/first']).toEqual(['body']);
    expect(model.ladder.levels.map((l) => l.id)).toEqual(['senior']);
    expect(model.quizzes.map((q) => q.id)).toEqual(['check-first']);
  });

  const DRAFT = 'is a draft chapter, which is not published';
  it.each([
    ['a link in a chapter', { chapters: [...handbook().chapters, chapter('basics/04-links.mdx', '', 'See [it](chapter:basics/draft).')] }, `content/chapters/basics/04-links.mdx:6: "chapter:basics/draft" ${DRAFT}`],
    ['a level’s related chapters', { levels: [level('basics/draft')] }, `content/ladder/levels/senior.mdx:16 › chapters[0]: "chapter:basics/draft" ${DRAFT}`],
    ['a quiz about it', { quizzes: [quiz('check-draft', 'chapter:basics/draft')] }, `content/quizzes/check-draft.yaml:3 › about: "chapter:basics/draft" ${DRAFT}`],
  ])('refuses a draft named by %s', (_name, change, expected) => {
    const { problems } = readContentModel(handbook(change));
    expect(problems.map((p) => formatProblem(p).split('\n')[0])).toEqual([expected]);
  });
});
