import { describe, expect, it } from 'vitest';
import { SEARCH_SHARD_PAGES, languageFolder, mergedShardNeeds, shardPages, shardPagesFrom } from './shards.ts';
import { shardFolder, shardsManifest } from './shard-manifest.ts';

describe('which language a searchable page belongs to', () => {
  it.each([
    ['chapters/mentorship/feedback/index.html', ''],
    ['ladder/staff/index.html', ''],
    ['quizzes/check-feedback/index.html', ''],
    ['de/chapters/mentorship/feedback/index.html', 'de'],
    ['ar/ladder/compare/senior/staff/index.html', 'ar'],
    // A chapter folder named like another section stays in the default language.
    ['chapters/ladder/index.html', ''],
  ])('%s → "%s"', (file, language) => {
    expect(languageFolder(file)).toBe(language);
  });
});

describe('splitting the searchable pages into shards', () => {
  const en = (n: number) => `chapters/c${String(n).padStart(2, '0')}/index.html`;
  const de = (n: number) => `de/chapters/c${String(n).padStart(2, '0')}/index.html`;
  it.each([
    ['nothing to index: one empty shard', [], 3, [[]]],
    ['fits in one shard', [en(2), en(1)], 3, [[en(1), en(2)]]],
    ['exactly full', [en(1), en(2), en(3)], 3, [[en(1), en(2), en(3)]]],
    ['one page over', [en(4), en(3), en(2), en(1)], 3, [[en(1), en(2), en(3)], [en(4)]]],
    [
      'each shard takes a slice of every language, so the first has them all',
      [en(1), en(2), en(3), en(4), de(1), de(2)],
      2,
      [[en(1), en(2), de(1), de(2)], [en(3), en(4)]],
    ],
    ['a language with fewer pages still starts in the first shard', [de(1), en(1), en(2), en(3)], 1, [[en(1), de(1)], [en(2)], [en(3)]]],
  ])('%s', (_, files: string[], perShard: number, shards: string[][]) => {
    expect(shardPages(files, perShard)).toEqual(shards);
  });

  it('puts every page in exactly one shard whatever the order it is given in', () => {
    const files = Array.from({ length: 23 }, (_, i) => (i % 3 ? en(i) : de(i)));
    const shards = shardPages([...files].reverse(), 4);
    expect(shards.flat().sort()).toEqual([...files].sort());
    expect(shards.every((pages) => pages.filter((p) => p.startsWith('de/')).length <= 4 && pages.filter((p) => !p.startsWith('de/')).length <= 4)).toBe(true);
  });
});

describe('where the shards go and how the browser finds them', () => {
  it.each([
    [1, []],
    [2, ['pagefind-2/']],
    [4, ['pagefind-2/', 'pagefind-3/', 'pagefind-4/']],
  ])('%i shard(s): the first is pagefind/, the page merges %j', (count, merge) => {
    expect(shardFolder(0)).toBe('pagefind/');
    expect(shardsManifest(count)).toEqual({ merge });
  });

  it.each([
    ['pagefind-entry.json', true],
    ['pagefind.en_8953bdad56.pf_meta', true],
    ['index/en_1a2b3c4.pf_index', true],
    ['fragment/en_5d6e7f8.pf_fragment', true],
    ['filter/en_9a8b7c6.pf_filter', true],
    ['pagefind.js', false],
    ['pagefind-worker.js', false],
    ['wasm.en.pagefind', false],
    ['pagefind-ui.css', false],
  ])('a merged shard keeps %s: %s', (file, kept) => {
    expect(mergedShardNeeds(file)).toBe(kept);
  });
});

describe('the pages per shard', () => {
  it.each([
    [{}, SEARCH_SHARD_PAGES],
    [{ LADDERBOOK_SEARCH_SHARD_PAGES: '' }, SEARCH_SHARD_PAGES],
    [{ LADDERBOOK_SEARCH_SHARD_PAGES: ' 40 ' }, 40],
  ])('%j → %i', (env, pages) => {
    expect(shardPagesFrom(env)).toBe(pages);
  });

  it.each(['0', '-5', '2.5', 'many'])('"%s" is refused with what to write instead', (value) => {
    expect(() => shardPagesFrom({ LADDERBOOK_SEARCH_SHARD_PAGES: value })).toThrow(`LADDERBOOK_SEARCH_SHARD_PAGES=${value}: expected a whole number of pages, at least 1`);
  });
});
