/**
 * `npm run translations -- stamp <code> <item …> | --unconfirmed | --all`: records in a language's
 * translation files which version of the source each item matches (`source: 1a2b3c4d`), so
 * `npm run check` reports it translated until the source changes again.
 *
 *   npm run translations -- stamp de part:roles level:staff   → those items, after checking them
 *   npm run translations -- stamp de --unconfirmed            → every item that records no version yet
 *   npm run translations -- stamp de --all                    → every stale item (after updating them all)
 *
 * The status and the hashes come from the same reading `npm run check` does; the edits are
 * src/lib/content/stamp-source.ts.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadHandbookConfig } from '../src/integrations/handbook-config.ts';
import { snapshotContent } from '../src/integrations/content-files.ts';
import { readContentModel } from '../src/lib/content/read-content.ts';
import { stampEntry, stampFile } from '../src/lib/content/stamp-source.ts';
import { formatProblems } from '../src/lib/errors.ts';

const USAGE = 'usage: npm run translations -- stamp <language code> <item …> | --unconfirmed | --all';

/** Items translated as a whole file (frontmatter or top-level `source:`); the rest are entries of a list file. */
const WHOLE_FILE = new Set(['chapter', 'level', 'quiz', 'revision']);

async function main(argv: string[]): Promise<number> {
  const [command, code, ...rest] = argv;
  if (command !== 'stamp' || !code || rest.length === 0) {
    console.error(USAGE);
    return 2;
  }
  return stamp(code, rest);
}

async function stamp(code: string, wanted: string[]): Promise<number> {
  const config = await loadHandbookConfig();
  const locale = config.locales.slice(1).find((l) => l.code === code);
  if (!locale) {
    console.error(`"${code}" is not a translated language of this handbook (${config.locales.slice(1).map((l) => l.code).join(', ') || 'it has none'}).`);
    return 2;
  }
  const snapshot = await snapshotContent(config.contentPath, config.rootPath);
  const { problems, model } = readContentModel(snapshot, { locales: config.locales });
  if (problems.length) {
    console.error(`${formatProblems(problems)}\n\nFix these first: a version is recorded only for content that passes the check.`);
    return 1;
  }
  const stale = model.translationStatus[code]?.stale ?? [];
  const chosen = wanted.includes('--all')
    ? stale
    : wanted.includes('--unconfirmed')
      ? stale.filter((s) => !s.recorded)
      : wanted.map((item) => stale.find((s) => s.item === item) ?? item);
  const unknown = chosen.filter((c) => typeof c === 'string');
  if (unknown.length) {
    const translated = new Set(model.translationStatus[code]?.translated);
    for (const item of unknown) console.error(translated.has(item) ? `${item}: already matches its source.` : `${item}: not a stale or unconfirmed item of "${code}" (npm run check -- --translations lists them).`);
    return 1;
  }
  for (const item of chosen.filter((c) => typeof c !== 'string')) {
    const path = resolve(config.rootPath, item.file);
    const text = readFileSync(path, 'utf8');
    const [kind, id] = [item.item.slice(0, item.item.indexOf(':')), item.item.slice(item.item.indexOf(':') + 1)];
    const stamped = WHOLE_FILE.has(kind) ? stampFile(text, item.hash, path.endsWith('.mdx') ? 'mdx' : 'yaml') : stampEntry(text, id, item.hash);
    if (stamped === undefined) {
      console.error(`${item.file}: found no entry "- id: ${id}" to record the version in; add "source: ${item.hash}" to it by hand.`);
      return 1;
    }
    writeFileSync(path, stamped);
    console.log(`${item.item}: recorded source ${item.hash} in ${item.file}`);
  }
  if (chosen.length === 0) console.log(`Nothing to record: no ${wanted.includes('--all') ? 'stale' : 'unconfirmed'} items in "${code}".`);
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
