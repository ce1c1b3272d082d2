/**
 * The handbook in another language, in the reader's browser: German search finds German pages
 * (the default handbook), and the Arabic handbook of the quiz-kinds fixture reads right to left,
 * fits a phone without sideways scrolling, and takes a quiz. axe checks pages of both. Texts the
 * test expects are written here; Arabic ones are checked by script, not wording.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DESKTOP, PHONE, axeViolations, pageErrors, sidewaysScroll, useBrowser } from './session.ts';

const ARABIC = /\p{Script=Arabic}/u;
const LATIN_WORD = /\p{Script=Latin}{3,}/u;

describe('German, on the default handbook', () => {
  const session = useBrowser('siteUrl');

  it('searching on a German page finds German pages, filed under German kinds', async () => {
    const page = await session.open('de/search/?q=Beförderung');
    const first = page.locator('.search-results li a').first();
    await first.waitFor();
    const hrefs = await page.locator('.search-results li > a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
    expect(hrefs.length).toBeGreaterThan(0);
    expect(hrefs.every((href) => href.startsWith('/handbook/de/'))).toBe(true);
    expect(await page.locator('main .search-status').textContent()).toMatch(/^\d+ Treffer(\.|, die ersten 20 werden gezeigt\.)$/);
    expect(await page.locator('.search-results .badge').allTextContents()).toContain('Kapitel');
    // The kind filter lists the German names of the kinds.
    expect(await page.locator('select[data-filter="kind"] option').allTextContents()).toEqual(expect.arrayContaining([expect.stringMatching(/^Kapitel \(\d+\)$/)]));
  });

  it('a word only the English text has finds nothing on the German page, and the English page finds it', async () => {
    const german = await session.open('de/search/?q=mentee');
    await german.locator('main .search-status').filter({ hasText: /\S/ }).waitFor();
    const germanHrefs = await german.locator('.search-results li > a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
    expect(germanHrefs.every((href) => href.startsWith('/handbook/de/'))).toBe(true);
    const english = await session.open('search/?q=mentee');
    await english.locator('.search-results li a').first().waitFor();
    const englishHrefs = await english.locator('.search-results li > a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
    expect(englishHrefs.some((href) => href.startsWith('/handbook/de/'))).toBe(false);
  });

  it('the language picker leads to the same page in English, and back', async () => {
    const page = await session.open('de/chapters/career-paths/manufacturing-scope/');
    await page.locator('.language-picker summary').click();
    await page.getByRole('link', { name: 'English' }).click();
    await page.waitForURL(/\/handbook\/chapters\/career-paths\/manufacturing-scope\/$/);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.locator('.language-picker summary').click();
    await page.getByRole('link', { name: 'Deutsch' }).click();
    await page.waitForURL(/\/handbook\/de\/chapters\/career-paths\/manufacturing-scope\/$/);
  });

  it.each(['de/', 'de/chapters/career-paths/manufacturing-scope/', 'de/chapters/mentorship/why-invest/', 'de/ladder/staff/', 'de/quizzes/check-summary/', 'de/search/?q=Mentoring'])(
    '%s: no axe violations, no errors',
    async (path) => {
      const page = await session.open(path);
      await page.waitForLoadState('networkidle');
      expect(await axeViolations(page)).toEqual([]);
      expect(pageErrors(page)).toEqual([]);
    },
  );
});

describe('Arabic, right to left, on the quiz-kinds fixture', () => {
  const session = useBrowser('kindsSiteUrl');
  const PAGES = ['ar/', 'ar/chapters/basics/welcome/', 'ar/quizzes/every-kind/', 'ar/ladder/', 'ar/ladder/senior/', 'ar/ladder/compare/junior/senior/', 'ar/progress/', 'ar/print/'];

  async function openAt(path: string, viewport: typeof PHONE): Promise<Page> {
    const page = await session.open(path, { viewport });
    await page.waitForLoadState('networkidle');
    return page;
  }

  it('searching an Arabic word on an Arabic page finds the Arabic chapter (indexed while a plain astro build ran)', async () => {
    // "البداية" is a heading of the Arabic translation of basics/welcome only.
    const page = await session.open('ar/search/?q=البداية');
    await page.locator('.search-results li a').first().waitFor();
    const hrefs = await page.locator('.search-results li > a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
    expect(hrefs.map((href) => href.replace(/#.*$/, ''))).toContain('/kinds/ar/chapters/basics/welcome/');
    expect(hrefs.every((href) => href.startsWith('/kinds/ar/'))).toBe(true);
  });

  it.each(PAGES)('%s is laid out right to left and fits a 360 px phone', async (path) => {
    const page = await openAt(path, PHONE);
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    expect(await page.locator('html').getAttribute('lang')).toBe('ar');
    expect(await sidewaysScroll(page)).toBe(0);
    // The page starts on the right: the main heading's right edge is near the viewport's.
    const box = (await page.locator('h1').first().boundingBox())!;
    expect(PHONE.width - (box.x + box.width)).toBeLessThan(40);
  });

  it('the header puts the title on the right and the tools on the left, on a desktop too', async () => {
    const page = await openAt('ar/', DESKTOP);
    const brand = (await page.locator('header a').first().boundingBox())!;
    const tools = (await page.locator('.header-tools').boundingBox())!;
    expect(brand.x).toBeGreaterThan(tools.x);
  });

  it('the interface speaks Arabic: navigation, the quiz and its feedback', async () => {
    const page = await openAt('ar/quizzes/every-kind/', DESKTOP);
    const check = page.locator('form button[type="submit"]').first();
    expect(await check.textContent()).toMatch(ARABIC);
    await page.locator('fieldset[data-question="kinds-single"] input[value="blue"]').check();
    await check.click();
    const feedback = page.locator('fieldset[data-question="kinds-single"] [data-feedback]');
    await expect.poll(() => feedback.textContent()).toMatch(ARABIC);
    expect(await feedback.textContent()).not.toMatch(LATIN_WORD);
    const result = await page.locator('.quiz-result').textContent();
    expect(result).toMatch(ARABIC);
    expect(result).not.toMatch(LATIN_WORD);
    expect(pageErrors(page)).toEqual([]);
  });

  it('an answer given on the English page shows on the Arabic one', async () => {
    const context = await session.newContext();
    const english = await context.newPage();
    await english.goto(`${session.siteUrl}quizzes/every-kind/`);
    await english.locator('lb-quiz[data-ready]').waitFor();
    await english.locator('fieldset[data-question="kinds-match"] select[name="q-kinds-match:cat"]').selectOption('meow');
    await english.locator('fieldset[data-question="kinds-single"] input[value="green"]').check();
    const arabic = await context.newPage();
    await arabic.goto(`${session.siteUrl}ar/quizzes/every-kind/`);
    await arabic.locator('lb-quiz[data-ready]').waitFor();
    await expect.poll(() => arabic.locator('fieldset[data-question="kinds-single"] input[value="green"]').isChecked()).toBe(true);
    expect(await arabic.locator('select[name="q-kinds-match:cat"]').inputValue()).toBe('meow');
  });

  it.each(PAGES)('%s: no axe violations, no errors', async (path) => {
    const page = await openAt(path, DESKTOP);
    expect(await axeViolations(page)).toEqual([]);
    expect(pageErrors(page)).toEqual([]);
  });
});
