/**
 * Last-commit dates of content files, from one `git log` over the content folder (not one call
 * per file, which would dominate the build at a thousand chapters). Empty outside a git checkout.
 */
import { execFileSync } from 'node:child_process';
import { relative, resolve, sep } from 'node:path';

let cache: Map<string, Date> | undefined;

export function gitDates(rootPath: string, contentPath: string): Map<string, Date> {
  if (cache) return cache;
  cache = new Map();
  try {
    const out = execFileSync('git', ['log', '--format=%x00%cI', '--name-only', '--', relative(rootPath, contentPath) || '.'], {
      cwd: rootPath,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 64 * 1024 * 1024,
    });
    let date: Date | undefined;
    for (const line of out.split('\n')) {
      if (line.startsWith('\0')) date = new Date(line.slice(1));
      else if (line && date) {
        const abs = resolve(rootPath, line).split(sep).join('/');
        if (!cache.has(abs)) cache.set(abs, date); // newest commit comes first
      }
    }
  } catch {
    // Not a git checkout, or git is missing: pages simply show no date.
  }
  return cache;
}
