/**
 * Quizzes across languages in the default handbook: answers saved on the English page show on the
 * German page of the same quiz (and in its chapter), because they are kept by question and choice
 * ids; the German page grades them with German feedback and scores; review and the quiz list speak
 * German too. The answers are check-summary's, from content/quizzes/check-summary.yaml (translated
 * in content/translations/de/quizzes/); every expected text is written out here.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PHONE, axeViolations, openIn, pageErrors, sidewaysScroll, useBrowser } from './session.ts';

const session = useBrowser();
const QUIZ = 'check-summary';
const DAY = 86_400_000;
/** Monday 5 January 2026, 09:00 UTC. */
const T0 = Date.UTC(2026, 0, 5, 9);

const question = (page: Page, id: string) => page.locator(`fieldset[data-question="${id}"]`);

/**
 * A partly right attempt: the ultimate measure wrong ("loyal"), two of the three right steps for a
 * competent learner (2/3 of the credit), the vague-praise question right, the offline metric left
 * open, the explanation steps in the right order. 0 + 2/3 + 1 + 0 + 1 = 2.7 of 5 points (53%).
 */
async function answer(page: Page): Promise<void> {
  await question(page, 'summary-ultimate-measure').locator('input[value="loyal"]').check();
  for (const id of ['bounded-project', 'strategy']) await question(page, 'summary-competent-stage').locator(`input[value="${id}"]`).check();
  await question(page, 'summary-vague-praise').locator('input[value="sbi"]').check();
  for (const [i, item] of ['known', 'insight', 'example', 'boundaries', 'check', 'practice'].entries()) {
    await question(page, 'summary-explanation-order').locator(`select[name="q-summary-explanation-order:${item}"]`).selectOption(String(i + 1));
  }
}

/** The attempt above, as the form shows it. */
async function expectAnswered(page: Page): Promise<void> {
  await expect(question(page, 'summary-ultimate-measure').locator('input[value="loyal"]').isChecked()).resolves.toBe(true);
  await expect(question(page, 'summary-ultimate-measure').locator('input[value="mentors-others"]').isChecked()).resolves.toBe(false);
  for (const id of ['bounded-project', 'strategy']) await expect(question(page, 'summary-competent-stage').locator(`input[value="${id}"]`).isChecked()).resolves.toBe(true);
  await expect(question(page, 'summary-competent-stage').locator('input[value="stretch"]').isChecked()).resolves.toBe(false);
  await expect(question(page, 'summary-vague-praise').locator('input[value="sbi"]').isChecked()).resolves.toBe(true);
  await expect(question(page, 'summary-offline-metric').locator('input:checked').count()).resolves.toBe(0);
  for (const [i, item] of ['known', 'insight', 'example', 'boundaries', 'check', 'practice'].entries()) {
    await expect(question(page, 'summary-explanation-order').locator(`select[name="q-summary-explanation-order:${item}"]`).inputValue()).resolves.toBe(String(i + 1));
  }
}

async function ready(page: Page): Promise<void> {
  await page.locator('lb-quiz[data-ready]').first().waitFor();
}

describe('one quiz, two languages', () => {
  it('answers given on the English page are restored on the German page, which grades them in German', async () => {
    const context = await session.newContext();
    const page = await openIn(context, `${session.siteUrl}quizzes/${QUIZ}/`);
    await ready(page);
    await answer(page);
    await page.getByRole('button', { name: 'Check answers' }).click();
    await expect(page.locator('.quiz-result h3').textContent()).resolves.toBe('Your score: 2.7 of 5 points (53%)');

    await page.goto(`${session.siteUrl}de/quizzes/${QUIZ}/`);
    await ready(page);
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('de');
    // The German texts of the quiz, with the answers saved on the English page.
    await expect(question(page, 'summary-ultimate-measure').locator('legend').textContent()).resolves.toContain('Drei Mentoren ziehen nach zwei Jahren Bilanz.');
    await expectAnswered(page);

    await page.getByRole('button', { name: 'Antworten prüfen' }).click();
    await page.locator('.quiz-result h3').waitFor();
    await expect(page.locator('.quiz-result h3').textContent()).resolves.toBe('Dein Ergebnis: 2,7 von 5 Punkten (53 %)');
    await expect(page.locator('.quiz-result p').first().textContent()).resolves.toBe('2 von 5 Fragen ganz richtig.');
    await expect(page.locator('.quiz-result li').allTextContents()).resolves.toEqual(['Fragen zu Mid-level Engineer: 2 von 3', 'Fragen zu Senior Engineer: 0 von 2']);
    // Feedback in German, with the German reason for the picked choice.
    await expect(question(page, 'summary-ultimate-measure').locator('[data-feedback]').textContent()).resolves.toMatch(/^Nicht ganz\. [A-D]: nicht diese\. Anhaltende Abhängigkeit zeigt ein festgefahrenes Mentoring/);
    await expect(question(page, 'summary-competent-stage').locator('[data-feedback] strong').first().textContent()).resolves.toBe('Teilweise richtig. 67 % der Punkte.');
    await expect(question(page, 'summary-vague-praise').locator('[data-feedback]').textContent()).resolves.toMatch(/^Richtig\./);
    await expect(question(page, 'summary-offline-metric').locator('[data-feedback]').textContent()).resolves.toBe('Nicht beantwortet.');

    // The same quiz in its German chapter shows the same answers.
    await page.goto(`${session.siteUrl}de/chapters/mentorship/summary/`);
    await page.locator(`lb-quiz[data-quiz="${QUIZ}"]`).scrollIntoViewIfNeeded();
    await ready(page);
    await expectAnswered(page);
    expect(pageErrors(page)).toEqual([]);
  });

  it('answers given on the German page show on the English page', async () => {
    const context = await session.newContext();
    const page = await openIn(context, `${session.siteUrl}de/quizzes/${QUIZ}/`);
    await ready(page);
    await answer(page);
    await page.goto(`${session.siteUrl}quizzes/${QUIZ}/`);
    await ready(page);
    await expectAnswered(page);
  });

  it('the German quiz list shows the latest score in German', async () => {
    const context = await session.newContext();
    const page = await openIn(context, `${session.siteUrl}de/quizzes/${QUIZ}/`);
    await ready(page);
    await answer(page);
    await page.getByRole('button', { name: 'Antworten prüfen' }).click();
    await page.locator('.quiz-result h3').waitFor();
    await page.goto(`${session.siteUrl}de/quizzes/`);
    await expect.poll(() => page.locator(`[data-latest-score="${QUIZ}"]`).textContent()).toBe(' · letztes Ergebnis 53 %');
  });

  it('an edit that made a saved answer obsolete is reported in German', async () => {
    const context = await session.newContext();
    await context.addInitScript(() => {
      if (localStorage.getItem('ladderbook:progress')) return;
      const answers = { 'summary-ultimate-measure': { type: 'single', choice: 'a-choice-that-was-deleted' } };
      const state = { version: 1, quizzes: { 'check-summary': { updatedAt: 1, answers, review: {}, attempts: [] } }, assessments: {}, orphaned: [] };
      localStorage.setItem('ladderbook:progress', JSON.stringify(state));
    });
    const page = await openIn(context, `${session.siteUrl}de/quizzes/${QUIZ}/`);
    await ready(page);
    await expect(page.locator('.quiz-notice').textContent()).resolves.toBe(
      '1 gespeicherte Antwort passte nach einer Änderung nicht mehr zu diesem Quiz; sie wurde bei deinem Fortschritt beiseitegelegt, nicht gelöscht.',
    );
  });
});

describe('review in German', () => {
  it('brings a question answered wrong in English back on the German review page, in German', async () => {
    const context = await session.newContext();
    await context.clock.install({ time: T0 });
    const page = await openIn(context, `${session.siteUrl}quizzes/${QUIZ}/`);
    await ready(page);
    await question(page, 'summary-ultimate-measure').locator('input[value="loyal"]').check();
    await page.getByRole('button', { name: 'Check answers' }).click();
    await page.locator('.quiz-result h3').waitFor();

    await page.goto(`${session.siteUrl}de/review/`);
    await expect.poll(() => page.locator('[data-review-status]').textContent()).toBe('Gerade ist nichts fällig. 1 Frage kommt morgen (Di., 6. Jan.) zurück.');

    await page.clock.setSystemTime(T0 + DAY + 60_000);
    await page.reload();
    const q = page.locator('.review-form fieldset[data-question="summary-ultimate-measure"]');
    await q.waitFor();
    await expect(page.locator('[data-review-status]').textContent()).resolves.toBe('1 Frage ist zum Wiederholen fällig.');
    // The question comes from the German quiz page: German prompt, heading with the German title.
    await expect(q.locator('legend').textContent()).resolves.toContain('Drei Mentoren ziehen nach zwei Jahren Bilanz.');
    await expect(page.locator('.review-group h2').textContent()).resolves.toBe('Aus Check — Zusammenfassung der Mentoring-Grundlagen');
    await q.locator('input[value="mentors-others"]').check();
    await page.getByRole('button', { name: 'Antworten prüfen' }).click();
    await expect(q.locator('[data-feedback]').textContent()).resolves.toMatch(/^Richtig\..*Nächste Wiederholung: in 3 Tagen \(Fr\., 9\. Jan\.\)\.$/);
    await expect(page.locator('[data-review-result]').textContent()).resolves.toMatch(/^1 von 1 richtig\. /);
    expect(pageErrors(page)).toEqual([]);
  });
});

describe('German quiz pages for every reader', () => {
  it('a German quiz page, answered and checked, has no axe violations and fits a phone', async () => {
    const page = await session.open(`de/quizzes/${QUIZ}/`, { viewport: PHONE });
    await ready(page);
    await answer(page);
    await page.getByRole('button', { name: 'Antworten prüfen' }).click();
    await page.locator('.quiz-result h3').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    expect(await sidewaysScroll(page)).toBe(0);
  });

  it('an untranslated quiz on a German page has no axe violations', async () => {
    const page = await session.open('de/quizzes/check-feedback/');
    await ready(page);
    expect(await axeViolations(page)).toEqual([]);
  });
});
