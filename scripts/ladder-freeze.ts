/**
 * `npm run ladder:freeze -- <name> [--next <name>]`: freezes the current ladder as revision <name>.
 * Copies the ladder's files (tracks, dimensions, activities, every level with its narrative) to
 * `<content>/ladder/revisions/<name>/` with a revision.yaml, renames the current ladder to the next
 * revision (`2026` → `2027` unless --next says otherwise), and says what it wrote. The plan is
 * src/lib/ladder/freeze.ts; this file reads and writes.
 *
 *   npm run ladder:freeze -- 2026                 → content/ladder/revisions/2026/, current becomes 2027
 *   npm run ladder:freeze -- 2026-h1 --next 2026-h2
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { loadHandbookConfig } from '../src/integrations/handbook-config.ts';
import { snapshotContent } from '../src/integrations/content-files.ts';
import { snapshotLadderFolder } from '../src/integrations/revision-files.ts';
import { readContentModel } from '../src/lib/content/read-content.ts';
import { formatProblems } from '../src/lib/errors.ts';
import { planFreeze, type LadderFile } from '../src/lib/ladder/freeze.ts';

const USAGE = 'usage: npm run ladder:freeze -- <name> [--next <name of the revision that follows>]';

function parseArgs(argv: string[]): { name: string; next?: string } | string {
  const positional: string[] = [];
  let next: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--next' || arg.startsWith('--next=')) {
      next = arg.includes('=') ? arg.slice('--next='.length) : argv[++i];
      if (!next) return '--next needs a name';
    } else if (arg.startsWith('--')) return `unknown option ${arg}`;
    else positional.push(arg);
  }
  if (positional.length !== 1) return positional.length ? `one name at a time (got ${positional.join(', ')})` : 'give the revision a name, like 2026';
  return { name: positional[0]!, ...(next ? { next } : {}) };
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  if (typeof args === 'string') {
    console.error(`${args}\n${USAGE}`);
    return 2;
  }
  const config = await loadHandbookConfig();
  const snapshot = await snapshotContent(config.contentPath, config.rootPath);
  const { model, problems } = readContentModel(snapshot, { locales: config.locales });
  if (problems.length) {
    console.error(`${formatProblems(problems)}\n\nFix these first: a frozen revision keeps its problems.`);
    return 1;
  }
  const ladderDir = join(config.contentPath, 'ladder');
  const current = await snapshotLadderFolder(ladderDir, config.rootPath, '');
  const files: LadderFile[] = [
    ...[current.tracks, current.activities, current.dimensions].flatMap((f) => (f ? [{ path: f.relative, text: f.text }] : [])),
    ...current.levels.map((f) => ({ path: `levels/${f.relative}`, text: f.text })),
  ];
  const frozen = [...model.revisions.earlier.map((r) => r.info.name), ...(snapshot.revisions ?? []).map((r) => r.folder)];
  const plan = planFreeze({ ...args, today: new Date().toISOString().slice(0, 10), current: model.revisions.current, frozen, files });
  if (!plan.ok) {
    console.error(plan.error);
    return 1;
  }
  for (const write of plan.writes) {
    const path = join(ladderDir, write.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, write.text);
  }
  const show = (path: string) => relative(config.rootPath, join(ladderDir, path));
  console.log(`Froze the ladder as revision ${plan.frozen.name} (${plan.frozen.date}): ${show(`revisions/${plan.frozen.name}`)}/, ${files.length + 1} files.`);
  console.log(`The current ladder is now revision ${plan.next.name} (${show('revision.yaml')}), dated ${plan.next.date}: set its date and note when you publish it.`);
  if (plan.unlinked.length) console.log(`Took "formerly" out of ${plan.unlinked.map(show).join(', ')}: it described the step into ${plan.frozen.name}.`);
  console.log('Edit the current ladder as you like; /ladder/changes/ shows what changed since, once you build.');
  return 0;
}

process.exitCode = await main();
