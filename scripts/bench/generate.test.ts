import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readContentModel } from '../../src/lib/content/read-content.ts';
import { formatProblems } from '../../src/lib/errors.ts';
import { CONTENT_LAYOUT, type ContentSnapshot, type SourceFile } from '../../src/lib/check/source.ts';
import { DEFAULT_CORPUS, generateCorpus, readLadderSource, type Corpus, type LadderSource } from './generate.ts';
import { countWords } from './text.ts';

let ladder: LadderSource;
beforeAll(async () => {
  ladder = await readLadderSource(resolve(import.meta.dirname, '../../content'));
});

/** The snapshot the content check would read from a folder holding the corpus. */
function snapshotOf(corpus: Corpus): ContentSnapshot {
  const source = (path: string, dir = ''): SourceFile => ({ file: `bench/${path}`, relative: path.slice(dir ? dir.length + 1 : 0), text: corpus.files.get(path)! });
  const under = (dir: string) => [...corpus.files.keys()].filter((p) => p.startsWith(`${dir}/`)).sort().map((p) => source(p, dir));
  return {
    parts: source(CONTENT_LAYOUT.parts),
    paths: source(CONTENT_LAYOUT.paths),
    tracks: source(CONTENT_LAYOUT.tracks),
    activities: source(CONTENT_LAYOUT.activities),
    dimensions: source(CONTENT_LAYOUT.dimensions),
    chapters: under(CONTENT_LAYOUT.chapters.dir),
    levels: under(CONTENT_LAYOUT.levels.dir),
    quizzes: under(CONTENT_LAYOUT.quizzes.dir),
  };
}

describe('the benchmark corpus', () => {
  it('passes every content rule, so the bench measures a build that succeeds', () => {
    const corpus = generateCorpus({ ...DEFAULT_CORPUS, chapters: 60, quizEvery: 1 }, ladder);
    const { problems } = readContentModel(snapshotOf(corpus));
    expect(problems.length ? formatProblems(problems) : 'no problems').toBe('no problems');
  });

  it.each([
    { chapters: 100, perPart: 25, quizEvery: 1, parts: 4, quizzes: 100 },
    { chapters: 260, perPart: 25, quizEvery: 1, parts: 11, quizzes: 260 },
    { chapters: 30, perPart: 25, quizEvery: 0, parts: 2, quizzes: 0 },
    { chapters: 30, perPart: 10, quizEvery: 3, parts: 3, quizzes: 10 },
  ])('$chapters chapters, $perPart per part, a quiz every $quizEvery → $parts parts, $quizzes chapter quizzes', ({ chapters, perPart, quizEvery, parts, quizzes }) => {
    const corpus = generateCorpus({ ...DEFAULT_CORPUS, chapters, perPart, quizEvery }, ladder);
    expect(corpus.counts).toMatchObject({ chapters, parts, quizzes: quizzes + ladder.levels.length, levels: ladder.levels.length });
  });

  it('writes chapters of about 2,000 words with the anchor corpus elements', () => {
    const corpus = generateCorpus({ ...DEFAULT_CORPUS, chapters: 5 }, ladder);
    const chapters = [...corpus.files].filter(([path]) => path.startsWith('chapters/'));
    for (const [, text] of chapters) {
      expect(countWords(text)).toBeGreaterThanOrEqual(2000);
      expect(countWords(text)).toBeLessThan(2150);
      expect(text).toMatch(/^## /m); // headings
      expect(text).toMatch(/^### /m);
      expect(text).toMatch(/^- /m); // lists
      expect(text).toMatch(/^1\. /m);
      expect(text).toMatch(/^\| --- \|/m); // a GFM table
      expect(text).toMatch(/^```ts$/m); // a code block
    }
  });

  it('is the same for the same seed and different for another', () => {
    const a = generateCorpus({ ...DEFAULT_CORPUS, chapters: 10 }, ladder);
    const b = generateCorpus({ ...DEFAULT_CORPUS, chapters: 10 }, ladder);
    const c = generateCorpus({ ...DEFAULT_CORPUS, chapters: 10, seed: 2 }, ladder);
    expect([...a.files]).toEqual([...b.files]);
    expect([...a.files]).not.toEqual([...c.files]);
  });
});
