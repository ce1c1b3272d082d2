/**
 * Search under `astro dev`, with no build: the dev server indexes its own pages in memory, and a
 * saved chapter is searchable again after rendering only its own pages. The server reads a copy of
 * the content, which the test edits.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from './chromium.ts';
import { freePort } from './preview.ts';
import { ROOT, childEnv } from '../support/sites.ts';

let dev: ChildProcess | undefined;
let browser: Browser | undefined;
let url = '';
let output = '';
const content = join(mkdtempSync(join(tmpdir(), 'ladderbook-dev-search-')), 'content');

beforeAll(async () => {
  cpSync(join(ROOT, 'content'), content, { recursive: true });
  const port = await freePort();
  url = `http://127.0.0.1:${port}/handbook/`;
  dev = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: ROOT,
    // Without Vitest's NODE_ENV=test, which would put the dev server in test mode.
    env: childEnv({ HANDBOOK_BASE: '/handbook/', HANDBOOK_CONTENT_DIR: content }),
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
  rmSync(join(content, '..'), { recursive: true, force: true });
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

it('finds a word saved into a chapter a moment ago, rendering only the pages that show that chapter again', async () => {
  const file = join(content, 'chapters/mentorship/05-feedback.mdx');
  writeFileSync(file, readFileSync(file, 'utf8').replace('## The sandwich problem', 'A zanzibarquokka sentence, saved while the server runs.\n\n## The sandwich problem'));
  // The chapter, its part's page, and the German part page (translated) that lists it; the German
  // chapter page shows the English text and is not searched.
  for (let i = 0; i < 300 && !output.includes('3 rendered again'); i++) await new Promise((r) => setTimeout(r, 100));
  expect(output).toMatch(/search index for dev: \d+ pages, 3 rendered again/);
  const page = await (await browser!.newContext()).newPage();
  await page.goto(`${url}search/?q=zanzibarquokka`);
  const first = page.locator('.search-results li a').first();
  await first.waitFor({ timeout: 20_000 });
  await expect(first.getAttribute('href')).resolves.toBe('/handbook/chapters/mentorship/feedback/');
}, 60_000);
