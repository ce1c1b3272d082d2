/** Search under `astro dev`, with no build: the dev server indexes its own pages in memory. */
import { spawn, type ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from './chromium.ts';
import { freePort } from './preview.ts';
import { ROOT, childEnv } from '../support/sites.ts';

let dev: ChildProcess | undefined;
let browser: Browser | undefined;
let url = '';
let output = '';

beforeAll(async () => {
  const port = await freePort();
  url = `http://127.0.0.1:${port}/handbook/`;
  dev = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: ROOT,
    // Without Vitest's NODE_ENV=test, which would put the dev server in test mode.
    env: childEnv({ HANDBOOK_BASE: '/handbook/' }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  dev.stdout?.on('data', (d) => (output += String(d)));
  dev.stderr?.on('data', (d) => (output += String(d)));
  for (let i = 0; i < 600 && !output.includes('search index for dev'); i++) {
    if (dev.exitCode !== null) throw new Error(`astro dev exited:\n${output}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  browser = await launchChromium();
}, 150_000);

afterAll(async () => {
  await browser?.close();
  dev?.kill();
});

it('finds a chapter by a word in it, under the base path, without a build', async () => {
  expect(output).toMatch(/search index for dev: \d+ pages/);
  const page = await (await browser!.newContext()).newPage();
  await page.goto(`${url}search/?q=sandwich`);
  const first = page.locator('.search-results li a').first();
  await first.waitFor({ timeout: 20_000 });
  await expect(first.textContent()).resolves.toBe('Feedback that drives improvement');
  await expect(first.getAttribute('href')).resolves.toBe('/handbook/chapters/mentorship/feedback/');
}, 60_000);
