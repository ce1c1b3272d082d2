/**
 * Every question kind in the reader's browser, on the quiz-kinds fixture (tests/fixtures/quiz-kinds/).
 * The right answers are written out here, from the fixture's YAML, never read from the page under
 * test: a wrong answer key, a shuffle that loses track of an id or a kind that reads its form wrongly
 * all show up as a wrong score.
 */
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PHONE, axeViolations, openIn, pageErrors, sidewaysScroll, useBrowser } from './session.ts';

const session = useBrowser('kindsSiteUrl');
const QUIZ = 'quizzes/every-kind/';
const DAY = 86_400_000;

const question = (page: Page, id: string): Locator => page.locator(`fieldset[data-question="${id}"]`);
const select = (page: Page, id: string, field: string): Locator => question(page, id).locator(`select[name="q-${id}:${field}"]`);

/** Writes an answer, opens the model answer, and ticks the given rubric points. */
async function selfGrade(page: Page, id: string, text: string, ticks: string[]): Promise<void> {
  const q = question(page, id);
  await q.locator('textarea').fill(text);
  await q.getByText('Compare with the model answer').click();
  for (const tick of ticks) await q.locator(`input[value="${tick}"]`).check();
}

/** Every question answered right, as the fixture says. */
async function answerRight(page: Page): Promise<void> {
  await question(page, 'kinds-single').locator('input[value="blue"]').check();
  for (const id of ['two', 'five']) await question(page, 'kinds-multiple').locator(`input[value="${id}"]`).check();
  for (const [i, item] of ['one', 'two', 'three', 'four'].entries()) await select(page, 'kinds-order', item).selectOption(String(i + 1));
  await selfGrade(page, 'kinds-open', 'To catch mistakes, and to change code without fear.', ['mistakes', 'change']);
  await selfGrade(page, 'kinds-scenario', 'Stop, fix it, find the cause, add a guard.', ['stop', 'fix', 'cause', 'guard']);
  await selfGrade(page, 'kinds-design', 'A jobs table and workers.', ['store']);
  for (const [item, option] of [['cat', 'meow'], ['dog', 'woof'], ['cow', 'moo']]) await select(page, 'kinds-match', item!).selectOption(option!);
}

/**
 * A partly right answer to every question, and the credit each earns (see each kind's client.ts):
 * single wrong 0; multiple one of two right 0.5; order with the first two swapped (run 3 of 4) 2/3;
 * open one of two points 0.5; scenario written, not revealed: not graded yet; design revealed with
 * nothing ticked 0; match two of three pairs 2/3.
 */
async function answerPartly(page: Page): Promise<void> {
  await question(page, 'kinds-single').locator('input[value="red"]').check();
  await question(page, 'kinds-multiple').locator('input[value="two"]').check();
  for (const [item, position] of [['two', '1'], ['one', '2'], ['three', '3'], ['four', '4']]) await select(page, 'kinds-order', item!).selectOption(position!);
  await selfGrade(page, 'kinds-open', 'To catch mistakes.', ['mistakes']);
  await question(page, 'kinds-scenario').locator('textarea').fill('Fix it.');
  await selfGrade(page, 'kinds-design', 'No idea yet.', []);
  for (const [item, option] of [['cat', 'meow'], ['dog', 'quack'], ['cow', 'moo']]) await select(page, 'kinds-match', item!).selectOption(option!);
}

async function checkAnswers(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Check answers' }).click();
  await page.locator('.quiz-result h3').waitFor();
}

const feedback = (page: Page, id: string) => question(page, id).locator('[data-feedback]').textContent();

async function openQuiz(): Promise<Page> {
  const page = await session.open(QUIZ);
  await page.locator('lb-quiz[data-ready]').waitFor();
  return page;
}

describe('grading every kind', () => {
  it('right answers to all seven kinds score 7 of 7, each marked correct', async () => {
    const page = await openQuiz();
    // The five kinds' browser code (open, scenario and design share one), each loaded once.
    const kinds = await page.evaluate(() => performance.getEntriesByType('resource').filter((e) => /\/client\.[\w-]+\.js$/.test(e.name)).length);
    expect(kinds).toBe(5);
    await answerRight(page);
    await checkAnswers(page);
    await expect(page.locator('.quiz-result h3').textContent()).resolves.toBe('Your score: 7 of 7 points (100%)');
    await expect(page.locator('.quiz-result').textContent()).resolves.toContain('Junior Engineer questions: 3 of 3');
    expect(await page.locator('[data-feedback].correct').count()).toBe(7);
    expect(pageErrors(page)).toEqual([]);
  });

  it('partly right answers earn each kind’s partial credit', async () => {
    const page = await openQuiz();
    await answerPartly(page);
    await checkAnswers(page);
    await expect(feedback(page, 'kinds-single')).resolves.toMatch(/^Not quite\. .*Only at sunset\./);
    await expect(feedback(page, 'kinds-multiple')).resolves.toMatch(/^Partly right\. 50% of the credit\. .*Prime\./);
    await expect(feedback(page, 'kinds-order')).resolves.toBe('Partly right. 67% of the credit.');
    await expect(feedback(page, 'kinds-open')).resolves.toBe('Partly right. 50% of the credit.');
    await expect(feedback(page, 'kinds-scenario')).resolves.toBe('Reveal the model answer and tick what you covered to score this one.');
    await expect(feedback(page, 'kinds-design')).resolves.toBe('Not quite.');
    await expect(feedback(page, 'kinds-match')).resolves.toBe('Partly right. 67% of the credit.');
    // 0 + 0.5 + 2/3 + 0.5 + 0 + 0 + 2/3 = 2.33…
    await expect(page.locator('.quiz-result h3').textContent()).resolves.toBe('Your score: 2.3 of 7 points (33%)');
    await expect(page.locator('.quiz-result').textContent()).resolves.toContain('1 written answer still to compare with the model answer.');
  });
});

describe('saving every kind', () => {
  it('a reload shows every answer again, saved by question and choice ids', async () => {
    const page = await openQuiz();
    await answerPartly(page);
    await page.reload();
    await page.locator('lb-quiz[data-ready]').waitFor();
    await expect(question(page, 'kinds-single').locator('input[value="red"]').isChecked()).resolves.toBe(true);
    await expect(question(page, 'kinds-multiple').locator('input[value="two"]').isChecked()).resolves.toBe(true);
    await expect(question(page, 'kinds-multiple').locator('input[value="four"]').isChecked()).resolves.toBe(false);
    for (const [item, position] of [['two', '1'], ['one', '2'], ['three', '3'], ['four', '4']]) {
      await expect(select(page, 'kinds-order', item!).inputValue()).resolves.toBe(position);
    }
    await expect(question(page, 'kinds-open').locator('textarea').inputValue()).resolves.toBe('To catch mistakes.');
    await expect(question(page, 'kinds-open').locator('details.model').getAttribute('open')).resolves.toBe('');
    await expect(question(page, 'kinds-open').locator('input[value="mistakes"]').isChecked()).resolves.toBe(true);
    await expect(question(page, 'kinds-open').locator('input[value="change"]').isChecked()).resolves.toBe(false);
    await expect(question(page, 'kinds-scenario').locator('textarea').inputValue()).resolves.toBe('Fix it.');
    await expect(question(page, 'kinds-scenario').locator('details.model').getAttribute('open')).resolves.toBeNull();
    await expect(question(page, 'kinds-design').locator('details.model').getAttribute('open')).resolves.toBe('');
    for (const [item, option] of [['cat', 'meow'], ['dog', 'quack'], ['cow', 'moo']]) {
      await expect(select(page, 'kinds-match', item!).inputValue()).resolves.toBe(option);
    }
    const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('ladderbook:progress')!));
    expect(saved.quizzes['every-kind'].answers).toEqual({
      'kinds-single': { type: 'single', choice: 'red' },
      'kinds-multiple': { type: 'multiple', choices: ['two'] },
      'kinds-order': { type: 'order', order: ['two', 'one', 'three', 'four'] },
      'kinds-open': { type: 'self', text: 'To catch mistakes.', ticked: ['mistakes'], revealed: true },
      'kinds-scenario': { type: 'self', text: 'Fix it.', ticked: [], revealed: false },
      'kinds-design': { type: 'self', text: 'No idea yet.', ticked: [], revealed: true },
      'kinds-match': { type: 'match', pairs: { cat: 'meow', dog: 'quack', cow: 'moo' } },
    });
  });

  it('a saved match pair whose option was removed is kept aside, the other pairs stay', async () => {
    const context = await session.newContext();
    await context.addInitScript(() => {
      if (localStorage.getItem('ladderbook:progress')) return;
      const answers = { 'kinds-match': { type: 'match', pairs: { cat: 'meow', dog: 'bark' } } };
      const state = { version: 1, quizzes: { 'every-kind': { updatedAt: 1, answers, review: {}, attempts: [] } }, assessments: {}, orphaned: [] };
      localStorage.setItem('ladderbook:progress', JSON.stringify(state));
    });
    const page = await openIn(context, session.siteUrl + QUIZ);
    await page.locator('lb-quiz[data-ready]').waitFor();
    await expect(page.locator('.quiz-notice').textContent()).resolves.toContain('1 saved answer no longer matched this quiz');
    await expect(select(page, 'kinds-match', 'cat').inputValue()).resolves.toBe('meow');
    await expect(select(page, 'kinds-match', 'dog').inputValue()).resolves.toBe('');
    const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('ladderbook:progress')!));
    expect(saved.orphaned).toEqual([
      expect.objectContaining({ quizId: 'every-kind', questionId: 'kinds-match', reason: 'items-changed', answer: { type: 'match', pairs: { cat: 'meow', dog: 'bark' } } }),
    ]);
  });
});

describe('a match question without a mouse, without JavaScript, and in review', () => {
  it('is answered with the keyboard alone: each item is a labelled drop-down', async () => {
    const page = await openQuiz();
    const cat = select(page, 'kinds-match', 'cat');
    await expect(page.getByLabel('Cat', { exact: true }).evaluate((el) => el.getAttribute('name'))).resolves.toBe('q-kinds-match:cat');
    await cat.focus();
    for (let i = 0; i < 5 && (await cat.inputValue()) !== 'meow'; i++) await page.keyboard.press('ArrowDown');
    await expect(cat.inputValue()).resolves.toBe('meow');
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => (document.activeElement as HTMLSelectElement).name)).resolves.toBe('q-kinds-match:dog');
  });

  it('without JavaScript shows the drop-downs and the pairs in the answer', async () => {
    const page = await session.open(QUIZ, { javaScriptEnabled: false });
    const q = question(page, 'kinds-match');
    expect(await q.locator('select').count()).toBe(3);
    await q.locator('details[data-answer] summary').click();
    // Items are numbered as written (cat, dog, cow); the answer gives each number its option.
    const answer = await q.locator('details[data-answer] .match-answer li').allTextContents();
    expect(answer.map((text) => text.replace(/^[A-D]\. /, ''))).toEqual(['Meow', 'Woof', 'Moo']);
  });

  it('comes back for review when answered wrong, loading only the code it needs', async () => {
    const context = await session.newContext();
    await context.clock.install({ time: Date.UTC(2026, 0, 5, 9) });
    const page = await openIn(context, session.siteUrl + QUIZ);
    await page.locator('lb-quiz[data-ready]').waitFor();
    await select(page, 'kinds-match', 'cat').selectOption('woof');
    await checkAnswers(page);
    await page.clock.setSystemTime(Date.UTC(2026, 0, 5, 9) + DAY + 60_000);
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    await page.goto(`${session.siteUrl}review/`);
    const q = page.locator('.review-form fieldset[data-question="kinds-match"]');
    await q.waitFor();
    for (const [item, option] of [['cat', 'meow'], ['dog', 'woof'], ['cow', 'moo']]) await q.locator(`select[name="q-kinds-match:${item}"]`).selectOption(option!);
    await page.getByRole('button', { name: 'Check answers' }).click();
    await expect(q.locator('[data-feedback]').textContent()).resolves.toMatch(/^Correct\..*Next review: in 3 days/);
    // Each kind's browser code is a file of its own (client.*.js); the review only needed the match kind's.
    expect(requested.filter((url) => /\/client\.[\w-]+\.js$/.test(url))).toHaveLength(1);
    expect(pageErrors(page)).toEqual([]);
  });

  it('has no axe violations with every kind answered and checked', async () => {
    const page = await openQuiz();
    await answerPartly(page);
    await checkAnswers(page);
    expect(await axeViolations(page)).toEqual([]);
  });
});

describe('right to left', () => {
  it('mirrors in a right-to-left page: feedback bars and numbered lists start on the right, nothing scrolls sideways', async () => {
    const page = await session.open(QUIZ, { viewport: PHONE });
    // The fixture is English; its page turned right to left is what an Arabic page's quiz gets.
    await page.evaluate(() => (document.documentElement.dir = 'rtl'));
    await page.locator('lb-quiz[data-ready]').waitFor();
    await answerPartly(page);
    await checkAnswers(page);
    const sides = (selector: string) =>
      page.locator(selector).first().evaluate((el) => {
        const style = getComputedStyle(el);
        return { left: style.borderLeftWidth, right: style.borderRightWidth, paddingRight: style.paddingRight };
      });
    await expect(sides('fieldset[data-question="kinds-single"] [data-feedback]')).resolves.toMatchObject({ left: '0px', right: '4px' });
    await expect(sides('.match-items')).resolves.toMatchObject({ paddingRight: '28px' });
    expect(await sidewaysScroll(page)).toBe(0);
  });
});
