/**
 * The real ladder in content/ladder must build cleanly. The only test here that reads files
 * (node:fs is fine in tests; the modules under test stay pure).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ladderExportSchema } from '../../schemas/ladder.ts';
import { formatProblems } from '../errors.ts';
import { en, type En } from '../i18n/catalogues/en/index.ts';
import { translator } from '../i18n/translator.ts';
import { compareLevels, comparisonSummary } from './compare.ts';
import { ladderExport } from './export.ts';
import { buildLadder } from './model.ts';
import { comparisonPairs, findComparison } from './pairs.ts';

const root = new URL('../../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');

/** The YAML between the first two `---` lines of an MDX file. */
function frontmatter(text: string): unknown {
  const lines = text.split(/\r?\n/);
  const end = lines.indexOf('---', 1);
  if (lines[0] !== '---' || end < 0) throw new Error('no frontmatter');
  return parse(lines.slice(1, end).join('\n'));
}

const chapterIds = new Set(
  readdirSync(new URL('content/chapters/', root), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => f.replace(/\\/g, '/').replace(/\.mdx$/, '').replace(/(^|\/)\d+-/g, '$1')),
);

const { ladder, problems } = buildLadder(
  {
    tracks: { file: 'content/ladder/tracks.yaml', data: parse(read('content/ladder/tracks.yaml')) },
    activities: { file: 'content/ladder/activities.yaml', data: parse(read('content/ladder/activities.yaml')) },
    dimensions: { file: 'content/ladder/dimensions.yaml', data: parse(read('content/ladder/dimensions.yaml')) },
    levels: readdirSync(new URL('content/ladder/levels/', root))
      .filter((f) => f.endsWith('.mdx'))
      .sort()
      .map((f) => ({
        file: `content/ladder/levels/${f}`,
        id: f.replace(/\.mdx$/, ''),
        data: frontmatter(read(`content/ladder/levels/${f}`)),
      })),
  },
  { chapterIds },
);

describe('the real ladder in content/ladder', () => {
  it('builds with zero problems', () => {
    expect(problems.length === 0 ? '' : formatProblems(problems)).toBe('');
  });

  it('orders each track by rank', () => {
    expect(ladder.tracks.map((t) => [t.id, t.levels.map((l) => l.id)])).toEqual([
      ['ic', ['junior', 'mid', 'senior', 'staff', 'principal']],
      ['management', ['engineering-manager', 'senior-engineering-manager', 'director']],
      ['architect', ['data-architect', 'ai-architect']],
    ]);
  });

  it.each([
    ['staff', 'senior-engineering-manager'],
    ['senior-engineering-manager', 'staff'],
    ['principal', 'director'],
    ['staff', 'data-architect'],
    ['staff', 'ai-architect'],
    ['senior', 'engineering-manager'],
  ])('publishes the comparison %s → %s', (from, to) => {
    expect(findComparison(ladder, from, to)).toBeDefined();
  });

  it('publishes 28 same-track and 32 cross-track comparisons', () => {
    const pairs = comparisonPairs(ladder);
    expect(pairs.filter((p) => p.kind === 'same-track')).toHaveLength(28);
    expect(pairs.filter((p) => p.kind === 'cross-track')).toHaveLength(32);
  });

  it.each([
    ['senior', 'data-architect', 'the level it is entered from, although ranks differ'],
    ['ai-architect', 'staff', 'its below, in the other direction'],
  ])('publishes %s → %s: %s', (from, to) => {
    expect(findComparison(ladder, from, to)).toBeDefined();
  });

  it.each([
    ['engineering-manager', 'data-architect'], // a first-line manager is below the architect track's first level
    ['mid', 'engineering-manager'], // Mid-level is below the management track's first level
  ])('does not publish %s → %s', (from, to) => {
    expect(findComparison(ladder, from, to)).toBeUndefined();
  });

  it('summarises Staff vs Senior EM', () => {
    expect(comparisonSummary(compareLevels(ladder, 'staff', 'senior-engineering-manager'), translator<En>('en', en), 'en')).toBe(
      'Technical depth drops from Domain authority to Independently capable; time on 1:1s, hiring and performance grows from 10% to 50%.',
    );
  });

  it('exports a ladder.json that validates against its schema', () => {
    expect(ladderExportSchema.safeParse(ladderExport(ladder, '/')).error).toBeUndefined();
  });

  it('marks every week as an estimate except the three the ladder source gives (Senior, Staff, EM L6)', () => {
    expect(ladder.levels.filter((l) => !l.weekEstimate).map((l) => l.id)).toEqual(['senior', 'staff', 'senior-engineering-manager']);
  });
});

