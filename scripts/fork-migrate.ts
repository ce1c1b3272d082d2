/**
 * `npm run fork:migrate [-- <upstream ref>]`: moves a fork made the old way into its own org/ folder.
 * Its handbook.config.ts, content and public files move to org/ (git mv, so their history follows),
 * the config is pointed at its new folders, and the default handbook's files are checked out again
 * from upstream (default `upstream/main`), so they are upstream's own and a later
 * `git merge upstream/main` has nothing of the fork's to conflict with. It changes the working tree
 * and the index only; review and commit the result. The plan is src/lib/config/fork-migration.ts.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { loadHandbookConfig } from '../src/integrations/handbook-config.ts';
import { DEFAULT_CONFIG, ORG_FOLDER } from '../src/lib/config/config-paths.ts';
import { planForkMigration } from '../src/lib/config/fork-migration.ts';

const root = process.cwd();

function git(...args: string[]): { ok: boolean; out: string } {
  const result = spawnSync('git', args, { cwd: root, encoding: 'utf8' });
  return { ok: result.status === 0, out: `${result.stdout}${result.stderr}`.trim() };
}

async function main(): Promise<number> {
  const upstream = process.argv[2] ?? 'upstream/main';
  if (!git('rev-parse', '--verify', '--quiet', `${upstream}^{commit}`).ok) {
    console.error(`"${upstream}" is not a commit here. Add Ladderbook as a remote and fetch it first:\n  git remote add upstream https://github.com/ladderbook/ladderbook.git\n  git fetch upstream`);
    return 1;
  }
  if (git('status', '--porcelain').out !== '') {
    console.error('Commit or stash your changes first: the migration moves files with git and should be a commit of its own.');
    return 1;
  }
  // The fork's own config, where the old way kept it (an org/ config would mean there is nothing to do).
  process.env.HANDBOOK_CONFIG = DEFAULT_CONFIG;
  const config = await loadHandbookConfig(root);
  const plan = planForkMigration({
    configText: readFileSync(join(root, DEFAULT_CONFIG), 'utf8'),
    contentDir: relative(root, config.contentPath),
    publicDir: relative(root, config.publicPath),
    orgExists: existsSync(join(root, ORG_FOLDER)),
  });
  if (!plan.ok) {
    console.error(plan.error);
    return 1;
  }

  mkdirSync(join(root, ORG_FOLDER));
  for (const move of plan.moves) {
    if (!existsSync(join(root, move.from))) continue;
    const moved = git('mv', move.from, move.to);
    if (!moved.ok) {
      console.error(`git mv ${move.from} ${move.to} failed:\n${moved.out}`);
      return 1;
    }
    console.log(`Moved ${move.from} to ${move.to}`);
  }
  const configFile = plan.moves[0]!.to;
  writeFileSync(join(root, configFile), plan.configText);
  git('add', configFile);

  const restore = plan.restore.filter((path) => git('cat-file', '-e', `${upstream}:${path}`).ok);
  const restored = git('checkout', upstream, '--', ...restore);
  if (!restored.ok) {
    console.error(`git checkout ${upstream} -- ${restore.join(' ')} failed:\n${restored.out}`);
    return 1;
  }
  console.log(`Checked out the default handbook's ${restore.join(', ')} from ${upstream}, as upstream has them.`);
  console.log(`\nYour handbook now lives in ${ORG_FOLDER}/. Check it with npm run check, then commit:\n  git commit -m "Move our handbook into ${ORG_FOLDER}/"\nFrom then on, git merge ${upstream} leaves ${ORG_FOLDER}/ alone.`);
  return 0;
}

process.exitCode = await main();
