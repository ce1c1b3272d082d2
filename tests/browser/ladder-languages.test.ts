/**
 * The German ladder in a browser: its pages pass axe and fit a phone, and what assistive
 * technology reads of the charts (their accessible names) is German.
 */
import { describe, expect, it } from 'vitest';
import { PHONE, axeViolations, pageErrors, sidewaysScroll, useBrowser } from './session.ts';

const session = useBrowser();

const GERMAN_LADDER = [
  ['the ladder', 'de/ladder/'],
  ['a level', 'de/ladder/staff/'],
  ['a comparison', 'de/ladder/compare/staff/senior-engineering-manager/'],
  ['what changed', 'de/ladder/changes/'],
] as const;

describe('the German ladder', () => {
  it.each(GERMAN_LADDER)('%s: no axe violations, no errors, no sideways scrolling at 360 px', async (_kind, path) => {
    const page = await session.open(path);
    await page.waitForLoadState('networkidle');
    expect(await axeViolations(page)).toEqual([]);
    expect(pageErrors(page)).toEqual([]);
    const phone = await session.open(path, { viewport: PHONE });
    await phone.waitForLoadState('networkidle');
    expect(await sidewaysScroll(phone)).toBe(0);
  });

  it('names the charts in German for screen readers', async () => {
    const level = await session.open('de/ladder/staff/');
    await expect(level.getByRole('img', { name: 'Profil von Staff Engineer (L6) über die Dimensionen' }).count()).resolves.toBe(1);
    await expect(level.getByRole('img', { name: 'Wie eine Woche aussieht: Staff Engineer (L6)' }).count()).resolves.toBe(1);
    const comparison = await session.open('de/ladder/compare/staff/senior-engineering-manager/');
    const chart = comparison.getByRole('img', { name: 'Staff Engineer (L6) im Vergleich mit Senior Engineering Manager (EM L6) über die Dimensionen' });
    await expect(chart.count()).resolves.toBe(1);
    // The full text alternative, its description, says every step in German.
    const description = await chart.evaluate((svg) => document.getElementById(svg.getAttribute('aria-describedby') ?? '')?.textContent ?? '');
    expect(description).toMatch(/ Stufe 5 von 6, dann .*, Stufe 4 von 6 \(1 Stufe tiefer\)\./);
  });
});
