/**
 * The ladder in another language. The default handbook's German ladder pages (/de/ladder/…) speak
 * German: German interface strings (written here, not read from the catalogue), the ladder's German
 * texts from content/translations/de/ladder/, `lang="de"`, and links that stay in /de/. The fork
 * fixture with German configured and no German content shows its revisions' pages in German with
 * its English texts marked as English.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readPage, tableAfter, textOf } from '../support/html.ts';
import { DEFAULT_SITE, ROOT, runBuild, siteDir, type SiteSpec } from '../support/sites.ts';

const dir = siteDir(DEFAULT_SITE);
const GERMAN = join(ROOT, 'content/translations/de/ladder');
const yaml = <T>(file: string) => parse(readFileSync(join(GERMAN, file), 'utf8')) as T;
/** The YAML between the first two `---` lines of a translated level. */
const levelTexts = (id: string) =>
  parse(readFileSync(join(GERMAN, `levels/${id}.mdx`), 'utf8').split(/^---$/m)[1]!) as {
    title: string;
    summary: string;
    signals: { id: string; text: string }[];
    traps: { title: string; text: string }[];
    path: string[];
  };
const dimensions = yaml<{ id: string; name: string; steps: { id: string; label: string }[] }[]>('dimensions.yaml');
const activities = yaml<{ id: string; name: string }[]>('activities.yaml');
const dimension = (id: string) => dimensions.find((d) => d.id === id)!;
const step = (d: string, s: string) => dimension(d).steps.find((x) => x.id === s)!.label;

/** The `<a href>`s of a page that lead into the site, except the language picker's (`hreflang`). */
function siteLinks(html: string, base: string): string[] {
  return [...html.matchAll(/<a\b([^>]*)>/g)]
    .map((m) => m[1]!)
    .filter((attributes) => !/\bhreflang=/.test(attributes))
    .map((attributes) => /\bhref="([^"]*)"/.exec(attributes)?.[1] ?? '')
    .filter((href) => href.startsWith(base));
}

/** The page without the parts other areas render into it (self-assessment, quizzes), which they convert. */
const withoutOtherAreas = (html: string) => html.replace(/<lb-assessment[\s\S]*?<\/lb-assessment>/g, '').replace(/<lb-quiz[\s\S]*?<\/lb-quiz>/g, '');

/** Site links that leave the language: not under `<base>de/`, and not one of the exports all languages share. */
function leavingGerman(html: string, base: string): string[] {
  return siteLinks(withoutOtherAreas(html), base).filter((href) => !href.startsWith(`${base}de/`) && !/\.json$/.test(href));
}

describe('the German ladder of the default handbook', () => {
  const base = DEFAULT_SITE.base;

  it('a level page is German: its interface, its texts from the translation, lang="de" and links in /de/', () => {
    const html = readPage(dir, 'de/ladder/staff/');
    const text = textOf(html);
    const staff = levelTexts('staff');
    expect(html).toMatch(/<html lang="de"/);
    for (const words of ['Wo dieses Level steht', 'Wie die Woche aussieht', 'Signale, dass du bereit bist', 'Fallen', 'Der Weg dorthin', 'Mit einem anderen Level vergleichen']) {
      expect(text).toContain(words);
    }
    expect(text).toContain('Karriereleiter › Individual Contributor · L6');
    expect(text).toContain(staff.summary);
    for (const trap of staff.traps) expect(text).toContain(trap.title);
    for (const step of staff.path) expect(text).toContain(step);
    // The profile table: German dimension names and step labels, "(5 von 6)" in German.
    expect(tableAfter(html, 'id="where-this-level-stands"')[1]).toEqual([dimension('scope').name, `${step('scope', 'org')} (5 von 6)`, expect.any(String)]);
    // The chart's text alternative and the way up from Senior, in German.
    expect(text).toContain(`Profil von Staff Engineer (L6) über die Dimensionen. ${dimension('scope').name}: ${step('scope', 'org')}, Stufe 5 von 6.`);
    expect(text).toContain('Schritt für Schritt von Senior Engineer');
    expect(text).toContain(`die Zeit für ${activities.find((a) => a.id === 'coding')!.name} sinkt von 60 % auf 20 %.`);
    expect(leavingGerman(html, base)).toEqual([]);
    // The narrative is the translation's, so no language notice.
    expect(html).not.toContain('class="language-notice"');
  });

  it('a comparison is German, with the summary worded in German from German texts', () => {
    const html = readPage(dir, 'de/ladder/compare/staff/senior-engineering-manager/');
    const text = textOf(html);
    const depth = dimension('depth');
    const people = activities.find((a) => a.id === 'people')!.name;
    expect(html).toMatch(/<html lang="de"/);
    expect(text).toContain(
      `Von Staff Engineer (L6) zu Senior Engineering Manager (EM L6): ${depth.name} sinkt von ${step('depth', 'domain-authority')} auf ${step('depth', 'capable')}; die Zeit für ${people} wächst von 10 % auf 50 %. Andersherum vergleichen.`,
    );
    for (const words of ['Dimension für Dimension', 'Wie sich die Woche verschiebt', 'Signale und Fallen', 'Staff Engineer vergleichen mit']) {
      expect(text).toContain(words);
    }
    const dimensionsTable = tableAfter(html, 'id="dimensions"');
    expect(dimensionsTable[0]).toEqual(['Dimension', 'Staff Engineer', 'Senior Engineering Manager', 'Änderung']);
    expect(dimensionsTable.find((row) => row[0] === depth.name)?.[3]).toBe('−2 Stufen');
    const weekTable = tableAfter(html, 'id="week"');
    expect(weekTable[0]).toEqual(['Tätigkeit', 'Staff Engineer', 'Senior Engineering Manager', 'Änderung (Prozentpunkte)']);
    expect(weekTable.find((row) => row[0] === people)).toEqual([people, '10 %', '50 %', '+40']);
    expect(leavingGerman(html, base)).toEqual([]);
  });

  it('the ladder page and what changed are German, with the translated revision note', () => {
    const ladder = readPage(dir, 'de/ladder/');
    expect(ladder).toMatch(/<html lang="de"/);
    expect(textOf(ladder)).toContain('Dies ist Revision 2026 der Karriereleiter, gültig seit 20. November 2026. Ihre Revisionen.');
    expect(textOf(ladder)).toContain('Wähle ein Level, um seine Signale, Fallen und den Weg dorthin zu sehen, oder vergleiche zwei.');
    expect(tableAfter(ladder, 'class="matrix-wrap"')[0]).toEqual(['Level', ...dimensions.map((d) => d.name)]);
    expect(leavingGerman(ladder, base)).toEqual([]);

    const changes = readPage(dir, 'de/ladder/changes/');
    const text = textOf(changes);
    expect(changes).toMatch(/<html lang="de"/);
    expect(text).toContain('Was sich an der Karriereleiter geändert hat');
    expect(text).toContain('2026 aktuell Gültig seit 20. November 2026.');
    expect(text).toContain(yaml<{ note: string }>('revision.yaml').note);
    expect(text).toContain('Die früheste erfasste Revision');
    expect(text).toContain('Ihre Level stehen auf der Seite der Karriereleiter.');
    expect(changes).toContain(`href="${base}de/ladder/">der Seite der Karriereleiter</a>`);
    expect(leavingGerman(changes, base)).toEqual([]);
  });

  it('the WeekTable in a German chapter speaks German', () => {
    const rows = tableAfter(readPage(dir, 'de/chapters/career-paths/ic-or-management/'), 'class="week-table"');
    expect(rows[0]![0]).toBe('Tätigkeit');
    expect(rows[1]).toEqual([activities.find((a) => a.id === 'coding')!.name, '60 %', '20 %', '5 %']);
  });
});

/** The fork with German configured and no German content: its revisions' pages in German. */
const FORK_GERMAN: SiteSpec = {
  name: 'fork-german',
  builder: 'astro build',
  env: { HANDBOOK_CONFIG: 'tests/fixtures/fork/handbook.german.config.ts' },
  base: '/acme-ladder/',
};

describe('the fork’s revisions in German, with nothing translated', () => {
  const out = siteDir(FORK_GERMAN);
  const base = FORK_GERMAN.base;
  beforeAll(() => {
    rmSync(out, { recursive: true, force: true });
    const result = runBuild({ ...FORK_GERMAN.env, HANDBOOK_OUT_DIR: out }, FORK_GERMAN.builder);
    if (result.status !== 0) throw new Error(`building ${FORK_GERMAN.name} failed:\n${result.output.slice(-3000)}`);
  });

  it('lists what changed in German words around the revisions’ English texts, marked lang="en", and says so', () => {
    const html = readPage(out, 'de/ladder/changes/');
    const text = textOf(html);
    expect(html).toMatch(/<html lang="de"/);
    expect(text).toContain('Teile dieser Seite gibt es noch nicht auf Deutsch; sie werden auf Englisch angezeigt.');
    expect(text).toContain('2027 aktuell Gültig seit 16. November 2026.');
    expect(text).toContain('Umbenannt von Team Lead (TL) in Engineering Lead (M1).');
    expect(text).toContain('Vom Track Operations zu Site reliability gewechselt.');
    expect(text).toContain('Woche, Building features: 35 % → 25 % (−10 Prozentpunkte).');
    expect(text).toContain('Tracks: Site reliability (neu); Operations (entfallen); Team leadership → Engineering leadership (umbenannt)');
    expect(html).toContain('<strong>Neues Signal</strong>: <span lang="en" dir="ltr">Two or more people you mentored now own systems of their own.</span>');
    // The English note of the current revision, marked as English.
    expect(html).toMatch(/<p class="revision-note" lang="en" dir="ltr"[^>]*>Staff Engineers now set direction/);
    expect(leavingGerman(html, base)).toEqual([]);
    expect(siteLinks(html, base)).toContain(`${base}de/ladder/2026/on-call-lead/`);
  });

  it('keeps an earlier revision’s level in German, its frozen text in English with the notice', () => {
    const html = readPage(out, 'de/ladder/2026/staff-engineer/');
    const text = textOf(html);
    expect(html).toMatch(/<html lang="de"/);
    expect(text).toContain('Diese Seite gibt es noch nicht auf Deutsch; sie wird auf Englisch angezeigt.');
    expect(text).toContain('Diese Seite stammt aus der Revision 2026 der Karriereleiter vom 1. Dezember 2025. Sie bleibt erhalten, wie sie war. Die Karriereleiter ist inzwischen bei Revision 2027.');
    expect(html).toMatch(/<a class="button primary" href="\/acme-ladder\/de\/ladder\/staff-engineer\/"[^>]*>Staff Engineer heute<\/a>/);
    expect(tableAfter(html, 'id="where-this-level-stood"')[1]).toEqual(['Scope', 'A whole system (3 von 4)', 'One service or subsystem, its roadmap and its long-term health.']);
    expect(html).toMatch(/<tr lang="en" dir="ltr"[^>]*><th scope="row"[^>]*>Scope<\/th>/);
    // The frozen narrative is English, and its links lead to German pages.
    expect(html).toMatch(/<div lang="en" dir="ltr"[^>]*>[\s\S]*In 2026 a Staff Engineer set the direction of one system\./);
    expect(html).toContain(`href="${base}de/chapters/growing/promotion-conversations/#bring-evidence-not-adjectives"`);
    expect(leavingGerman(html, base)).toEqual([]);
    // Its canonical page is the English one, as for every page shown in the default language.
    expect(html).toContain(`<link rel="canonical" href="https://acme-robotics.github.io${base}ladder/2026/staff-engineer/">`);
  });

  it('puts a level beside itself then and now: the level now in German words, then in English', () => {
    const html = readPage(out, 'de/ladder/staff-engineer/since/2026/');
    const text = textOf(html);
    expect(text).toContain('Staff Engineer in der Revision 2026 der Karriereleiter neben Staff Engineer heute, in Revision 2027.');
    expect(tableAfter(html, 'id="dimensions"')[0]).toEqual(['Dimension', '2026', '2027', 'Was sich geändert hat']);
    expect(tableAfter(html, 'id="dimensions"')[1]).toEqual(['Scope', 'A whole system', 'A product area', 'höher']);
    expect(tableAfter(html, 'id="week"')[1]).toEqual(['Building features', '35 %', '25 %', '−10']);
    expect(text).toContain('Signale in Revision 2026');
    expect(leavingGerman(html, base)).toEqual([]);
    // The level page links it, and says what changed since 2026 in German.
    const level = readPage(out, 'de/ladder/staff-engineer/');
    expect(textOf(level)).toContain('Geändert seit Revision 2026 Scope: A whole system → A product area (höher).');
    expect(level).toContain(`href="${base}de/ladder/staff-engineer/since/2026/"`);
    // Its narrative has no German translation: the notice, and the English text marked as English.
    expect(textOf(level)).toContain('Diese Seite gibt es noch nicht auf Deutsch; sie wird auf Englisch angezeigt.');
    expect(level).toMatch(/<div lang="en" dir="ltr"[^>]*>\s*<h2 id="what-the-work-looks-like"/);
    expect(level).not.toContain('data-pagefind-body');
    expect(existsSync(join(out, 'de/ladder/engineer-1/since/2026/index.html'))).toBe(false);
  });
});
