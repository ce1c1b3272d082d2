/**
 * `npm run new`: run for real into a copy of the fork fixture's content, each new file passes the
 * content check as written; and the refusals an author meets, with their hints.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { snapshotContent } from '../src/integrations/content-files.ts';
import { readContentModel } from '../src/lib/content/read-content.ts';
import { formatProblem } from '../src/lib/errors.ts';
import { scaffold, titleFromId } from './new/scaffold.ts';

const ROOT = resolve(import.meta.dirname, '..');
const FIXTURE = join(ROOT, 'tests/fixtures/fork/content');
const content = mkdtempSync(join(tmpdir(), 'ladderbook-new-'));
cpSync(FIXTURE, content, { recursive: true });
afterAll(() => rmSync(content, { recursive: true, force: true }));

/** `npm run new -- …` against the temporary content folder. */
function runNew(...args: string[]) {
  const result = spawnSync(process.execPath, ['scripts/new.ts', ...args], {
    cwd: ROOT,
    env: { ...process.env, HANDBOOK_CONFIG: 'tests/fixtures/fork/handbook.config.ts', HANDBOOK_CONTENT_DIR: content },
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

async function problems(): Promise<string[]> {
  return readContentModel(await snapshotContent(content, ROOT)).problems.map(formatProblem);
}

// Each case starts Node once; give it room on a busy machine.
describe('npm run new writes files that pass the content check', { timeout: 30_000 }, () => {
  it.each([
    // [arguments, where the file goes inside the content folder, a line it holds]
    [['chapter', 'growing/first-review'], 'chapters/growing/04-first-review.mdx', 'title: First review'],
    [['chapter', 'joining/tooling', '--title', 'Tools: what to install'], 'chapters/joining/03-tooling.mdx', 'title: "Tools: what to install"'],
    [['level', 'senior-reliability-engineer', '--track', 'reliability'], 'ladder/levels/senior-reliability-engineer.mdx', 'rank: 6'],
    [['level', 'engineer-5'], 'ladder/levels/engineer-5.mdx', 'track: engineering'],
    [['quiz', 'check-first-review', '--about', 'chapter:growing/first-review'], 'quizzes/check-first-review.yaml', 'title: Check — First review'],
    [['quiz', 'level-senior-reliability-engineer', '--about', 'level:senior-reliability-engineer'], 'quizzes/level-senior-reliability-engineer.yaml', 'about: level:senior-reliability-engineer'],
  ])('new %j → %s', async (args, path, line) => {
    const run = runNew(...args);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`Created ${relative(ROOT, join(content, path))}\nIt passes the content check.`);
    expect(readFileSync(join(content, path), 'utf8')).toContain(line);
    expect(await problems()).toEqual([]);
  });

  it('refuses to overwrite, and leaves the content sound', async () => {
    const run = runNew('chapter', 'growing/first-review');
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('Cannot create the chapter: the chapter "growing/first-review" already exists\n    hint: pick another slug\n');
    expect(await problems()).toEqual([]);
  });

  it('explains its usage when the kind is missing or unknown', () => {
    for (const args of [[], ['page', 'x']]) {
      const run = runNew(...args);
      expect(run.status).toBe(1);
      expect(run.stderr).toContain('usage: npm run new -- chapter <part>/<slug> | level <id> | quiz <id>');
    }
  });
});

describe('scaffold: what an author is told when a file cannot be made', () => {
  it.each([
    ['chapter', 'first-week', {}, '"first-week" is not a chapter id', 'write <part-id>/<slug> in lowercase with hyphens, e.g. "mentorship/first-week"'],
    ['chapter', 'grwing/first-week', {}, 'there is no part "grwing" in parts.yaml', 'did you mean "growing/first-week"?'],
    ['chapter', 'onboarding/first-week', {}, 'there is no part "onboarding" in parts.yaml', 'add a part with id "onboarding" to parts.yaml first, or use one of: joining or growing'],
    ['chapter', 'joining/how-we-work', {}, 'the chapter "joining/how-we-work" already exists', 'pick another slug'],
    ['level', 'Senior SRE', {}, '"Senior SRE" is not a level id', 'write it in lowercase with hyphens, e.g. "senior-sre"'],
    ['level', 'engineer-1', {}, 'the level "engineer-1" already exists', 'pick another id'],
    ['level', 'sre-2', { track: 'relability' }, 'there is no track "relability" in ladder/tracks.yaml', 'did you mean --track reliability?'],
    ['level', 'sre-2', { track: 'ops' }, 'there is no track "ops" in ladder/tracks.yaml', 'use --track with one of: engineering, leadership or reliability'],
    ['quiz', 'check-how-we-work', {}, 'the quiz "check-how-we-work" already exists', 'pick another id'],
    ['quiz', 'check-x', { about: 'chapter:joining/how-we-wrk' }, '--about chapter:joining/how-we-wrk names nothing that exists', 'did you mean --about chapter:joining/how-we-work?'],
  ] as const)('%s %s %j → %s', async (kind, id, options, message, hint) => {
    const snapshot = await snapshotContent(FIXTURE, ROOT);
    expect(scaffold(kind, id, snapshot, options)).toEqual({ ok: false, message, hint });
  });

  it.each([
    ['first-week', 'First week'],
    ['ai-architect', 'Ai architect'],
  ])('titleFromId(%j) → %j', (id, title) => {
    expect(titleFromId(id)).toBe(title);
  });
});
