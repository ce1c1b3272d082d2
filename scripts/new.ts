/**
 * `npm run new -- chapter|level|quiz <id> [--title "…"] [--track <id>] [--about <content id>]`:
 * writes a starting file that already passes `npm run check`, says where it went, and checks it.
 *
 *   npm run new -- chapter mentorship/first-week      → content/chapters/mentorship/11-first-week.mdx
 *   npm run new -- level senior-sre --track reliability → content/ladder/levels/senior-sre.mdx
 *   npm run new -- quiz check-first-week --about chapter:mentorship/first-week
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { loadHandbookConfig } from '../src/integrations/handbook-config.ts';
import { snapshotContent } from '../src/integrations/content-files.ts';
import { readContentModel } from '../src/lib/content/read-content.ts';
import { formatProblem } from '../src/lib/errors.ts';
import { CONTENT_LAYOUT } from '../src/lib/check/source.ts';
import { KINDS, scaffold, type ScaffoldKind, type ScaffoldOptions } from './new/scaffold.ts';

const USAGE = `usage: npm run new -- chapter <part>/<slug> | level <id> | quiz <id>
  options: --title "Title"   --track <track id> (level)   --about chapter:<id>|level:<id>|part:<id> (quiz)`;

function parseArgs(argv: string[]): { kind: ScaffoldKind; id: string; options: ScaffoldOptions } | string {
  const positional: string[] = [];
  const options: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg.startsWith('--')) {
      const [key, inline] = arg.slice(2).split('=', 2) as [string, string | undefined];
      const value = inline ?? argv[++i];
      if (!['title', 'track', 'about'].includes(key) || value === undefined) return `unknown or empty option ${arg}`;
      options[key] = value;
    } else positional.push(arg);
  }
  const [kind, id, ...extra] = positional;
  if (!kind || !(KINDS as readonly string[]).includes(kind)) return kind ? `unknown kind "${kind}"` : 'what should be created?';
  if (!id || extra.length) return id ? `one id at a time (got ${positional.slice(1).join(', ')})` : `give the new ${kind} an id`;
  return { kind: kind as ScaffoldKind, id, options };
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  if (typeof args === 'string') {
    console.error(`${args}\n${USAGE}`);
    return 1;
  }
  const config = await loadHandbookConfig();
  const show = (abs: string) => relative(config.rootPath, abs).split(sep).join('/');
  const content = await snapshotContent(config.contentPath, config.rootPath);
  const quizzesDir = join(config.contentPath, CONTENT_LAYOUT.quizzes.dir);
  // The quiz JSON Schema (npm run schemas) gives editors completion; a fork's own public folder may lack it.
  const schemaFile = [config.publicPath, resolve(config.rootPath, 'public')].map((dir) => resolve(dir, 'schemas/quiz.schema.json')).find((f) => existsSync(f));
  const schemaPath = schemaFile ? relative(quizzesDir, schemaFile).split(sep).join('/') : undefined;

  const result = scaffold(args.kind, args.id, content, { ...args.options, schemaPath });
  if (!result.ok) {
    console.error(`Cannot create the ${args.kind}: ${result.message}\n    hint: ${result.hint}`);
    return 1;
  }
  const file = join(config.contentPath, result.path);
  if (existsSync(file)) {
    console.error(`Cannot create the ${args.kind}: ${show(file)} already exists`);
    return 1;
  }
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, result.text);
  console.log(`Created ${show(file)}`);

  // The new file must pass the check; problems elsewhere are only counted.
  const { problems } = readContentModel(await snapshotContent(config.contentPath, config.rootPath), { locales: config.locales });
  const own = problems.filter((p) => p.file === show(file));
  if (own.length) {
    console.error(own.map(formatProblem).join('\n'));
    return 1;
  }
  console.log(`It passes the content check. Replace the placeholder text, then run \`npm run check\`.`);
  if (problems.length) console.log(`(${problems.length} problem${problems.length === 1 ? '' : 's'} elsewhere in the content: run \`npm run check\` to see them.)`);
  return 0;
}

process.exitCode = await main();
