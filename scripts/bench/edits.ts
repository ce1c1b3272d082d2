/**
 * What an author waits for after saving a chapter: a rebuild with the previous build's caches
 * and output kept, and the dev server's time from saving the file to serving the updated page.
 * Both edit one chapter of the bench corpus by adding a sentence with a unique word to its first
 * paragraph, check the page shows it, and put the file back.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';

/** A sentence to add to a chapter, with a word no generated text contains. */
export function editMarker(n: number): string {
  return `Edited sentence number ${n} says zqxedit${n}.`;
}

/** The chapter text with `sentence` added to its first paragraph (the one after the frontmatter). */
export function withSentence(source: string, sentence: string): string {
  const body = source.indexOf('\n---\n', 4);
  if (body < 0) throw new Error('a chapter without frontmatter');
  const paragraphEnd = source.indexOf('\n\n', body + 6);
  if (paragraphEnd < 0) throw new Error('a chapter without a paragraph');
  return `${source.slice(0, paragraphEnd)} ${sentence}${source.slice(paragraphEnd)}`;
}

/** Edits a file and returns a function that puts it back. */
export function editFile(file: string, sentence: string): () => void {
  const original = readFileSync(file, 'utf8');
  writeFileSync(file, withSentence(original, sentence));
  return () => writeFileSync(file, original);
}

/** GET a local URL; resolves with status and body, or status 0 when nothing answers. */
export function get(url: string): Promise<{ status: number; body: string }> {
  return new Promise((done) => {
    const req = request(url, { timeout: 60_000 }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => done({ status: res.statusCode ?? 0, body }));
      res.on('error', () => done({ status: 0, body: '' }));
    });
    req.on('error', () => done({ status: 0, body: '' }));
    req.on('timeout', () => req.destroy());
    req.end();
  });
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** Polls `url` every `everyMs` until its body contains `text`; the time it took, or rejects after `timeoutMs`. */
export async function waitForText(url: string, text: string, { everyMs = 50, timeoutMs = 120_000 } = {}): Promise<number> {
  const started = performance.now();
  while (performance.now() - started < timeoutMs) {
    const { status, body } = await get(url);
    if (status === 200 && body.includes(text)) return performance.now() - started;
    await sleep(everyMs);
  }
  throw new Error(`${url} did not show "${text}" within ${timeoutMs / 1000} s`);
}

export interface DevServerOptions {
  cwd: string;
  /** Arguments to `node` that start the dev server on `port`. */
  args: string[];
  env: Record<string, string>;
  port: number;
}

export interface DevServer {
  child: ChildProcess;
  /** Milliseconds from starting the process to the first page answering. */
  startMs: number;
  log: () => string;
  stop: () => Promise<void>;
}

/** Process groups of the dev servers running now, so an interrupted bench can stop them. */
const servers = new Set<number>();

/** Stops every dev server this process started and has not stopped. */
export function stopDevServers(): void {
  for (const pgid of servers) {
    try {
      process.kill(-pgid, 'SIGKILL');
    } catch {
      /* already gone */
    }
  }
}

/** Starts a dev server in its own process group and waits until `firstUrl` answers 200. */
export async function startDevServer(options: DevServerOptions, firstUrl: string): Promise<DevServer> {
  const started = performance.now();
  const child = spawn(process.execPath, options.args, {
    cwd: options.cwd,
    env: { ...process.env, ...options.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  if (child.pid) servers.add(child.pid);
  let log = '';
  child.stdout!.on('data', (c: Buffer) => (log += c.toString('utf8')));
  child.stderr!.on('data', (c: Buffer) => (log += c.toString('utf8')));
  const stop = async () => {
    servers.delete(child.pid!);
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((done) => child.once('exit', done));
    try {
      process.kill(-child.pid!, 'SIGTERM');
    } catch {
      /* already gone */
    }
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        /* already gone */
      }
    }, 5000);
    await exited;
    clearTimeout(timer);
  };
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`the dev server exited (${child.exitCode}):\n${log.slice(-3000)}`);
      if ((await get(firstUrl)).status === 200) break;
      if (performance.now() - started > 300_000) throw new Error(`the dev server did not answer within 300 s:\n${log.slice(-3000)}`);
      await sleep(200);
    }
  } catch (error) {
    await stop();
    throw error;
  }
  return { child, startMs: performance.now() - started, log: () => log, stop };
}
