/** The handbook as a reader meets it: home, navigation, search, theme, layout, accessibility. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/sites.ts';
import { PHONE, axeViolations, pageErrors, sidewaysScroll, useBrowser } from './session.ts';

const session = useBrowser();

describe('reading', () => {
  it('the home page names the handbook and offers reading paths', async () => {
    const page = await session.open();
    await expect(page.locator('h1').textContent()).resolves.toBe('Ladderbook');
    await expect(page.locator('.paths > li h3').allTextContents()).resolves.toContain('I am Senior and want Staff');
    expect(pageErrors(page)).toEqual([]);
  });

  it('navigation reaches a chapter through its part', async () => {
    const page = await session.open('chapters/');
    await page.getByRole('link', { name: 'Mentorship foundations' }).first().click();
    await page.getByRole('link', { name: 'Feedback that drives improvement' }).first().click();
    await expect(page.locator('h1').textContent()).resolves.toBe('Feedback that drives improvement');
    expect(new URL(page.url()).pathname).toBe('/handbook/chapters/mentorship/feedback/');
    // The current chapter is marked in the navigation, and the table of contents lists h2 sections.
    await expect(page.locator('.site-nav [aria-current="page"]').textContent()).resolves.toContain('Feedback that drives improvement');
    await expect(page.locator('.toc a').allTextContents()).resolves.toContain('The SBI model');
    await expect(page.locator('a[rel="next"]').textContent()).resolves.toContain('Structuring');
  });

  it('printing a chapter prints its text, not the header, navigation or table of contents', async () => {
    const page = await session.open('chapters/mentorship/feedback/');
    await page.emulateMedia({ media: 'print' });
    for (const chrome of ['.site-header', '.site-nav', '.toc', '.site-footer', '.prev-next']) {
      await expect(page.locator(chrome).first().isVisible(), chrome).resolves.toBe(false);
    }
    await expect(page.locator('main h1').isVisible()).resolves.toBe(true);
    await expect(page.locator('main .content p').first().isVisible()).resolves.toBe(true);
  });

  it('a chapter page links by content id resolve under the base path', async () => {
    const page = await session.open('chapters/mentorship/why-invest/');
    const hrefs = await page.locator('main .content a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    const internal = hrefs.filter((h) => !/^(https?:|mailto:|#)/.test(h));
    expect(internal.length).toBeGreaterThan(3);
    for (const href of internal) expect(href).toMatch(/^\/handbook\//);
  });
});

describe('search', () => {
  it('finds a word of a chapter from the header and the result opens it', async () => {
    const page = await session.open();
    await page.getByRole('link', { name: /Search/ }).click();
    const input = page.getByRole('dialog').getByRole('searchbox');
    await input.fill('sandwich');
    const first = page.locator('dialog .search-results li a').first();
    await first.waitFor();
    await expect(first.textContent()).resolves.toBe('Feedback that drives improvement');
    await expect(page.locator('dialog .search-results li').first().locator('mark').first().textContent()).resolves.toMatch(/sandwich/i);
    await first.click();
    await page.waitForURL(/\/handbook\/chapters\/mentorship\/feedback\//);
  });

  it('"/" opens the search with the cursor in it, and Pagefind loads only then', async () => {
    const page = await session.open('chapters/mentorship/feedback/');
    const loaded: string[] = [];
    page.on('request', (r) => loaded.push(r.url()));
    await page.waitForTimeout(300);
    expect(loaded.filter((u) => u.includes('pagefind'))).toEqual([]);
    await page.keyboard.press('/');
    await page.getByRole('dialog').waitFor();
    await expect(page.evaluate(() => document.activeElement?.getAttribute('type'))).resolves.toBe('search');
    await page.keyboard.type('Dreyfus');
    await page.locator('dialog .search-results li').first().waitFor();
    expect(loaded.some((u) => u.includes('/handbook/pagefind/pagefind.js'))).toBe(true);
    expect(pageErrors(page)).toEqual([]);
  });

  it('Ctrl+K opens the search too', async () => {
    const page = await session.open('ladder/');
    await page.keyboard.press('Control+k');
    await page.getByRole('dialog').waitFor();
    await expect(page.evaluate(() => document.activeElement?.getAttribute('type'))).resolves.toBe('search');
  });

  it('the search page takes ?q= and browses by a filter alone', async () => {
    const page = await session.open('search/?q=archetype');
    await page.locator('.search-results li').first().waitFor();
    await expect(page.locator('.search-results li a').allTextContents()).resolves.toContain('Staff Engineer');
    const browse = await session.open('search/?kind=level');
    await browse.locator('.search-results li').first().waitFor();
    const kinds = await browse.locator('.search-results .badge').allTextContents();
    expect(new Set(kinds)).toEqual(new Set(['Level']));
    expect(kinds.length).toBe(10);
  });

  it('merges the shards of a split index: quizzes, which sit in the last shard, are all found', async () => {
    // This handbook's index is built in shards of 60 pages (tests/support/sites.ts); quiz pages sort last.
    const page = await session.open('search/?kind=quiz');
    // Pagefind fetches its index from a worker, so the requests are counted over a reload.
    const loaded: string[] = [];
    page.on('request', (r) => loaded.push(r.url()));
    await page.reload();
    await page.locator('.search-results li').first().waitFor();
    // Every quiz file of the content has its page among the results (the first 20 are listed).
    const quizzes = readdirSync(join(ROOT, 'content/quizzes')).length;
    await expect(page.locator('main .search-status').textContent()).resolves.toMatch(new RegExp(`\\b${quizzes} results`));
    await expect(page.locator('.search-results .badge').allTextContents()).resolves.toEqual(Array(20).fill('Quiz'));
    expect(loaded.some((url) => url.includes('/handbook/pagefind-3/'))).toBe(true);
    expect(pageErrors(page)).toEqual([]);
  });
});

describe('theme', () => {
  it('the toggle persists across a reload and is applied before first paint', async () => {
    const page = await session.open('', { colorScheme: 'light' });
    const toggle = page.locator('[data-theme-toggle]');
    await toggle.click(); // system → light
    await toggle.click(); // light → dark
    await expect(page.evaluate(() => document.documentElement.dataset.theme)).resolves.toBe('dark');
    // With every script file blocked, only the inline head script can apply the saved theme:
    // it runs before first paint, so the wrong theme never flashes (and the CSP allows it).
    await page.route('**/*.js', (route) => route.abort());
    await page.reload();
    await expect(page.evaluate(() => document.documentElement.dataset.theme)).resolves.toBe('dark');
    await page.unroute('**/*.js');
    await page.reload();
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe('rgb(20, 22, 27)');
    await expect(toggle.getAttribute('aria-label')).resolves.toBe('Colour theme: dark');
  });

  it('follows the system by default', async () => {
    const page = await session.open('', { colorScheme: 'dark' });
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe('rgb(20, 22, 27)');
  });
});

const KINDS_OF_PAGE = [
  ['home', ''],
  ['chapter', 'chapters/mentorship/feedback/'],
  ['part', 'chapters/mentorship/'],
  ['chapter list', 'chapters/'],
  ['ladder', 'ladder/'],
  ['level', 'ladder/staff/'],
  ['comparison', 'ladder/compare/staff/senior-engineering-manager/'],
  ['what changed in the ladder', 'ladder/changes/'],
  ['quiz', 'quizzes/mentorship-checkpoint/'],
  ['quiz list', 'quizzes/'],
  ['search', 'search/?q=mentor'],
  ['not found', '404.html'],
] as const;

describe('every kind of page', () => {
  it.each(KINDS_OF_PAGE)('%s: no axe violations (wcag2a, wcag2aa), no errors', async (_kind, path) => {
    const page = await session.open(path);
    await page.waitForLoadState('networkidle');
    expect(await axeViolations(page)).toEqual([]);
    expect(pageErrors(page)).toEqual([]);
  });

  it.each(KINDS_OF_PAGE)('%s: no horizontal scrolling at 360 px', async (_kind, path) => {
    const page = await session.open(path, { viewport: PHONE });
    await page.waitForLoadState('networkidle');
    expect(await sidewaysScroll(page)).toBe(0);
  });
});
