/**
 * Imports point down the layers DESIGN.md draws: schemas ← lib ← data ← components/layouts ← pages,
 * and the browser's code imports only what may run in a reader's browser. Read off every source
 * file's import statements (and the <script> imports of .astro files); type-only imports are erased
 * from bundles and may point anywhere.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve, dirname } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(import.meta.dirname);

type Layer = 'schemas' | 'lib' | 'data' | 'components' | 'layouts' | 'pages' | 'browser' | 'integrations' | 'styles' | 'config';

/** The layer of a file under src/ (`lib/quiz/kinds/single/schema.ts` is a schema piece, kept in its kind's folder). */
export function layerOf(path: string): Layer {
  if (/^lib\/quiz\/kinds\/([^/]+\/schema|question-base)\.ts$/.test(path)) return 'schemas';
  const top = path.split('/')[0]!;
  if (top === 'content.config.ts') return 'config';
  return top as Layer;
}

/** What the browser's code may import: the quiz kinds' saved answers and client code, grading, progress, shared helpers, the search index's shard list. */
const BROWSER_LIB = /^lib\/(progress\/|shared\/|search\/shard-manifest\.ts$|i18n\/(message|translator)\.ts$|quiz\/(grade|types|letter)\.ts$|quiz\/kinds\/(loaders|answers|kind)\.ts$|quiz\/kinds\/[^/]+\/(answer|client)\.ts$)/;

/** Which layers each layer may import from (its own included). */
const ALLOWED: Record<Layer, readonly Layer[]> = {
  schemas: ['schemas'],
  lib: ['lib', 'schemas'],
  data: ['data', 'lib', 'schemas'],
  components: ['components', 'data', 'lib', 'schemas', 'browser', 'styles'],
  layouts: ['layouts', 'components', 'data', 'lib', 'schemas', 'browser', 'styles'],
  pages: ['pages', 'layouts', 'components', 'data', 'lib', 'schemas', 'browser', 'styles'],
  browser: ['browser', 'lib'],
  integrations: ['integrations', 'lib', 'schemas'],
  styles: ['styles'],
  config: ['config', 'lib', 'schemas'],
};

/** Why `from` may not import `to` (paths under src/), or undefined when it may. */
export function violation(from: string, to: string): string | undefined {
  const a = layerOf(from);
  const b = layerOf(to);
  if (!ALLOWED[a].includes(b)) return `${a} may not import ${b}`;
  if (a === 'browser' && b === 'lib' && !BROWSER_LIB.test(to)) return 'the browser may import only grading, the quiz kinds’ answers and client code, progress and shared helpers, the message formatter and the search index’s shard list';
  return undefined;
}

describe('the layer rules themselves', () => {
  it.each([
    ['lib/quiz/grade.ts', 'lib/quiz/kinds/kind.ts', undefined],
    ['lib/ladder/model.ts', 'schemas/ladder.ts', undefined],
    ['schemas/quiz.ts', 'lib/quiz/kinds/match/schema.ts', undefined],
    ['schemas/quiz.ts', 'lib/quiz/registry.ts', 'schemas may not import lib'],
    ['lib/quiz/registry.ts', 'data/quizzes.ts', 'lib may not import data'],
    ['data/quizzes.ts', 'components/quiz/Question.astro', 'data may not import components'],
    ['pages/[...locale]/index.astro', 'data/refs.ts', undefined],
    ['browser/quiz.ts', 'lib/quiz/kinds/loaders.ts', undefined],
    ['browser/quiz.ts', 'lib/quiz/kinds/match/client.ts', undefined],
    ['browser/quiz.ts', 'lib/quiz/registry.ts', 'the browser may import only grading, the quiz kinds’ answers and client code, progress and shared helpers, the message formatter and the search index’s shard list'],
    ['browser/quiz.ts', 'lib/quiz/kinds/match/index.ts', 'the browser may import only grading, the quiz kinds’ answers and client code, progress and shared helpers, the message formatter and the search index’s shard list'],
    ['browser/search.ts', 'lib/search/shard-manifest.ts', undefined],
    ['browser/search.ts', 'lib/search/shards.ts', 'the browser may import only grading, the quiz kinds’ answers and client code, progress and shared helpers, the message formatter and the search index’s shard list'],
    ['browser/page.ts', 'data/chapters.ts', 'browser may not import data'],
    ['integrations/handbook.ts', 'lib/content/read-content.ts', undefined],
    ['integrations/handbook.ts', 'data/ladder.ts', 'integrations may not import data'],
  ])('%s → %s', (from, to, expected) => {
    expect(violation(from, to)).toBe(expected);
  });
});

/** Every .ts and .astro file under src/, relative to it (declaration files hold types only). */
function sources(dir = SRC): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.(ts|astro)$/.test(entry.name) && !/\.(test|d)\.ts$/.test(entry.name) ? [relative(SRC, path)] : [];
  });
}

/** The relative imports of a file that end up in code (not `import type`), resolved to paths under src/. */
function importsOf(file: string): string[] {
  const text = readFileSync(join(SRC, file), 'utf8');
  const specifiers = [
    ...text.matchAll(/^\s*(?:import|export)\s+(?!type\s)(?:[^'";]*?\sfrom\s+)?['"](\.[^'"]+)['"]/gm),
    ...text.matchAll(/\bimport\(\s*['"](\.[^'"]+)['"]\s*\)/g),
  ].map((m) => m[1]!);
  return specifiers.map((specifier) => relative(SRC, resolve(dirname(join(SRC, file)), specifier))).filter((path) => !path.startsWith('..'));
}

describe('imports point down the layers', () => {
  const files = sources();
  it('sees the source files', () => {
    expect(files).toEqual(expect.arrayContaining(['lib/quiz/registry.ts', 'browser/quiz.ts', 'pages/[...locale]/index.astro', 'components/quiz/kinds/index.ts']));
  });

  it.each(files)('%s', (file) => {
    const wrong = importsOf(file).flatMap((to) => {
      const why = violation(file, to);
      return why ? [`${to}: ${why}`] : [];
    });
    expect(wrong).toEqual([]);
  });
});
