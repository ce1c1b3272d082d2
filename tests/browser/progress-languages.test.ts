/**
 * The reader's saved state is the same in every language, and the scripts word it in the page's:
 * a self-assessment ticked on the English Staff Engineer page shows on the German one and on the
 * German progress page, with the German texts the scripts write (readiness, statuses, the quiz
 * table, the overview, the notice about unreadable saved data, the import). The German texts
 * expected here are written in the test, as a German reader reads them.
 */
import { readFile } from 'node:fs/promises';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openIn, pageErrors, useBrowser } from './session.ts';

const session = useBrowser();
const KEY = 'ladderbook:progress';
/** Monday 5 January 2026, 09:00 UTC. */
const T0 = Date.UTC(2026, 0, 5, 9);
const SIGNAL = 'A design doc you wrote was adopted by a team other than your own.';
const EVIDENCE = 'Payments RFC, adopted by Billing: https://docs.example.com/rfc/42';

/** A context on a set clock in UTC, so dates read the same on every machine. */
async function onTheClock(): Promise<BrowserContext> {
  const context = await session.newContext({ timezoneId: 'UTC' });
  await context.clock.install({ time: T0 });
  return context;
}

/** Ticks two Staff signals on the English level page, with evidence on the first. */
async function assessStaffInEnglish(page: Page): Promise<void> {
  await page.goto(`${session.siteUrl}ladder/staff/`);
  await page.locator('lb-assessment[data-ready]').waitFor();
  await page.getByLabel(SIGNAL).check();
  await page.locator('#evidence-design-doc-adopted').fill(EVIDENCE);
  await page.locator('#met-cross-team-incident-review').check();
}

/** Takes the feedback check in English: the first question wrong, the second right. */
async function takeQuizInEnglish(page: Page): Promise<void> {
  await page.goto(`${session.siteUrl}quizzes/check-feedback/`);
  await page.locator('lb-quiz[data-ready]').waitFor();
  await page.locator('fieldset[data-question="feedback-sbi-choice"] input[value="identity"]').check();
  for (const right of ['interrupted', 'merged', 'no-tests']) {
    await page.locator(`fieldset[data-question="feedback-behaviour-vs-interpretation"] input[value="${right}"]`).check();
  }
  await page.getByRole('button', { name: 'Check answers' }).click();
  await page.locator('.quiz-result h3').waitFor();
}

const card = (page: Page, level: string) => page.locator(`.readiness[aria-labelledby="readiness-${level}"]`);

describe('a self-assessment made in English, read in German', () => {
  it('shows its ticks and evidence on the German level page, summed up and cleared in German', async () => {
    const page = await openIn(await onTheClock(), session.siteUrl);
    await assessStaffInEnglish(page);

    await page.goto(`${session.siteUrl}de/ladder/staff/`);
    await page.locator('lb-assessment[data-ready]').waitFor();
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('de');
    // The same signal, by id, under its German text.
    await expect(page.getByLabel('Ein anderes Team als deines hat ein Design-Doc von dir übernommen.').isChecked()).resolves.toBe(true);
    await expect(page.locator('#evidence-design-doc-adopted').inputValue()).resolves.toBe(EVIDENCE);
    await expect(page.locator('#met-cross-team-incident-review').isChecked()).resolves.toBe(true);
    await expect(page.locator('#met-mentored-to-senior').isChecked()).resolves.toBe(false);

    await expect(card(page, 'staff').locator('[data-headline]').textContent()).resolves.toBe('Bereit für Staff Engineer bei 2 von 5 Signalen.');
    await expect(card(page, 'staff').locator('[data-quiz-line]').textContent()).resolves.toMatch(/^Noch kein Quiz zu diesem Level gemacht \(\d+ offen\)\.$/);
    await expect(card(page, 'staff').locator('[data-quiz-status]').first().textContent()).resolves.toBe(' · noch nicht gemacht');
    await expect(card(page, 'staff').locator('[data-close-title]').textContent()).resolves.toBe('Was die Lücken schließt:');
    await expect(card(page, 'principal').locator('[data-headline]').textContent()).resolves.toBe('Noch nicht für Principal Engineer eingeschätzt (5 Signale zu prüfen).');

    await page.getByRole('button', { name: 'Diese Selbsteinschätzung löschen' }).click();
    await expect(page.locator('[data-status-text]').textContent()).resolves.toBe('Deine Selbsteinschätzung für Staff Engineer wurde gelöscht.');
    await expect(page.locator('#met-design-doc-adopted').isChecked()).resolves.toBe(false);
    await page.getByRole('button', { name: 'Rückgängig' }).click();
    await expect(page.locator('[data-status-text]').textContent()).resolves.toBe('Wiederhergestellt.');
    await expect(page.locator('#met-design-doc-adopted').isChecked()).resolves.toBe(true);
    expect(pageErrors(page)).toEqual([]);
  });

  it('shows on the German progress page, with the English quiz results, in German words, numbers and dates', async () => {
    const page = await openIn(await onTheClock(), session.siteUrl);
    await takeQuizInEnglish(page);
    await assessStaffInEnglish(page);

    await page.goto(`${session.siteUrl}de/progress/`);
    await page.locator('lb-progress[data-ready]').waitFor();
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('de');
    await expect(card(page, 'staff').locator('[data-headline]').textContent()).resolves.toBe('Bereit für Staff Engineer bei 2 von 5 Signalen.');
    // The gaps are the signals not ticked, in German.
    await expect(card(page, 'staff').locator('[data-gaps] li').first().textContent()).resolves.toBe('Du hast als Mentor einen L4 bis zur Beförderung auf L5 begleitet.');
    await expect(card(page, 'staff').getByRole('button', { name: 'Selbsteinschätzung löschen: Staff Engineer' }).isVisible()).resolves.toBe(true);

    const row = page.locator('tr[data-quiz="check-feedback"]');
    // 1 of 5 points: 20 % with the no-break space German puts before the sign; the day German-style.
    await expect(row.locator('[data-score]').textContent()).resolves.toBe('20\u00a0% 1 von 5 Punkten · 5. Jan.');
    await expect(row.locator('[data-levels]').textContent()).resolves.toContain(': 1 von 2');
    await expect(row.locator('[data-review]').textContent()).resolves.toBe('1 am 6. Jan.');
    await expect(page.locator('[data-untaken-summary]').textContent()).resolves.toMatch(/^\d+ Quizze noch nicht gemacht$/);
    await expect(page.locator('[data-overview]').textContent()).resolves.toMatch(
      /^Du hast 1 von \d+ Quizzen gemacht\. Du hast dich für 1 von \d+ Levels eingeschätzt\. Nichts ist zum Wiederholen fällig \(die nächste Wiederholung am 6\. Jan\.\)\.$/,
    );
    await expect(page.locator('[data-review-summary]').textContent()).resolves.toBe(
      'Gerade ist nichts fällig (die nächste Wiederholung am 6. Jan.). Falsch beantwortete Fragen kommen nach 1, 3 und 7 Tagen wieder.',
    );

    await row.getByRole('button', { name: /^Zurücksetzen/ }).click();
    await expect(page.locator('[data-status-text]').textContent()).resolves.toBe('„Check — Feedback that drives improvement“ zurückgesetzt: seine Antworten, Ergebnisse und Wiederholungstermine.');
    await page.locator('[data-status]').getByRole('button', { name: 'Rückgängig' }).click();
    await expect(page.locator('[data-status-text]').textContent()).resolves.toBe('Rückgängig gemacht: Alles ist wieder wie vorher.');
    expect(pageErrors(page)).toEqual([]);
  });

  it('imports an English export on the German page, planned in German', async () => {
    const english = await openIn(await onTheClock(), session.siteUrl);
    await assessStaffInEnglish(english);
    await english.goto(`${session.siteUrl}progress/`);
    const [download] = await Promise.all([english.waitForEvent('download'), english.getByRole('button', { name: 'Download my progress (JSON)' }).click()]);
    const file = await readFile((await download.path())!, 'utf8');

    const page = await openIn(await onTheClock(), `${session.siteUrl}de/progress/`);
    await page.locator('lb-progress[data-ready]').waitFor();
    await page.getByLabel('Eine Fortschrittsdatei importieren').setInputFiles({ name: 'progress.json', mimeType: 'application/json', buffer: Buffer.from(file) });
    const plan = page.locator('[data-import-plan]');
    await expect.poll(() => plan.locator('h3').textContent()).toBe('Diese Datei importieren?');
    await expect(plan.locator('li').first().textContent()).resolves.toBe('Neu in diesem Browser: Selbsteinschätzung: Staff Engineer.');
    await plan.getByRole('button', { name: 'Importieren' }).click();
    await expect(page.locator('[data-status-text]').textContent()).resolves.toBe('Importiert: 1 Eintrag aus der Datei.');
    await expect(card(page, 'staff').locator('[data-headline]').textContent()).resolves.toBe('Bereit für Staff Engineer bei 2 von 5 Signalen.');
  });
});

describe('unreadable saved data, in German', () => {
  it('is set aside, and both the German level page and the German progress page say so in German', async () => {
    const context = await onTheClock();
    const page = await openIn(context, `${session.siteUrl}de/ladder/staff/`);
    // Planted once the page's scripts have read the store: earlier, they would read it and set it aside before the reload.
    await page.locator('lb-assessment[data-ready]').waitFor();
    await page.evaluate((key) => localStorage.setItem(key, '{"version":99,"quizzes":{}}'), KEY);
    await page.reload();
    await page.locator('lb-assessment[data-ready]').waitFor();
    await expect(page.locator('[data-status-text]').textContent()).resolves.toBe(
      'Ein Teil deines gespeicherten Fortschritts war nicht lesbar. Er wurde beiseitegelegt, nicht gelöscht: Du kannst ihn unter „Mein Fortschritt“ herunterladen (/handbook/de/progress/).',
    );
    // Saving works again, in German, from the German page.
    await page.locator('#met-design-doc-adopted').check();

    await page.goto(`${session.siteUrl}de/progress/`);
    const section = page.locator('[data-set-aside]');
    await section.waitFor();
    await expect(section.getByRole('heading').textContent()).resolves.toBe('Gespeicherte Daten, die nicht lesbar waren');
    await expect(section.locator('li span').textContent()).resolves.toBe('Beiseitegelegt am 05.01.2026, 09:00 (von einer neueren Version des Handbuchs gespeichert)');
    await expect(section.getByRole('button', { name: 'Herunterladen' }).isVisible()).resolves.toBe(true);
    await expect(card(page, 'staff').locator('[data-headline]').textContent()).resolves.toBe('Bereit für Staff Engineer bei 1 von 5 Signalen.');
    await section.getByRole('button', { name: 'Kopie löschen' }).click();
    await expect(page.locator('[data-status-text]').textContent()).resolves.toBe('Die beiseitegelegte Kopie wurde gelöscht.');
    await expect(section.isHidden()).resolves.toBe(true);
    expect(pageErrors(page)).toEqual([]);
  });
});

describe('the German promotion packet', () => {
  it('drafts the English evidence in German, on the page and in the Markdown', async () => {
    const page = await openIn(await onTheClock(), session.siteUrl);
    await assessStaffInEnglish(page);
    await page.goto(`${session.siteUrl}de/ladder/staff/packet/`);
    await page.locator('lb-packet h3').first().waitFor();
    await expect(page.locator('[data-drafted]').textContent()).resolves.toMatch(/^Entworfen am 5\. Januar 2026 aus deiner Selbsteinschätzung in Ladderbook\. Ein Ausgangspunkt/);
    await expect(page.locator('lb-packet h2').allTextContents()).resolves.toEqual(['Zusammenfassung', 'Beispiele', 'Erfüllt, Beleg fehlt noch', 'Noch nicht erfüllt']);
    await expect(page.locator('lb-packet h3').first().textContent()).resolves.toBe('Beispiel 1: Payments RFC, adopted by Billing');
    await expect(page.locator('lb-packet li').first().textContent()).resolves.toBe('Erfüllte Signale: 2 von 5; mit Beleg: 1.');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Markdown herunterladen' }).click()]);
    const md = await readFile((await download.path())!, 'utf8');
    expect(md).toContain('# Entwurf Beförderungsdossier: Staff Engineer (L6)');
    expect(md).toContain('- Ein anderes Team als deines hat ein Design-Doc von dir übernommen.');
    expect(md).toContain(`> ${EVIDENCE}`);
  });
});
