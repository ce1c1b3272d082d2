/**
 * Quizzes of the default handbook as a reader meets them: feedback on a wrong choice, answers an edit
 * made obsolete, no-JS, keyboard, and quizzes in chapters. Every kind's grading and saving, with
 * answers the test knows independently, is in quiz-kinds.test.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from '../support/sites.ts';
import { useBrowser } from './session.ts';

const session = useBrowser();
const QUIZ = 'quizzes/check-feedback/';

/** Clicks "Check answers" and waits for the graded result (grading loads on the first check). */
async function checkAnswers(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Check answers' }).click();
  await page.locator('.quiz-result h3').waitFor();
}

describe('grading', () => {
  it('a wrong choice shows why it is wrong, and the explanation opens', async () => {
    const page = await session.open(QUIZ);
    // From content/quizzes/check-feedback.yaml: "identity" is a wrong choice, with this reason.
    const fieldset = page.locator('fieldset[data-question="feedback-sbi-choice"]');
    await fieldset.locator('input[value="identity"]').check();
    await checkAnswers(page);
    const feedback = fieldset.locator('[data-feedback]');
    await expect(feedback.textContent()).resolves.toContain('Not quite.');
    await expect(feedback.textContent()).resolves.toContain('A judgement about the person');
    await expect(fieldset.locator('details[data-answer]').getAttribute('open')).resolves.toBe('');
  });
});

describe('saving', () => {
  it('answers that no longer match an edited quiz are kept aside and the page says so', async () => {
    const context = await session.newContext();
    await context.addInitScript(() => {
      if (localStorage.getItem('ladderbook:progress')) return;
      const state = {
        version: 1,
        quizzes: { 'check-feedback': { updatedAt: 1, answers: { 'feedback-sbi-choice': { type: 'single', choice: 'a-choice-that-was-deleted' } }, review: {}, attempts: [] } },
        assessments: {},
        orphaned: [],
      };
      localStorage.setItem('ladderbook:progress', JSON.stringify(state));
    });
    const page = await context.newPage();
    await page.goto(session.siteUrl + QUIZ);
    await page.locator('lb-quiz[data-ready]').waitFor();
    await expect(page.locator('.quiz-notice').textContent()).resolves.toContain('kept aside');
    const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('ladderbook:progress')!));
    expect(JSON.stringify(saved.orphaned)).toContain('a-choice-that-was-deleted');
  });
});

describe('without JavaScript and with the keyboard', () => {
  it('without JavaScript every question shows real inputs and readable answers', async () => {
    const page = await session.open(QUIZ, { javaScriptEnabled: false });
    const source = parse(readFileSync(join(ROOT, 'content/quizzes/check-feedback.yaml'), 'utf8')) as { questions: unknown[] };
    expect(await page.locator('fieldset[data-question]').count()).toBe(source.questions.length);
    await expect(page.locator('.quiz-actions').isVisible()).resolves.toBe(false);
    const first = page.locator('details[data-answer]').first();
    await first.locator('summary').click();
    await expect(first.locator('.is-correct').first().isVisible()).resolves.toBe(true);
  });

  it('keyboard only: answer, check, and land on the result', async () => {
    const page = await session.open(QUIZ);
    const first = page.locator('fieldset[data-question] input[type=radio]').first();
    await first.focus();
    await page.keyboard.press('Space');
    await expect(first.isChecked()).resolves.toBe(true);
    await page.getByRole('button', { name: 'Check answers' }).focus();
    await page.keyboard.press('Enter');
    await page.locator('.quiz-result h3').waitFor();
    await expect(page.evaluate(() => document.activeElement?.className)).resolves.toBe('quiz-result');
    await expect(page.locator('.quiz-result').getAttribute('aria-live')).resolves.toBe('polite');
  });

});

describe('quizzes in chapters', () => {
  it('the chapter check loads its script only when the reader gets near it', async () => {
    const page = await session.open('chapters/mentorship/feedback/');
    const scripts = () => page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name).filter((n) => n.endsWith('.js')));
    const before = await scripts();
    await page.locator('lb-quiz').scrollIntoViewIfNeeded();
    await page.locator('lb-quiz[data-ready]').waitFor();
    const after = await scripts();
    expect(after.length).toBeGreaterThan(before.length);
    await expect(page.locator('lb-quiz .quiz-actions').isVisible()).resolves.toBe(true);
  });
});
