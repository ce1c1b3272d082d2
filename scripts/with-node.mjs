#!/usr/bin/env node
// Runs a command with a Node that Astro accepts, installing what is missing first:
//   node scripts/with-node.mjs <npm-script> | <file.ts> [args] | <bin in node_modules/.bin> [args]
//
// `npm start`, `npm test` and the other npm scripts go through here so that a fresh clone works with two commands on a
// machine whose stock Node is too old: when the running Node is older than `engines.node`, the Node
// version pinned in .nvmrc is fetched once from the npm registry (the `node-<os>-<arch>` package,
// which holds the official binary), kept in .cache/node/, and put first on PATH. When the running
// Node is new enough nothing extra is downloaded.
//
// This file must run on old Node versions too, so it is plain JavaScript with no dependencies.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, renameSync, utimesSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const [command, ...args] = process.argv.slice(2);
if (!command) {
  console.error('usage: node scripts/with-node.mjs <npm-script | file | bin> [args…]');
  process.exit(2);
}

const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const minimum = pkg.engines.node.replace(/^>=\s*/, '');
const pinned = readFileSync(join(root, '.nvmrc'), 'utf8').trim().replace(/^v/, '');

/** Compares dotted versions numerically: negative when a < b. */
function compareVersions(a, b) {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < 3; i++) if ((pa[i] ?? 0) !== (pb[i] ?? 0)) return (pa[i] ?? 0) - (pb[i] ?? 0);
  return 0;
}

function run(command, args, env) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env, shell: process.platform === 'win32' });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

/** The npm registry package that carries the Node binary for this machine. */
function nodePackageName() {
  const os = { linux: 'linux', darwin: 'darwin', win32: 'win' }[process.platform];
  if (!os) throw new Error(`No Node package on the npm registry for platform ${process.platform}; install Node ${minimum}+ yourself.`);
  return `node-${os}-${process.arch}`;
}

/** Returns the folder holding a suitable `node` binary, downloading it once if needed. */
function ensureNodeBinDir() {
  const current = process.versions.node;
  if (compareVersions(current, minimum) >= 0) return null;
  const home = join(root, '.cache', 'node', pinned);
  const binDir = process.platform === 'win32' ? home : join(home, 'bin');
  const binary = join(binDir, process.platform === 'win32' ? 'node.exe' : 'node');
  const name = nodePackageName();
  console.log(`Node ${current} is older than Astro needs (${minimum}+); using Node ${pinned} from the npm registry (${name}) in .cache/node/.`);
  if (existsSync(binary)) return binDir;
  const tmp = join(root, '.cache', 'node', `download-${process.pid}`);
  mkdirSync(tmp, { recursive: true });
  try {
    const npmCli = process.env.npm_execpath;
    const packArgs = ['pack', `${name}@${pinned}`, '--silent', '--pack-destination', tmp];
    const status = npmCli ? run(process.execPath, [npmCli, ...packArgs]) : run('npm', packArgs);
    if (status !== 0) throw new Error(`npm pack ${name}@${pinned} failed`);
    const tarball = join(tmp, `${name}-${pinned}.tgz`);
    if (run('tar', ['-xzf', tarball, '-C', tmp]) !== 0) throw new Error(`could not unpack ${tarball}`);
    rmSync(home, { recursive: true, force: true });
    renameSync(join(tmp, 'package'), home);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  return binDir;
}

/** True when node_modules is missing or older than package.json / the lockfile. */
const marker = join(root, 'node_modules', '.package-lock.json');
function needsInstall() {
  if (!existsSync(marker)) return true;
  const installed = statSync(marker).mtimeMs;
  return ['package.json', 'package-lock.json'].some((f) => existsSync(join(root, f)) && statSync(join(root, f)).mtimeMs > installed);
}

const binDir = ensureNodeBinDir();
const env = { ...process.env };
const pathKey = Object.keys(env).find((k) => k.toUpperCase() === 'PATH') ?? 'PATH';
const sep = process.platform === 'win32' ? ';' : ':';
env[pathKey] = [binDir, join(root, 'node_modules', '.bin'), env[pathKey]].filter(Boolean).join(sep);
const npmCli = process.env.npm_execpath;
const node = binDir ? join(binDir, process.platform === 'win32' ? 'node.exe' : 'node') : process.execPath;
const npm = (args) => (npmCli ? run(node, [npmCli, ...args], env) : run('npm', args, env));

if (needsInstall()) {
  console.log('Installing dependencies (npm install) …');
  const status = npm(['install', '--no-fund', '--no-audit']);
  if (status !== 0) process.exit(status);
  // "up to date" leaves the marker as it was; stamp it so the next run does not install again.
  if (existsSync(marker)) utimesSync(marker, new Date(), new Date());
}
if (pkg.scripts[command]) process.exit(npm(['run', command, '--silent', ...(args.length ? ['--', ...args] : [])]));
if (existsSync(join(root, command))) process.exit(run(node, [command, ...args], env));
process.exit(run(command, args, env));
