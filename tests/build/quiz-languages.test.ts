/**
 * The quiz area in German in the built default handbook: German pages of a translated quiz, of one
 * not translated yet, the quiz list, a worksheet, a chapter's check and the review page. Each has
 * German interface words (written out here), `lang="de"`, links that stay under /de/, and the
 * answer key of the source quiz (read from content/quizzes/, not from a page), so saved answers fit.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { DEFAULT_SITE, ROOT, siteDir } from '../support/sites.ts';
import { readPage, textOf } from '../support/html.ts';

const dir = siteDir(DEFAULT_SITE);
const DE = '/handbook/de/';

interface SourceQuestion {
  id: string;
  type: string;
  level: string;
  choices?: { id: string; correct?: boolean }[];
  items?: { id: string }[];
}

function sourceQuiz(id: string): { questions: SourceQuestion[] } {
  return parse(readFileSync(join(ROOT, 'content/quizzes', `${id}.yaml`), 'utf8')) as { questions: SourceQuestion[] };
}

/** The answer key a page embeds for its quiz. */
function keyOf(html: string, quiz: string): { quiz: string; questions: { id: string; type: string; level: string; correct?: string | string[]; choices?: string[]; order?: string[] }[] } {
  const block = new RegExp(`<lb-quiz[^>]*data-quiz="${quiz}"[^>]*>\\s*<script[^>]*data-key>([\\s\\S]*?)</script>`).exec(html);
  if (!block) throw new Error(`no answer key of ${quiz}`);
  return JSON.parse(block[1]!);
}

/** Every `href` of a page's main content. */
function mainLinks(html: string): string[] {
  const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
  return [...main.matchAll(/href="([^"]+)"/g)].map((m) => m[1]!);
}

/** A path of the site, for a link written relative to `page`. */
const resolve = (href: string, page: string) => new URL(href, `https://x${page}`).pathname;

describe('a translated quiz on its German page', () => {
  const page = `${DE}quizzes/check-summary/`;
  const html = readPage(dir, 'de/quizzes/check-summary/');
  const text = textOf(html);

  it('is German: lang, texts of the translation, interface words', () => {
    expect(html).toMatch(/<html lang="de" dir="ltr"/);
    expect(text).toContain('Drei Mentoren ziehen nach zwei Jahren Bilanz.');
    for (const words of ['Frage 1 · Wähle eine · Mid-level Engineer', 'Frage 2 · Wähle alle passenden · Senior Engineer', 'Frage 5 · Bring in Reihenfolge', 'Antwort und Erklärung', '5 Fragen', 'Antworten bleiben in diesem Browser', 'Als Arbeitsblatt drucken', 'Antworten prüfen', 'Neu versuchen', 'Öffne jeweils „Antwort“, um dich selbst zu prüfen.']) {
      expect(text).toContain(words);
    }
    expect(text).toMatch(/[A-D]: richtig\./);
    expect(text).toMatch(/[A-D]: nicht diese\./);
    expect(text).not.toContain('Check answers');
    expect(text).not.toContain('Answer and explanation');
    // Translated, so no notice and nothing marked as English.
    expect(html).not.toContain('language-notice');
    expect(html.slice(html.indexOf('<main'))).not.toContain('lang="en"');
  });

  it('links within German pages: the list, the chapter it checks, the worksheet, progress', () => {
    const links = mainLinks(html).map((href) => resolve(href, page));
    expect(links).toEqual(expect.arrayContaining([`${DE}quizzes/`, `${DE}chapters/mentorship/summary/`, `${DE}quizzes/check-summary/worksheet/`]));
    expect(links.filter((l) => l.startsWith('/handbook/') && !l.startsWith(DE))).toEqual([]);
    expect(html).toContain(`data-progress-url="${DE}progress/"`);
  });

  it('embeds the source quiz’s answer key: the same question and choice ids, the same right answers', () => {
    const key = keyOf(html, 'check-summary');
    const source = sourceQuiz('check-summary');
    expect(key.questions.map((q) => [q.id, q.type, q.level])).toEqual(source.questions.map((q) => [q.id, q.type, q.level]));
    for (const [i, q] of source.questions.entries()) {
      const entry = key.questions[i]!;
      if (q.choices) {
        const right = q.choices.filter((c) => c.correct).map((c) => c.id);
        expect([entry.correct].flat().sort()).toEqual(right.sort());
        expect([...entry.choices!].sort()).toEqual(q.choices.map((c) => c.id).sort());
      }
      if (q.type === 'order') expect(entry.order).toEqual(q.items!.map((item) => item.id));
    }
  });

  it('shows the choices in the English page’s order, so letters mean the same in both', () => {
    const order = (h: string) => [...h.matchAll(/name="q-summary-ultimate-measure:choice" value="([^"]+)"/g)].map((m) => m[1]);
    expect(order(html)).toEqual(order(readPage(dir, 'quizzes/check-summary/')));
  });
});

describe('a quiz not translated into German', () => {
  const html = readPage(dir, 'de/quizzes/check-feedback/');
  const text = textOf(html);

  it('says so in German and marks its English texts, with German words around them', () => {
    expect(html).toMatch(/<html lang="de"/);
    expect(text).toContain('Diese Seite gibt es noch nicht auf Deutsch; sie wird auf Englisch angezeigt.');
    expect(html).toMatch(/<h1[^>]*lang="en"[^>]*>Check — Feedback that drives improvement<\/h1>/);
    // The first question's prompt (content/quizzes/check-feedback.yaml), marked English, after a German meta line.
    expect(html).toMatch(/<span class="q-meta">Frage 1 · Wähle eine · [^<]+<\/span> <span lang="en">A teammate's release last Monday went badly\./);
    expect(text).toContain('Antworten prüfen');
    // Not in the German search index: it is not German.
    expect(html).not.toContain('data-pagefind-body');
  });

  it('keeps the source’s answer key', () => {
    const key = keyOf(html, 'check-feedback');
    expect(key.questions.map((q) => q.id)).toEqual(sourceQuiz('check-feedback').questions.map((q) => q.id));
  });
});

describe('the rest of the quiz area in German', () => {
  it('the quiz list groups the quizzes in German and links to their German pages', () => {
    const html = readPage(dir, 'de/quizzes/');
    const text = textOf(html);
    for (const words of ['Quizze', 'Checkpoints der Teile', 'Checks der Kapitel', 'Quizze zu den Leveln', 'Deine Antworten und Ergebnisse bleiben in diesem Browser.', '5 Fragen']) expect(text).toContain(words);
    expect(html).toContain(`href="${DE}quizzes/check-summary/"`);
    expect(html).toContain(`href="${DE}progress/"`);
    expect(html).toMatch(/<a href="\/handbook\/de\/quizzes\/check-feedback\/" lang="en">Check — Feedback that drives improvement<\/a>/);
  });

  it('a worksheet is German, with the answers at the back', () => {
    const html = readPage(dir, 'de/quizzes/check-summary/worksheet/');
    const text = textOf(html);
    expect(html).toMatch(/<html lang="de"/);
    for (const words of ['Zurück zum Quiz', 'Name:', 'Datum:', 'Antworten am Ende', 'Kreuze eine an. · Mid-level Engineer', 'Nummeriere die Elemente der Reihe nach, 1 zuerst.', 'Drucken oder als PDF speichern']) expect(text).toContain(words);
    expect(html).toMatch(/<h2 id="answers">Antworten<\/h2>/);
    expect(html).toContain(`href="${DE}quizzes/check-summary/"`);
  });

  it('the German chapter embeds the German check, in German', () => {
    const html = readPage(dir, 'de/chapters/mentorship/summary/');
    expect(keyOf(html, 'check-summary').questions.map((q) => q.id)).toEqual(sourceQuiz('check-summary').questions.map((q) => q.id));
    const quiz = textOf(html.slice(html.indexOf('<lb-quiz'), html.indexOf('</lb-quiz>')));
    expect(quiz).toContain('Drei Mentoren ziehen nach zwei Jahren Bilanz.');
    expect(quiz).toContain('Antworten prüfen');
  });

  it('the review page is German and fetches German quiz pages', () => {
    const html = readPage(dir, 'de/review/');
    const text = textOf(html);
    expect(html).toMatch(/<html lang="de"/);
    expect(text).toContain('Fragen, die du falsch beantwortet hast, kommen nach 1 Tag zurück.');
    expect(text).toContain('kommt sie nach 3 Tagen wieder, dann nach 7 Tagen');
    expect(text).toContain('Wiederholen braucht JavaScript: Es liest deine Antworten aus diesem Browser.');
    const quizzes = JSON.parse(/data-quizzes="([^"]*)"/.exec(html)![1]!.replace(/&quot;/g, '"').replace(/&amp;/g, '&')) as Record<string, { url: string; lang?: string }>;
    expect(quizzes['check-summary']).toEqual({ title: 'Check — Zusammenfassung der Mentoring-Grundlagen', url: `${DE}quizzes/check-summary/` });
    expect(quizzes['check-feedback']).toMatchObject({ url: `${DE}quizzes/check-feedback/`, lang: 'en' });
  });
});
