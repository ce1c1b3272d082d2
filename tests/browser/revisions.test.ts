/**
 * A self-assessment carried across revisions of the ladder, on the fork fixture (revision 2026
 * frozen, 2027 current): ticks made on the 2026 Staff Engineer page show on the 2027 one as still
 * applying, ticks on the retired signal are kept aside with their evidence, and the signal new in
 * 2027 is marked; export and import carry it all, revision included. Then every new page passes axe
 * and fits a phone.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PHONE, axeViolations, pageErrors, sidewaysScroll, useBrowser } from './session.ts';

const session = useBrowser('forkUrl');
const fork = session.siteUrl;
const KEY = 'ladderbook:progress';
const RETIRED = 'You write an RFC for every change that crosses a team boundary.';

async function saved(page: Page): Promise<{ assessments: Record<string, { revision?: string; signals: Record<string, { met: boolean; evidence: string }> }> }> {
  return page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null'), KEY);
}

async function openLevel(page: Page, path: string): Promise<void> {
  await page.goto(fork + path);
  await page.locator('lb-assessment[data-ready]').waitFor();
}

/** On the 2026 Staff Engineer page: ticks a signal kept in 2027 and one retired since, with evidence. */
async function assessIn2026(page: Page): Promise<void> {
  await openLevel(page, 'ladder/2026/staff-engineer/');
  await page.getByLabel('Another team follows a technical direction you proposed.').check();
  await page.locator('#evidence-direction-adopted').fill('Payments RFC, adopted by Billing');
  await page.getByLabel(RETIRED).check();
  await page.locator('#evidence-writes-rfcs').fill('Six RFCs in 2026');
}

/** What the 2027 Staff Engineer page shows of a self-assessment made against 2026. */
async function expectCarried(page: Page): Promise<void> {
  await openLevel(page, 'ladder/staff-engineer/');
  await expect(page.locator('#met-direction-adopted').isChecked()).resolves.toBe(true);
  await expect(page.locator('#evidence-direction-adopted').inputValue()).resolves.toBe('Payments RFC, adopted by Billing');
  const mark = (id: string) => page.locator(`[data-signal="${id}"] [data-mark]`);
  await expect(mark('direction-adopted').textContent()).resolves.toBe('Ticked against 2026: still applies');
  await expect(mark('owners-grown').textContent()).resolves.toBe('New since 2026');
  await expect(page.locator('#met-owners-grown').isChecked()).resolves.toBe(false);
  const aside = page.locator('[data-aside]');
  await expect(aside.isVisible()).resolves.toBe(true);
  await expect(aside.getByRole('heading').textContent()).resolves.toBe('Retired signals you ticked');
  await expect(aside.locator('li').allTextContents()).resolves.toEqual([`${RETIRED} (ticked against 2026) Six RFCs in 2026`]);
}

describe('a self-assessment carried across revisions', () => {
  it('ticks on an earlier revision show on the current one: kept, retired aside, new marked', async () => {
    const page = await session.open();
    await page.goto(fork);
    await assessIn2026(page);
    const before = await saved(page);
    expect(before.assessments['staff-engineer']).toEqual({
      updatedAt: expect.any(Number),
      revision: '2026',
      signals: {
        'direction-adopted': { met: true, evidence: 'Payments RFC, adopted by Billing' },
        'writes-rfcs': { met: true, evidence: 'Six RFCs in 2026' },
      },
    });
    await expectCarried(page);
    expect(await axeViolations(page)).toEqual([]);

    // Saving on 2027 records it, and keeps the retired tick and its evidence.
    await page.getByLabel('Two or more people you mentored now own systems of their own.').check();
    const after = (await saved(page)).assessments['staff-engineer']!;
    expect(after.revision).toBe('2027');
    expect(after.signals['writes-rfcs']).toEqual({ met: true, evidence: 'Six RFCs in 2026' });
    expect(after.signals['owners-grown']).toEqual({ met: true, evidence: '' });
    // The marks stay while the reader works through the page.
    await expect(page.locator('[data-signal="owners-grown"] [data-mark]').textContent()).resolves.toBe('New since 2026');
    expect(pageErrors(page)).toEqual([]);
  });

  it('follows a level whose id changed: Senior Engineer in 2026 is Engineer III now', async () => {
    const page = await session.open();
    await page.goto(fork);
    await openLevel(page, 'ladder/2026/senior-engineer/');
    await page.getByLabel('People on other teams ask you before they change the system you own.').check();
    await openLevel(page, 'ladder/engineer-3/');
    await expect(page.locator('#met-owns-a-system').isChecked()).resolves.toBe(true);
    await expect(page.locator('[data-signal="owns-a-system"] [data-mark]').textContent()).resolves.toBe('Ticked against 2026: still applies');
    await page.getByLabel('Someone you mentored now owns features without your help.').check();
    const state = await saved(page);
    // The old entry stays as it was; the new one starts from a copy of it.
    expect(Object.keys(state.assessments['senior-engineer']!.signals)).toEqual(['owns-a-system']);
    expect(state.assessments['engineer-3']!.revision).toBe('2027');
    expect(Object.keys(state.assessments['engineer-3']!.signals).sort()).toEqual(['mentee-grew', 'owns-a-system']);
  });

  it('export and import carry the revision: a fresh browser shows the same carried state', async () => {
    const page = await session.open();
    await page.goto(fork);
    await assessIn2026(page);
    await page.goto(`${fork}progress/`);
    await page.locator('lb-progress[data-ready]').waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download my progress (JSON)' }).click()]);
    const text = await readFile((await download.path())!, 'utf8');
    expect(JSON.parse(text).state.assessments['staff-engineer'].revision).toBe('2026');
    const before = await saved(page);

    const fresh = await session.open();
    await fresh.goto(`${fork}progress/`);
    await fresh.locator('lb-progress[data-ready]').waitFor();
    await fresh.locator('[data-import-file]').setInputFiles({ name: 'progress.json', mimeType: 'application/json', buffer: Buffer.from(text) });
    const plan = fresh.locator('[data-import-plan]');
    await expect.poll(() => plan.textContent()).toContain('Self-assessment: Staff Engineer');
    await plan.getByRole('button', { name: 'Import' }).click();
    await expect(saved(fresh)).resolves.toEqual(before);
    await expectCarried(fresh);
    expect(pageErrors(fresh)).toEqual([]);
  });
});

const PAGES = [
  ['what changed', 'ladder/changes/'],
  ['an earlier revision’s level', 'ladder/2026/staff-engineer/'],
  ['a retired level', 'ladder/2026/on-call-lead/'],
  ['a level with “Changed since”', 'ladder/staff-engineer/'],
  ['a level then and now', 'ladder/staff-engineer/since/2026/'],
] as const;

describe('the revision pages', () => {
  it.each(PAGES)('%s: no axe violations (wcag2a, wcag2aa), no errors', async (_kind, path) => {
    const page = await session.open();
    await page.goto(fork + path);
    await page.waitForLoadState('networkidle');
    expect(await axeViolations(page)).toEqual([]);
    expect(pageErrors(page)).toEqual([]);
  });

  it.each(PAGES)('%s: no horizontal scrolling at 360 px', async (_kind, path) => {
    const page = await session.open('', { viewport: PHONE });
    await page.goto(fork + path);
    await page.waitForLoadState('networkidle');
    expect(await sidewaysScroll(page)).toBe(0);
  });
});
