/**
 * The reader's side: progress, export/import, recovery from damaged data, resets with undo, spaced
 * review on a set clock, the self-assessment and its packet, print pages, accessibility.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PHONE, axeViolations, openIn, pageErrors, sidewaysScroll, useBrowser } from './session.ts';

const session = useBrowser();
const KEY = 'ladderbook:progress';
const DAY = 86_400_000;
/** Monday 5 January 2026, 09:00 UTC. */
const T0 = Date.UTC(2026, 0, 5, 9);
const QUIZ = 'check-feedback';
const QUESTION = 'feedback-sbi-choice';


/** Takes the feedback check: the first question wrong, the second right, then "Check answers". */
async function takeQuiz(page: Page): Promise<void> {
  await page.goto(`${session.siteUrl}quizzes/${QUIZ}/`);
  await page.locator('lb-quiz[data-ready]').waitFor();
  await page.locator(`fieldset[data-question="${QUESTION}"] input[value="identity"]`).check();
  for (const right of ['interrupted', 'merged', 'no-tests']) {
    await page.locator(`fieldset[data-question="feedback-behaviour-vs-interpretation"] input[value="${right}"]`).check();
  }
  await page.getByRole('button', { name: 'Check answers' }).click();
  await page.locator('.quiz-result h3').waitFor();
}

/** Ticks a Staff signal and types its evidence on the level page. */
async function assessStaff(page: Page, evidence: string): Promise<void> {
  await page.goto(`${session.siteUrl}ladder/staff/`);
  await page.locator('lb-assessment[data-ready]').waitFor();
  await page.getByLabel('A design doc you wrote was adopted by a team other than your own.').check();
  await page.locator('#evidence-design-doc-adopted').fill(evidence);
}

async function saved(page: Page): Promise<unknown> {
  return page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null'), KEY);
}

/** Clicks `button` and returns the text of the file it downloads. */
async function downloadOf(page: Page, click: () => Promise<void>): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: download.suggestedFilename(), text: await readFile((await download.path())!, 'utf8') };
}

const quizRow = (page: Page) => page.locator(`tr[data-quiz="${QUIZ}"]`);

/** Opens /progress/ and waits for its script, which renders once the page's strings are in. */
async function gotoProgress(page: Page): Promise<void> {
  await page.goto(`${session.siteUrl}progress/`);
  await page.locator('lb-progress[data-ready]').waitFor();
}

describe('/progress/', () => {
  it('shows a finished quiz with its latest score overall and per level', async () => {
    const page = await session.open();
    await takeQuiz(page);
    await gotoProgress(page);
    await expect(quizRow(page).locator('[data-score]').textContent()).resolves.toMatch(/^20% 1 of 5 points · /);
    await expect(quizRow(page).locator('[data-levels]').textContent()).resolves.toContain('Mid-level Engineer: 1 of 2');
    await expect(quizRow(page).locator('[data-review]').textContent()).resolves.toMatch(/^1 on /);
    // The Mid-level card combines the quiz result with the (empty) self-assessment.
    const mid = page.locator('.readiness[data-readiness*="\\"id\\":\\"mid\\""]');
    await expect(mid.locator('[data-quiz-line]').textContent()).resolves.toMatch(/^Quiz questions at this level: 1 of 2 fully right/);
    await expect(page.locator('[data-overview]').textContent()).resolves.toMatch(/^You have taken 1 of \d+ quizzes/);
    expect(pageErrors(page)).toEqual([]);
  });

  it('stays in step with another open tab', async () => {
    const context = await session.newContext();
    const progress = await openIn(context, session.siteUrl + 'progress/');
    await progress.locator('lb-progress[data-ready]').waitFor();
    await expect(progress.locator('[data-no-quizzes]').isVisible()).resolves.toBe(true);
    await takeQuiz(await context.newPage());
    await expect.poll(() => quizRow(progress).locator('[data-score]').textContent()).toMatch(/^20% 1 of 5/);
  });

  it('export, then import into a fresh browser, restores everything', async () => {
    const page = await session.open();
    await takeQuiz(page);
    await assessStaff(page, 'Payments RFC, adopted by Billing: https://docs.example.com/rfc/42');
    await gotoProgress(page);
    const file = await downloadOf(page, () => page.getByRole('button', { name: 'Download my progress (JSON)' }).click());
    expect(file.name).toMatch(/^ladderbook-progress-\d{4}-\d{2}-\d{2}\.json$/);
    const before = await saved(page);

    const fresh = await session.open('progress/');
    await fresh.locator('lb-progress[data-ready]').waitFor();
    await fresh.locator('[data-import-file]').setInputFiles({ name: file.name, mimeType: 'application/json', buffer: Buffer.from(file.text) });
    const plan = fresh.locator('[data-import-plan]');
    await expect.poll(() => plan.textContent()).toContain('New in this browser: Check — Feedback that drives improvement, Self-assessment: Staff Engineer.');
    // Nothing is written before the reader confirms.
    await expect(saved(fresh)).resolves.toBeNull();
    await plan.getByRole('button', { name: 'Import' }).click();
    await expect(saved(fresh)).resolves.toEqual(before);
    await expect(quizRow(fresh).locator('[data-score]').textContent()).resolves.toMatch(/^20% 1 of 5 points · /);
    await fresh.goto(`${session.siteUrl}ladder/staff/`);
    await fresh.locator('lb-assessment[data-ready]').waitFor();
    await expect(fresh.locator('#met-design-doc-adopted').isChecked()).resolves.toBe(true);
    await expect(fresh.locator('#evidence-design-doc-adopted').inputValue()).resolves.toBe('Payments RFC, adopted by Billing: https://docs.example.com/rfc/42');
    expect(pageErrors(fresh)).toEqual([]);
  });

  it('asks before an import replaces different data, and keeps this browser’s when told to', async () => {
    const older = await session.newContext();
    await older.clock.install({ time: T0 });
    const a = await openIn(older, session.siteUrl + '');
    await takeQuiz(a);
    await gotoProgress(a);
    const file = await downloadOf(a, () => a.getByRole('button', { name: 'Download my progress (JSON)' }).click());

    const page = await session.open();
    await takeQuiz(page); // newer, so the file's older entry would not win by default either way
    await page.locator(`fieldset[data-question="${QUESTION}"] input[value="sbi"]`).check();
    await page.getByRole('button', { name: 'Check answers' }).click();
    await page.locator('.quiz-result h3').waitFor();
    const mine = await saved(page);
    await gotoProgress(page);
    await page.locator('[data-import-file]').setInputFiles({ name: file.name, mimeType: 'application/json', buffer: Buffer.from(file.text) });
    const conflict = page.locator('[data-import-plan] fieldset');
    await expect(conflict.locator('legend').textContent()).resolves.toBe('Check — Feedback that drives improvement');
    await expect(conflict.getByLabel(/^Keep this browser’s/).isChecked()).resolves.toBe(true);
    await page.locator('[data-import-plan]').getByRole('button', { name: 'Import' }).click();
    const after = (await saved(page)) as { quizzes: Record<string, { latest: unknown; attempts: unknown[] }> };
    const before = mine as typeof after;
    expect(after.quizzes[QUIZ]!.latest).toEqual(before.quizzes[QUIZ]!.latest);
    // Attempts histories are combined: the file's attempt joins this browser's two.
    expect(after.quizzes[QUIZ]!.attempts).toHaveLength(3);
  });

  it.each([
    ['not JSON', '{"version":1,"quizzes":'],
    ['a newer version', '{"version":99,"quizzes":{}}'],
  ])('unreadable saved data (%s) is set aside, reported and offered for download; nothing throws', async (_name, raw) => {
    const quiz = await session.open(`quizzes/${QUIZ}/`);
    await quiz.evaluate(([key, value]) => localStorage.setItem(key!, value!), [KEY, raw]);
    await quiz.reload();
    await quiz.locator('lb-quiz[data-ready]').waitFor();
    await expect(quiz.locator('.quiz-notice').textContent()).resolves.toContain('could not be read');
    expect(pageErrors(quiz)).toEqual([]);

    await gotoProgress(quiz);
    const section = quiz.locator('[data-set-aside]');
    await section.waitFor();
    await expect(section.getByRole('heading').textContent()).resolves.toBe('Saved data that could not be read');
    const file = await downloadOf(quiz, () => section.getByRole('button', { name: 'Download it' }).click());
    expect(JSON.parse(file.text).raw).toBe(raw);
    // The page still works with what could be read (nothing), and saving works again.
    await expect(quizRow(quiz).locator('[data-score]').textContent()).resolves.toBe('Not taken yet');
    await section.getByRole('button', { name: 'Delete the copy' }).click();
    await expect(section.isHidden()).resolves.toBe(true);
    expect(pageErrors(quiz)).toEqual([]);
  });

  it('storage that cannot be used (private mode) is reported, not thrown', async () => {
    const context = await session.newContext();
    await context.addInitScript(() => {
      const refuse = () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      };
      Object.defineProperty(window, 'localStorage', { get: refuse, configurable: true });
    });
    const page = await openIn(context, session.siteUrl + `quizzes/${QUIZ}/`);
    await page.locator('lb-quiz[data-ready]').waitFor();
    await expect(page.locator('.quiz-notice').textContent()).resolves.toContain('not keeping your answers');
    await takeQuiz(page);
    await gotoProgress(page);
    await expect(page.locator('[data-notice]').textContent()).resolves.toContain('not keeping your answers');
    expect(pageErrors(page)).toEqual([]);
  });

  it.each([
    ['one quiz', (p: Page) => quizRow(p).getByRole('button', { name: /^Reset/ }).click()],
    [
      'everything',
      async (p: Page) => {
        await p.getByRole('button', { name: 'Reset everything…' }).click();
        await p.getByRole('button', { name: 'Yes, reset everything' }).click();
      },
    ],
  ] as const)('a reset of %s can be undone', async (_name, reset) => {
    const page = await session.open();
    await takeQuiz(page);
    await gotoProgress(page);
    const before = await saved(page);
    await reset(page);
    await expect(quizRow(page).isHidden()).resolves.toBe(true);
    await expect(page.locator('[data-untaken] li a').allTextContents()).resolves.toContain('Check — Feedback that drives improvement');
    await page.locator('[data-status]').getByRole('button', { name: 'Undo' }).click();
    await expect(quizRow(page).locator('[data-score]').textContent()).resolves.toMatch(/^20% 1 of 5/);
    await expect(saved(page)).resolves.toEqual(before);
  });

  it('a level’s self-assessment can be cleared and undone', async () => {
    const page = await session.open();
    await assessStaff(page, 'The RFC');
    await gotoProgress(page);
    const card = page.locator('.readiness[data-readiness*="\\"id\\":\\"staff\\""]');
    await expect(card.locator('[data-headline]').textContent()).resolves.toBe('Ready for Staff Engineer on 1 of 5 signals.');
    await card.getByRole('button', { name: /^Clear self-assessment/ }).click();
    await expect(card.locator('[data-headline]').textContent()).resolves.toBe('Not assessed against Staff Engineer yet (5 signals to check).');
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(card.locator('[data-headline]').textContent()).resolves.toBe('Ready for Staff Engineer on 1 of 5 signals.');
  });
});

describe('/review/', () => {
  it('a wrong answer comes back once it is due, and a right one moves it to three days', async () => {
    const context = await session.newContext();
    await context.clock.install({ time: T0 });
    const page = await openIn(context, session.siteUrl + '');
    await takeQuiz(page);

    await page.goto(`${session.siteUrl}review/`);
    // The date as the handbook's English (`lang: 'en'`) writes it.
    await expect.poll(() => page.locator('[data-review-status]').textContent()).toMatch(/^Nothing is due now\. 1 question comes back tomorrow \(Tue, Jan 6\)\.$/);
    await expect(page.locator('.review-form').isHidden()).resolves.toBe(true);

    await page.clock.setSystemTime(T0 + DAY + 60_000);
    await page.reload();
    const question = page.locator(`.review-form fieldset[data-question="${QUESTION}"]`);
    await question.waitFor();
    await expect(page.locator('[data-review-status]').textContent()).resolves.toBe('1 question due for review.');
    await expect(page.locator('.review-form fieldset').count()).resolves.toBe(1);
    await question.locator('input[value="sbi"]').check();
    await page.getByRole('button', { name: 'Check answers' }).click();
    await expect(question.locator('[data-feedback]').textContent()).resolves.toMatch(/^Correct\..*Next review: in 3 days/);
    const state = (await saved(page)) as { quizzes: Record<string, { review: Record<string, { stage: number; due: number }>; latest: { score: number } }> };
    expect(state.quizzes[QUIZ]!.review[QUESTION]).toEqual({ stage: 2, due: expect.any(Number) });
    expect(state.quizzes[QUIZ]!.review[QUESTION]!.due - (T0 + DAY)).toBeGreaterThanOrEqual(3 * DAY);
    // A review does not change the quiz's own score.
    expect(state.quizzes[QUIZ]!.latest.score).toBe(1);
    expect(pageErrors(page)).toEqual([]);
  });
});

describe('self-assessment', () => {
  it('survives a reload, and its Markdown packet holds the evidence typed', async () => {
    const page = await session.open();
    const evidence = 'The design doc another team adopted: https://docs.example.com/rfc/42';
    await assessStaff(page, evidence);
    await page.reload();
    await page.locator('lb-assessment[data-ready]').waitFor();
    await expect(page.locator('#met-design-doc-adopted').isChecked()).resolves.toBe(true);
    await expect(page.locator('#evidence-design-doc-adopted').inputValue()).resolves.toBe(evidence);
    const card = (id: string) => page.locator(`.readiness[aria-labelledby="readiness-${id}"]`);
    await expect(card('staff').locator('[data-headline]').textContent()).resolves.toBe('Ready for Staff Engineer on 1 of 5 signals.');
    await expect(card('principal').getByRole('heading').textContent()).resolves.toContain('Principal Engineer (next level)');
    await expect(card('principal').locator('[data-headline]').textContent()).resolves.toBe('Not assessed against Principal Engineer yet (5 signals to check).');

    await page.getByRole('link', { name: 'Packet draft: print or download as Markdown' }).click();
    await page.locator('lb-packet h3').first().waitFor();
    await expect(page.locator('lb-packet h3').first().textContent()).resolves.toBe('Example 1: The design doc another team adopted');
    await expect(page.locator('lb-packet blockquote').first().textContent()).resolves.toBe(evidence);
    const md = await downloadOf(page, () => page.getByRole('button', { name: 'Download Markdown' }).click());
    expect(md.name).toMatch(/^promotion-packet-staff-\d{4}-\d{2}-\d{2}\.md$/);
    expect(md.text).toContain('# Promotion packet draft: Staff Engineer (L6)');
    expect(md.text).toContain(`> ${evidence}`);
    expect(md.text).toContain('- A design doc you wrote was adopted by a team other than your own.');
    expect(pageErrors(page)).toEqual([]);
  });

  it('works as a labelled paper checklist without JavaScript', async () => {
    const page = await session.open('ladder/staff/', { javaScriptEnabled: false });
    const boxes = page.locator('.signal-checklist input[type=checkbox]');
    await expect(boxes.count()).resolves.toBe(5);
    await expect(page.getByLabel('A design doc you wrote was adopted by a team other than your own.').count()).resolves.toBe(1);
    await expect(page.getByLabel('Evidence (optional)').count()).resolves.toBe(5);
  });
});

describe('print', () => {
  it('/print/ holds every chapter in order after a table of contents, with links written out', async () => {
    const page = await session.open('print/');
    const toc = await page.locator('.print-toc > ol > li > ol a').allTextContents();
    const chapters = await page.locator('.print-chapter .chapter-title').allTextContents();
    expect(chapters.length).toBeGreaterThanOrEqual(10);
    expect(toc).toEqual(chapters);
    await page.emulateMedia({ media: 'print' });
    const breaks = await page.locator('.print-chapter').evaluateAll((els) => els.map((e) => getComputedStyle(e).breakBefore));
    // Every chapter starts a page, but the first of each part, which follows its part's title page.
    const parts = await page.locator('.print-part').count();
    expect(breaks.filter((b) => b === 'page').length).toBeGreaterThanOrEqual(chapters.length - parts);
    const internal = page.locator('.print-chapter a[data-url]').first();
    const after = await internal.evaluate((a) => getComputedStyle(a, '::after').content);
    expect(after).toMatch(/^" \(" attr\(data-url\) "\)"$|^" \(http/);
    await expect(internal.getAttribute('data-url')).resolves.toMatch(/^https?:\/\/.+\/handbook\//);
    expect(pageErrors(page)).toEqual([]);
  });

  it('a quiz worksheet puts the answers at the back, on their own page', async () => {
    const page = await session.open(`quizzes/${QUIZ}/worksheet/`);
    await expect(page.locator('.ws-question').count()).resolves.toBe(5);
    const order = await page.locator('.ws-questions, .ws-answers').evaluateAll((els) => els.map((e) => e.className));
    expect(order).toEqual(['ws-questions', 'ws-answers']);
    // The worksheet shows no answer before the back: no "Right:" and no explanation among the questions.
    await expect(page.locator('.ws-questions').textContent()).resolves.not.toContain('SBI stands for');
    await expect(page.locator('.ws-answers').textContent()).resolves.toContain('SBI stands for');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.ws-answers').evaluate((e) => getComputedStyle(e).breakBefore)).resolves.toBe('page');
  });
});

const READER_PAGES = [
  ['progress', 'progress/'],
  ['review', 'review/'],
  ['print', 'print/'],
  ['worksheet', `quizzes/${QUIZ}/worksheet/`],
  ['packet', 'ladder/staff/packet/'],
] as const;

describe('accessibility and layout', () => {
  it.each(READER_PAGES)('%s: no axe violations (wcag2a, wcag2aa) with saved progress, no errors', async (_name, path) => {
    const context = await session.newContext();
    await context.clock.install({ time: T0 });
    const page = await openIn(context, session.siteUrl + '');
    await takeQuiz(page);
    await assessStaff(page, 'The RFC: https://docs.example.com/rfc/42');
    await page.clock.setSystemTime(T0 + 2 * DAY);
    await page.goto(session.siteUrl + path);
    await page.waitForLoadState('networkidle');
    if (path === 'review/') await page.locator('.review-form fieldset').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    expect(pageErrors(page)).toEqual([]);
  });

  it.each(READER_PAGES)('%s: no horizontal scrolling at 360 px', async (_name, path) => {
    const page = await session.open(path, { viewport: PHONE });
    await page.waitForLoadState('networkidle');
    expect(await sidewaysScroll(page)).toBe(0);
  });
});
