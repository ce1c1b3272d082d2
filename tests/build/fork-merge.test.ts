/**
 * Forks that merge upstream without conflicts, in real git repositories in a temporary folder.
 * Upstream is this project's files as they are now. A fork is cloned from it and adds its
 * organisation's folder (org/, from the fork fixture) without editing any file of upstream's;
 * upstream then changes the engine, a default chapter and the default config. The fork merges
 * with zero conflicts and builds, and its site shows the organisation's content, not the default
 * one. A second fork, made the old way (config, content and public files edited in place), is
 * moved into org/ by `npm run fork:migrate` and then merges just as cleanly.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, childEnv } from '../support/sites.ts';

const work = mkdtempSync(join(tmpdir(), 'ladderbook-merge-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const FIXTURE = join(ROOT, 'tests/fixtures/fork');
/** A marker each upstream change leaves, so the test can tell what reached the fork's site. */
const ENGINE_MARK = 'ladderbook-upstream-engine-change';
const CHAPTER_MARK = 'A paragraph upstream added to a default chapter.';
const CONFIG_TITLE = 'Ladderbook, next edition';

function git(cwd: string, ...args: string[]): { status: number; out: string } {
  const result = spawnSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', '-c', 'init.defaultBranch=main', ...args], { cwd, encoding: 'utf8' });
  return { status: result.status ?? 1, out: `${result.stdout}${result.stderr}` };
}

function ok(cwd: string, ...args: string[]): string {
  const result = git(cwd, ...args);
  if (result.status !== 0) throw new Error(`git ${args.join(' ')} failed in ${cwd}:\n${result.out}`);
  return result.out;
}

/**
 * A working copy's node_modules: a folder of its own whose packages link to this project's (never
 * committed). Not one link to the whole folder: Astro keeps its content cache in
 * node_modules/.astro, which the copies must not share with this project's builds.
 */
function linkModules(dir: string): void {
  mkdirSync(join(dir, 'node_modules'));
  for (const entry of readdirSync(join(ROOT, 'node_modules'))) {
    if (entry === '.astro' || entry === '.vite' || entry === '.vite-temp') continue;
    symlinkSync(join(ROOT, 'node_modules', entry), join(dir, 'node_modules', entry));
  }
  writeFileSync(join(dir, '.git/info/exclude'), 'node_modules\n');
}

/** Upstream: this project's tracked and new files (not tests/, which no fork needs), committed once. */
function makeUpstream(dir: string): void {
  mkdirSync(dir);
  ok(dir, 'init', '-q');
  const files = ok(ROOT, 'ls-files', '--cached', '--others', '--exclude-standard', '-z').split('\0');
  for (const file of files) {
    if (!file || file.startsWith('tests/') || !existsSync(join(ROOT, file))) continue;
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    cpSync(join(ROOT, file), join(dir, file));
  }
  linkModules(dir);
  ok(dir, 'add', '-A');
  ok(dir, 'commit', '-qm', 'Ladderbook');
}

function cloneFork(upstream: string, dir: string): void {
  ok(work, 'clone', '-q', '--origin', 'upstream', upstream, dir);
  linkModules(dir);
}

/** The organisation's folder, from the fork fixture (which has that shape). */
function addOrgFolder(fork: string): void {
  for (const entry of ['handbook.config.ts', 'content', 'public']) cpSync(join(FIXTURE, entry), join(fork, 'org', entry), { recursive: true });
  ok(fork, 'add', '-A');
  ok(fork, 'commit', '-qm', "Acme's handbook, in org/");
}

/** A fork the old way: the default config, content and public files edited in place. */
function editInPlace(fork: string): void {
  const config = readFileSync(join(FIXTURE, 'handbook.config.ts'), 'utf8').replace("from '#ladderbook/config'", "from './src/schemas/handbook-config.ts'");
  writeFileSync(join(fork, 'handbook.config.ts'), config);
  rmSync(join(fork, 'content'), { recursive: true });
  cpSync(join(FIXTURE, 'content'), join(fork, 'content'), { recursive: true });
  cpSync(join(FIXTURE, 'public/acme-logo.svg'), join(fork, 'public/acme-logo.svg'));
  cpSync(join(FIXTURE, 'public/favicon.svg'), join(fork, 'public/favicon.svg'));
  ok(fork, 'add', '-A');
  ok(fork, 'commit', '-qm', "Acme's handbook, edited in place");
}

/** Upstream's next commit: an engine change, a default chapter edited, the default config changed. */
function changeUpstream(dir: string): void {
  const css = join(dir, 'src/styles/global.css');
  writeFileSync(css, `${readFileSync(css, 'utf8')}\n.${ENGINE_MARK} { color: inherit; }\n`);
  const part = readdirSync(join(dir, 'content/chapters'))[0]!;
  const chapter = join(dir, 'content/chapters', part, readdirSync(join(dir, 'content/chapters', part)).find((f) => f.endsWith('.mdx'))!);
  writeFileSync(chapter, `${readFileSync(chapter, 'utf8')}\n${CHAPTER_MARK}\n`);
  const config = join(dir, 'handbook.config.ts');
  writeFileSync(config, readFileSync(config, 'utf8').replace("title: 'Ladderbook'", `title: '${CONFIG_TITLE}'`));
  ok(dir, 'commit', '-qam', 'Upstream: engine, default chapter and default config');
}

/** Fetches and merges upstream; returns the merge's output and the files left in conflict. */
function mergeUpstream(fork: string): { status: number; out: string; conflicts: string[] } {
  ok(fork, 'fetch', '-q', 'upstream');
  const merge = git(fork, 'merge', '--no-edit', 'upstream/main');
  const conflicts = ok(fork, 'diff', '--name-only', '--diff-filter=U').split('\n').filter(Boolean);
  return { ...merge, conflicts };
}

/** Builds the fork as its own deploy would (no HANDBOOK_CONFIG: the engine finds org/ itself). */
function build(fork: string, out: string): { status: number; output: string } {
  const env = childEnv({ HANDBOOK_OUT_DIR: out });
  for (const key of ['HANDBOOK_CONFIG', 'HANDBOOK_CONTENT_DIR', 'HANDBOOK_BASE', 'HANDBOOK_SITE']) delete env[key];
  const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], { cwd: fork, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { status: result.status ?? 1, output: `${result.stdout}\n${result.stderr}` };
}

/** What the built site shows: the organisation's handbook, with upstream's engine change and nothing of its default content. */
function expectAcmeSite(out: string): void {
  const home = readFileSync(join(out, 'index.html'), 'utf8');
  expect(home).toContain('<title>Acme Engineering Ladder</title>');
  expect(home).not.toContain(CONFIG_TITLE);
  const ladder = JSON.parse(readFileSync(join(out, 'ladder.json'), 'utf8')) as { organisation: string; revision: { name: string }; levels: { id: string }[] };
  expect(ladder.organisation).toBe('Acme Robotics');
  expect(ladder.revision.name).toBe('2027');
  expect(ladder.levels.map((l) => l.id)).toContain('reliability-engineer');
  expect(existsSync(join(out, 'acme-logo.svg'))).toBe(true);
  expect(existsSync(join(out, 'ladder/2026/staff-engineer/index.html'))).toBe(true);
  expect(existsSync(join(out, 'chapters/mentorship/index.html'))).toBe(false);
  expect(existsSync(join(out, 'ladder/staff/index.html'))).toBe(false);
  const pages = readdirSync(out, { recursive: true }).map(String).filter((f) => f.endsWith('.html'));
  expect(pages.length).toBeGreaterThan(40);
  expect(pages.filter((f) => readFileSync(join(out, f), 'utf8').includes(CHAPTER_MARK))).toEqual([]);
  const css = readdirSync(join(out, '_astro')).filter((f) => f.endsWith('.css')).map((f) => readFileSync(join(out, '_astro', f), 'utf8'));
  expect(css.some((text) => text.includes(ENGINE_MARK))).toBe(true);
}

const upstream = join(work, 'upstream');
const orgFork = join(work, 'acme');
const oldFork = join(work, 'acme-old');

beforeAll(() => {
  makeUpstream(upstream);
  cloneFork(upstream, orgFork);
  addOrgFolder(orgFork);
  cloneFork(upstream, oldFork);
  editInPlace(oldFork);
  changeUpstream(upstream);
});

describe('a fork that keeps its handbook in org/', () => {
  it('edits no file of upstream’s', () => {
    const changed = ok(orgFork, 'diff', '--name-only', 'upstream/main~0', 'HEAD').split('\n').filter(Boolean);
    expect(changed.length).toBeGreaterThan(10);
    expect(changed.filter((file) => !file.startsWith('org/'))).toEqual([]);
  });

  it('merges upstream’s engine, default chapter and default config with zero conflicts', () => {
    const merge = mergeUpstream(orgFork);
    expect(merge.out).not.toContain('CONFLICT');
    expect(merge.conflicts).toEqual([]);
    expect(merge.status).toBe(0);
  });

  it('builds, and its site shows the organisation’s handbook with upstream’s engine', () => {
    const out = join(work, 'out-acme');
    const result = build(orgFork, out);
    expect(result.status, result.output.slice(-3000)).toBe(0);
    expectAcmeSite(out);
  });
});

describe('a fork made the old way, moved into org/ by npm run fork:migrate', () => {
  it('moves its files into org/ and restores the default ones from upstream', () => {
    ok(oldFork, 'fetch', '-q', 'upstream');
    const result = spawnSync(process.execPath, ['scripts/fork-migrate.ts', 'upstream/main'], { cwd: oldFork, env: childEnv(), encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Moved handbook.config.ts to org/handbook.config.ts\nMoved content to org/content\nMoved public to org/public\n');
    expect(readFileSync(join(oldFork, 'org/handbook.config.ts'), 'utf8')).toContain("from '#ladderbook/config'");
    ok(oldFork, 'commit', '-qm', 'Move our handbook into org/');
    // The default files are upstream's own again: nothing of the fork's is left outside org/.
    expect(ok(oldFork, 'diff', '--name-only', 'upstream/main', 'HEAD', '--', 'handbook.config.ts', 'content', 'public').trim()).toBe('');
  });

  it('then merges upstream with zero conflicts and builds the organisation’s site', () => {
    const merge = mergeUpstream(oldFork);
    expect(merge.conflicts).toEqual([]);
    expect(merge.status).toBe(0);
    const out = join(work, 'out-acme-old');
    const result = build(oldFork, out);
    expect(result.status, result.output.slice(-3000)).toBe(0);
    expectAcmeSite(out);
  });
});
