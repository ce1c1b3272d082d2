/**
 * `npm run ladder:freeze`, run for real on a copy of the fork fixture's content (current revision
 * 2027, with 2026 frozen already): the frozen copy and the renamed current ladder pass the content
 * check straight away, nothing changed between them, the current ladder's `formerly` (the step from
 * 2026 into 2027) is taken out, and freezing twice under one name is refused with the name to use.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { snapshotContent } from '../src/integrations/content-files.ts';
import { readContentModel } from '../src/lib/content/read-content.ts';
import { createLadder } from '../src/lib/ladder/create-ladder.ts';
import { diffLadders, isEmptyDiff } from '../src/lib/ladder/diff.ts';
import { formatProblem } from '../src/lib/errors.ts';

const ROOT = resolve(import.meta.dirname, '..');
const content = mkdtempSync(join(tmpdir(), 'ladderbook-freeze-'));
cpSync(join(ROOT, 'tests/fixtures/fork/content'), content, { recursive: true });
afterAll(() => rmSync(content, { recursive: true, force: true }));

function freeze(...args: string[]) {
  const result = spawnSync(process.execPath, ['scripts/ladder-freeze.ts', ...args], {
    cwd: ROOT,
    env: { ...process.env, HANDBOOK_CONFIG: 'tests/fixtures/fork/handbook.config.ts', HANDBOOK_CONTENT_DIR: content },
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run ladder:freeze', { timeout: 30_000 }, () => {
  it('writes the frozen copy and the next revision, says where, and the content check passes', async () => {
    const run = freeze('2027');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Froze the ladder as revision 2027 \(2026-11-16\): .*\/ladder\/revisions\/2027\/, 10 files\.\nThe current ladder is now revision 2028 /);
    expect(run.stdout).toMatch(/Took "formerly" out of .*\/ladder\/levels\/engineer-3\.mdx: it described the step into 2027\./);
    expect(readFileSync(join(content, 'ladder/revisions/2027/levels/engineer-3.mdx'), 'utf8')).toContain('formerly: senior-engineer');
    expect(readFileSync(join(content, 'ladder/levels/engineer-3.mdx'), 'utf8')).not.toContain('formerly');
    expect(existsSync(join(content, 'ladder/revisions/2027/levels/staff-engineer.mdx'))).toBe(true);
    expect(readFileSync(join(content, 'ladder/revision.yaml'), 'utf8')).toContain('name: "2028"');

    const { model, problems } = readContentModel(await snapshotContent(content, ROOT));
    expect(problems.map(formatProblem)).toEqual([]);
    expect(model.revisions.current?.name).toBe('2028');
    expect(model.revisions.earlier.map((r) => r.info.name)).toEqual(['2027', '2026']);
    expect(isEmptyDiff(diffLadders(createLadder(model.revisions.earlier[0]!.ladder), createLadder(model.ladder)))).toBe(true);
  });

  it('refuses to freeze under another name than the current revision’s, with the name to use', () => {
    const run = freeze('2027');
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('the current revision is named "2028" in revision.yaml; freeze it under that name: npm run ladder:freeze -- 2028\n');
  });
});
