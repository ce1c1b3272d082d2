/** Quizzes as a reader uses them: grading, feedback, the rubric flow, saving, no-JS, keyboard. */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { AnswerKey } from '../../src/lib/quiz/types.ts';
import { axeViolations, pageErrors, useBrowser } from './session.ts';

const session = useBrowser();
const QUIZ = 'quizzes/check-feedback/';

async function answerKey(page: Page): Promise<AnswerKey> {
  return JSON.parse((await page.locator('lb-quiz').getAttribute('data-key'))!) as AnswerKey;
}

/** Clicks "Check answers" and waits for the graded result (grading loads on the first check). */
async function checkAnswers(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Check answers' }).click();
  await page.locator('.quiz-result h3').waitFor();
}

/** Fills in every auto-graded question correctly, using the key embedded in the page. */
async function answerAllCorrectly(page: Page): Promise<void> {
  for (const q of (await answerKey(page)).questions) {
    const fieldset = page.locator(`fieldset[data-question="${q.id}"]`);
    if (q.type === 'single') await fieldset.locator(`input[value="${q.correct}"]`).check();
    if (q.type === 'multiple') for (const id of q.correct) await fieldset.locator(`input[value="${id}"]`).check();
    if (q.type === 'order') {
      for (const [i, id] of q.order.entries()) await fieldset.locator(`select[name="q-${q.id}:${id}"]`).selectOption(String(i + 1));
    }
  }
}

describe('grading', () => {
  it('all correct answers give full marks, per level too', async () => {
    const page = await session.open(QUIZ);
    await answerAllCorrectly(page);
    await checkAnswers(page);
    const result = page.locator('.quiz-result');
    const total = (await answerKey(page)).questions.length;
    await expect(result.locator('h3').textContent()).resolves.toBe(`Your score: ${total} of ${total} points (100%)`);
    await expect(result.textContent()).resolves.toMatch(/Mid-level Engineer questions: (\d+) of \1/);
    expect(await page.locator('[data-feedback].correct').count()).toBe(total);
    // The result is focused, so screen readers and keyboard users land on it.
    await expect(page.evaluate(() => document.activeElement?.className)).resolves.toBe('quiz-result');
    expect(pageErrors(page)).toEqual([]);
  });

  it('a wrong choice shows why it is wrong, and the explanation opens', async () => {
    const page = await session.open(QUIZ);
    const single = (await answerKey(page)).questions.find((q) => q.type === 'single')!;
    const fieldset = page.locator(`fieldset[data-question="${single.id}"]`);
    const wrong = await fieldset.locator('input[type=radio]').evaluateAll(
      (inputs, correct) => inputs.map((i) => (i as HTMLInputElement).value).find((v) => v !== correct)!,
      single.type === 'single' ? single.correct : '',
    );
    await fieldset.locator(`input[value="${wrong}"]`).check();
    await checkAnswers(page);
    const feedback = fieldset.locator('[data-feedback]');
    await expect(feedback.textContent()).resolves.toContain('Not quite.');
    const why = await fieldset.locator(`[data-why="${wrong}"] > span`).last().textContent();
    await expect(feedback.textContent()).resolves.toContain(why!.trim());
    await expect(fieldset.locator('details[data-answer]').getAttribute('open')).resolves.toBe('');
  });

  it('the rubric flow scores a partly covered written answer', async () => {
    const page = await session.open('quizzes/mentorship-checkpoint/');
    const key = await answerKey(page);
    const open = key.questions.find((q) => q.type === 'open')!;
    const points = open.type === 'open' ? open.rubric : [];
    const fieldset = page.locator(`fieldset[data-question="${open.id}"]`);
    await fieldset.locator('textarea').fill('Novices need rules; competent people need problems to solve.');
    await fieldset.getByText('Compare with the model answer').click();
    await fieldset.locator(`input[value="${points[0]}"]`).check();
    await fieldset.locator(`input[value="${points[1]}"]`).check();
    await checkAnswers(page);
    const share = 2 / points.length;
    await expect(fieldset.locator('[data-feedback]').textContent()).resolves.toContain(`Partly right. ${Math.round(share * 100)}% of the credit.`);
    // Nothing else was answered, so the quiz total is exactly this question's share.
    await expect(page.locator('.quiz-result h3').textContent()).resolves.toBe(
      `Your score: ${share.toFixed(1)} of ${key.questions.length} points (${Math.round((share / key.questions.length) * 100)}%)`,
    );
  });
});

describe('saving', () => {
  it('a reload restores the answers, keyed by ids', async () => {
    const page = await session.open(QUIZ);
    await answerAllCorrectly(page);
    const key = await answerKey(page);
    await page.reload();
    for (const q of key.questions) {
      if (q.type === 'single') await expect(page.locator(`fieldset[data-question="${q.id}"] input[value="${q.correct}"]`).isChecked()).resolves.toBe(true);
    }
    const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('ladderbook:progress')!));
    expect(Object.keys(saved.quizzes['check-feedback'].answers).sort()).toEqual(key.questions.map((q) => q.id).sort());
  });

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
    await expect(page.locator('.quiz-notice').textContent()).resolves.toContain('kept aside');
    const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('ladderbook:progress')!));
    expect(JSON.stringify(saved.orphaned)).toContain('a-choice-that-was-deleted');
  });
});

describe('without JavaScript and with the keyboard', () => {
  it('without JavaScript every question shows real inputs and readable answers', async () => {
    const page = await session.open(QUIZ, { javaScriptEnabled: false });
    const key = await answerKey(page);
    expect(await page.locator('fieldset[data-question]').count()).toBe(key.questions.length);
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

  it('has no axe violations after checking, with feedback shown', async () => {
    const page = await session.open(QUIZ);
    await answerAllCorrectly(page);
    await checkAnswers(page);
    expect(await axeViolations(page)).toEqual([]);
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
