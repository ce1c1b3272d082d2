/**
 * The reader's own pages in German, as built: /handbook/de/progress/, a German promotion packet and
 * the self-assessment on a German level page. Their interface is German, their links stay under
 * /handbook/de/, and titles shown in English for want of a translation say so. The German texts
 * expected here are written in the test, as a German reader reads them.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_SITE, siteDir } from '../support/sites.ts';
import { readPage, tableAfter, textOf } from '../support/html.ts';

const dir = siteDir(DEFAULT_SITE);

const htmlTag = (html: string) => html.match(/<html[^>]*>/)![0];
/** The page's links to its own site, leaving out the language picker (whose job is to leave the language). */
const siteLinks = (html: string) =>
  [...html.replace(/<details class="language-picker">[\s\S]*?<\/details>/, '').matchAll(/<a [^>]*href="(\/handbook\/[^"#]*)[^"]*"/g)].map((m) => m[1]!);
/** The text of the first link to `href`. */
const anchor = (html: string, href: string) => html.match(new RegExp(`<a [^>]*href="${href.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}"[^>]*>([^<]*)</a>`))?.[1];

describe('the German progress page, /handbook/de/progress/', () => {
  const html = readPage(dir, 'de/progress/');
  const text = textOf(html);

  it('is in German: lang, title and the interface around the quiz table and the level cards', () => {
    expect(htmlTag(html)).toContain('lang="de"');
    expect(html).toMatch(/<h1[^>]*>Mein Fortschritt<\/h1>/);
    for (const german of [
      'Diese Seite braucht JavaScript, um zu lesen, was dieser Browser gespeichert hat.',
      'Gespeicherte Daten, die nicht lesbar waren',
      'Bereitschaft nach Level',
      'Was die Lücken schließt:',
      'Wiederholen in Abständen',
      'Falsch beantwortete Fragen kommen nach 1, 3 und 7 Tagen wieder.',
      'Nimm es mit',
      'Meinen Fortschritt herunterladen (JSON)',
      'Eine Fortschrittsdatei importieren',
      'Alles zurücksetzen…',
      'Ja, alles zurücksetzen',
    ]) {
      expect(text).toContain(german);
    }
    for (const english of ['My progress', 'Readiness by level', 'Take it with you', 'Not taken yet', 'Reset everything', 'What closes the gaps']) {
      expect(text).not.toContain(english);
    }
  });

  it('heads the quiz table in German and counts each quiz’s questions in German', () => {
    const [header, ...rows] = tableAfter(html, 'data-no-quizzes');
    expect(header).toEqual(['Quiz', 'Letztes Ergebnis', 'Nach Level', 'Wiederholen', 'Zurücksetzen']);
    expect(rows).toContainEqual(['Check — Scope selbst schaffen: der L+1-Schritt · 5 Fragen', 'Noch nicht gemacht', '—', '—', 'Zurücksetzen']);
    expect(html).toContain('aria-label="Zurücksetzen: Check — Scope selbst schaffen: der L+1-Schritt"');
    expect(html).toContain('data-label="Letztes Ergebnis"');
  });

  it('hands the browser the levels in German: their signals, and the names for its messages', () => {
    // The Staff card's signals, from content/translations/de/ladder/levels/staff.mdx.
    expect(html).toContain('Ein anderes Team als deines hat ein Design-Doc von dir übernommen.');
    expect(html).toContain('aria-label="Selbsteinschätzung löschen: Staff Engineer"');
  });

  it('keeps its links in German', () => {
    const links = siteLinks(html).filter((href) => !href.startsWith('/handbook/_astro/'));
    expect(links.filter((href) => !href.startsWith('/handbook/de/'))).toEqual([]);
    expect(links).toContain('/handbook/de/review/');
    expect(links).toContain('/handbook/de/ladder/staff/');
    expect(links).toContain('/handbook/de/quizzes/check-manufacturing-scope/');
  });

  it('marks quiz and chapter titles shown in English as English', () => {
    expect(html).toMatch(/<a href="\/handbook\/de\/quizzes\/check-feedback\/" lang="en"[^>]*>Check — Feedback that drives improvement<\/a>/);
    expect(html).toMatch(/<a href="\/handbook\/de\/quizzes\/check-manufacturing-scope\/"(?! lang)[^>]*>Check — Scope selbst schaffen/);
    expect(html).toMatch(/<a href="\/handbook\/de\/chapters\/mentorship\/how-people-learn\/" lang="en"/);
  });
});

describe('the English progress page stays English', () => {
  const html = readPage(dir, 'progress/');

  it('in lang, words and links', () => {
    expect(htmlTag(html)).toContain('lang="en"');
    expect(textOf(html)).toContain('Readiness by level');
    expect(textOf(html)).toContain('Questions you answered wrong come back after 1, 3, and 7 days.');
    expect(siteLinks(html).filter((href) => href.startsWith('/handbook/de/'))).toEqual([]);
  });
});

describe('a German promotion packet, /handbook/de/ladder/staff/packet/', () => {
  const html = readPage(dir, 'de/ladder/staff/packet/');
  const text = textOf(html);

  it('is a German blank template of the German signals', () => {
    expect(htmlTag(html)).toContain('lang="de"');
    expect(html).toMatch(/<h1[^>]*>Entwurf Beförderungsdossier: Staff Engineer <span class="muted"[^>]*>\(L6\)<\/span><\/h1>/);
    expect(text).toContain('Signale und Belege');
    expect(text).toContain('Ein anderes Team als deines hat ein Design-Doc von dir übernommen.');
    expect(text).toContain('Drucken oder als PDF speichern');
    expect(text).toContain('Markdown herunterladen');
    expect(text).toContain('Eine leere Vorlage: Mit JavaScript füllt diese Seite die Belege ein, die du auf der Seite Staff Engineer notiert hast.');
  });

  it('leads back to the German level page and the German progress page', () => {
    expect(anchor(html, '/handbook/de/ladder/staff/#signals')).toBe('Zurück zur Selbsteinschätzung für Staff Engineer');
    expect(anchor(html, '/handbook/de/progress/')).toBe('Mein Fortschritt');
    expect(siteLinks(html).filter((href) => !href.startsWith('/handbook/de/') && !href.startsWith('/handbook/_astro/'))).toEqual([]);
  });
});

describe('the self-assessment on the German Staff Engineer page, /handbook/de/ladder/staff/', () => {
  // Read in the tests: the German level page is the ladder area's, built once it is converted.
  const page = () => readPage(dir, 'de/ladder/staff/');
  const checklist = () => page().match(/<lb-assessment[\s\S]*?<\/lb-assessment>/)?.[0] ?? '';

  it('is a German checklist of the German signals, with the same ids as the English one', () => {
    const html = page();
    const form = checklist();
    expect(htmlTag(html)).toContain('lang="de"');
    expect(form).toMatch(/<label for="met-design-doc-adopted"[^>]*>Ein anderes Team als deines hat ein Design-Doc von dir übernommen\.<\/label>/);
    expect(form).toContain('aria-label="Selbsteinschätzung für Staff Engineer"');
    expect(textOf(form)).toContain('Hake die Signale ab, die du schon zeigst, und notiere deine Belege: einen Link, einen Namen, eine Zahl.');
    expect(textOf(form)).toContain('Beleg (optional)');
    expect(form).toContain('placeholder="z. B. das Design-Doc, das ein anderes Team übernommen hat: Link"');
    expect(textOf(form)).toContain('Wo du stehst');
    expect(textOf(form)).toContain('Staff Engineer (dieses Level)');
    expect(textOf(form)).toContain('Principal Engineer (nächstes Level)');
  });

  it('links to the German progress page and the German packet', () => {
    const form = checklist();
    expect(anchor(form, '/handbook/de/progress/')).toBe('Mein Fortschritt');
    expect(anchor(form, '/handbook/de/ladder/staff/packet/')).toBe('Dossier-Entwurf: drucken oder als Markdown herunterladen');
  });
});
