/**
 * Builds handbooks for the tests: the default content and fixtures, each into its own folder
 * under tests/.output/sites/, with its own base path and config. Build and browser tests share
 * these folders, so a site is built once per `npm test`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { SEARCH_SHARD_PAGES_ENV } from '../../src/lib/search/shards.ts';

export const ROOT = resolve(import.meta.dirname, '../..');
export const SITES = join(ROOT, 'tests/.output/sites');

/**
 * How a site is built: `npm run build`'s script (search indexed after Astro exits) or a plain
 * `astro build` (search indexed in the build:done hook). The tests build sites both ways.
 */
export type Builder = 'npm run build' | 'astro build';
const BUILDER_ARGS: Record<Builder, string[]> = {
  'npm run build': ['scripts/build.ts'],
  'astro build': ['node_modules/astro/bin/astro.mjs', 'build'],
};

export interface SiteSpec {
  name: string;
  builder: Builder;
  /** Environment for astro (HANDBOOK_BASE, HANDBOOK_CONFIG, HANDBOOK_CONTENT_DIR …). */
  env: Record<string, string>;
  base: string;
}

/**
 * The default handbook, built under a base path so every test also proves the base is respected,
 * and with its search index split into shards of at most 60 pages per language, as a handbook of
 * thousands of chapters is (src/lib/search/shards.ts), so every search test also proves that the
 * browser merges them.
 */
export const DEFAULT_SITE: SiteSpec = {
  name: 'default',
  builder: 'npm run build',
  env: { HANDBOOK_BASE: '/handbook/', [SEARCH_SHARD_PAGES_ENV]: '60' },
  base: '/handbook/',
};

/** The fork fixture: its own config, content and base path. */
export const FORK_SITE: SiteSpec = {
  name: 'fork',
  builder: 'astro build',
  env: { HANDBOOK_CONFIG: 'tests/fixtures/fork/handbook.config.ts' },
  base: '/acme-ladder/',
};

/** A small handbook whose quiz has every question kind, for the browser tests of quizzes. */
export const KINDS_SITE: SiteSpec = {
  name: 'kinds',
  builder: 'astro build',
  env: { HANDBOOK_CONFIG: 'tests/fixtures/quiz-kinds/handbook.config.ts' },
  base: '/kinds/',
};

export function siteDir(spec: SiteSpec): string {
  return join(SITES, spec.name);
}

/** The environment that builds or previews a site. */
export function siteEnv(spec: SiteSpec): Record<string, string> {
  return { ...spec.env, HANDBOOK_OUT_DIR: siteDir(spec) };
}

/** The environment for a child astro process: without Vitest's own variables (NODE_ENV=test, VITEST…). */
export function childEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const inherited = Object.entries(process.env).filter(([key]) => !key.startsWith('VITEST') && key !== 'NODE_ENV' && key !== 'TEST');
  return { ...Object.fromEntries(inherited), ASTRO_TELEMETRY_DISABLED: '1', ...extra };
}

export interface BuildResult {
  status: number;
  output: string;
}

/** Builds a site (or any env, e.g. a broken fixture); never throws. */
export function runBuild(env: Record<string, string>, builder: Builder = 'astro build'): BuildResult {
  const result = spawnSync(process.execPath, BUILDER_ARGS[builder], {
    cwd: ROOT,
    env: childEnv(env),
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status ?? 1, output: `${result.stdout}\n${result.stderr}` };
}

/** Builds a site unless it was already built in this run (LADDERBOOK_FRESH_SITES lists those). */
export function ensureSite(spec: SiteSpec, { force = false } = {}): void {
  if (!force && existsSync(join(siteDir(spec), 'index.html'))) return;
  const result = runBuild(siteEnv(spec), spec.builder);
  if (result.status !== 0) throw new Error(`Building the ${spec.name} site failed:\n${result.output.slice(-4000)}`);
}
