/**
 * Translations as the content reading sees them: what a translation may change (texts) and what it
 * must keep (ids, answers, headings), and how far each language is (translated, stale, missing).
 * The source is the small handbook of test-handbook.ts; German translates parts of it.
 */
import { describe, expect, it } from 'vitest';
import type { SourceFile, TranslationSnapshot } from '../check/source.ts';
import { formatProblem } from '../errors.ts';
import type { Locale } from '../../schemas/locale.ts';
import { readContentModel } from './read-content.ts';
import { stampEntry, stampFile } from './stamp-source.ts';
import { handbook } from './test-handbook.ts';

const LOCALES: Locale[] = [
  { code: 'en', label: 'English', lang: 'en', dir: 'ltr' },
  { code: 'de', label: 'Deutsch', lang: 'de', dir: 'ltr' },
];

/** A file of the German folder; `relative` is what the reading sees, within its folder (`basics/01-first.mdx` under `chapters/`). */
const de = (relative: string, text: string, dir = ''): SourceFile => ({ file: `content/translations/de/${dir}${relative}`, relative, text });
const germanChapter = (body = '## Inhalt\n\nText.', frontmatter = '') =>
  de('basics/01-first.mdx', `---\ntitle: Erstes\ndescription: Ein Kapitel.\n${frontmatter}---\n\n${body}\n`, 'chapters/');
const germanQuiz = (choiceA = 'a', correct: 'a' | 'b' = 'a') =>
  de(
    'check-first.yaml',
    `title: F\ndescription: Ein Quiz.\nabout: chapter:basics/first\nquestions:\n  - id: check-first-one\n    type: single\n    level: senior\n    prompt: F?\n    choices:\n      - { id: ${choiceA}, text: A, ${correct === 'a' ? 'correct: true, ' : ''}why: Richtig. }\n      - { id: b, text: B, ${correct === 'b' ? 'correct: true, ' : ''}why: Falsch. }\n    explanation: E.\n`,
    'quizzes/',
  );

function read(german: Partial<TranslationSnapshot>, folder = 'de') {
  const translation: TranslationSnapshot = { code: folder, path: `content/translations/${folder}`, chapters: [], levels: [], quizzes: [], ...german };
  return readContentModel({ ...handbook(), translations: [translation] }, { locales: LOCALES });
}

describe('what a translation hands the site', () => {
  it('a translated chapter: its texts, and its own heading anchors in the source’s order', () => {
    const { model, problems } = read({ chapters: [germanChapter('## Inhalt\n\nText.')] });
    expect(problems.map(formatProblem)).toEqual([]);
    expect(model.translations.de?.chapters['basics/first']).toMatchObject({ title: 'Erstes', description: 'Ein Kapitel.', anchors: ['inhalt'] });
  });

  it('a translated part: only the fields it gives; the rest falls back to the source', () => {
    const { model } = read({ parts: de('parts.yaml', '- { id: basics, title: Grundlagen }\n') });
    expect(model.translations.de?.parts).toEqual({ basics: { title: 'Grundlagen', summary: undefined } });
  });

  it('a translated quiz keeps the source’s ids and answers', () => {
    const { model, problems } = read({ quizzes: [germanQuiz()] });
    expect(problems).toEqual([]);
    expect(model.translations.de?.quizzes['check-first']?.questions[0]).toMatchObject({ id: 'check-first-one', prompt: 'F?' });
  });
});

describe('what a translation is refused for, with file, line and hint', () => {
  it.each([
    ['a language folder the config does not name', { chapters: [germanChapter()] }, 'fr', 'content/translations/fr: "fr" is not a language of the handbook'],
    ['an id the source does not have', { parts: de('parts.yaml', '- { id: basic, title: Grundlagen }\n') }, 'de', 'content/translations/de/parts.yaml:1 › [0].id: part "basic" does not exist in the source'],
    ['a chapter the source does not have', { chapters: [de('basics/09-none.mdx', '---\ntitle: T\ndescription: D.\n---\n\n## Body\n', 'chapters/')] }, 'de', 'content/translations/de/chapters/basics/09-none.mdx:1: chapter "basics/none" does not exist in the source'],
    ['a chapter with a heading more than the source', { chapters: [germanChapter('## Inhalt\n\nText.\n\n## Mehr\n\nText.')] }, 'de', 'content/translations/de/chapters/basics/01-first.mdx:10: has 2 headings where the source has 1'],
    ['a quiz whose choice id is not the source’s', { quizzes: [germanQuiz('x')] }, 'de', 'content/translations/de/quizzes/check-first.yaml:10 › questions[0].choices[0].id: id "x" is not the source\'s id here ("a")'],
    ['a quiz whose right answer moved', { quizzes: [germanQuiz('a', 'b')] }, 'de', 'content/translations/de/quizzes/check-first.yaml:5 › questions[0]: question "check-first-one" does not have the source\'s answer (correct)'],
  ])('%s', (_, german, folder, expected) => {
    const { problems } = read(german, folder);
    expect(problems.map(formatProblem).join('\n')).toContain(expected);
    expect(problems.every((p) => Boolean(p.hint))).toBe(true);
  });

  it('reports every problem at once', () => {
    const { problems } = read({ parts: de('parts.yaml', '- { id: basic, title: G }\n'), quizzes: [germanQuiz('x')], chapters: [germanChapter('## A\n\n## B\n')] });
    expect(problems.map((p) => p.file).sort()).toEqual([
      'content/translations/de/chapters/basics/01-first.mdx',
      'content/translations/de/parts.yaml',
      'content/translations/de/quizzes/check-first.yaml',
    ]);
  });
});

describe('translation status', () => {
  it('lists what has no translation as missing, and a translation that records no version as unconfirmed', () => {
    const status = read({ chapters: [germanChapter()] }).model.translationStatus.de!;
    expect(status.missing).toContain('chapter:basics/second');
    expect(status.missing).not.toContain('chapter:basics/first');
    expect(status.missing).not.toContain('chapter:basics/draft');
    expect(status.stale).toEqual([expect.objectContaining({ item: 'chapter:basics/first', recorded: undefined })]);
  });

  it('counts a translation as translated once it records the source’s version, and stale again when the source changes', () => {
    const unconfirmed = read({ chapters: [germanChapter()], parts: de('parts.yaml', '- id: basics\n  title: Grundlagen\n') }).model.translationStatus.de!;
    const version = (item: string) => unconfirmed.stale.find((s) => s.item === item)!.hash;
    const chapterFile = germanChapter();
    const stamped = {
      chapters: [{ ...chapterFile, text: stampFile(chapterFile.text, version('chapter:basics/first'), 'mdx') }],
      parts: de('parts.yaml', stampEntry('- id: basics\n  title: Grundlagen\n', 'basics', version('part:basics'))!),
    };
    const now = read(stamped).model.translationStatus.de!;
    expect(now.translated.sort()).toEqual(['chapter:basics/first', 'part:basics']);
    expect(now.stale).toEqual([]);

    // The source's chapter is edited: its translation is stale, and says which version it had.
    const source = handbook();
    const edited = source.chapters.map((c) => (c.relative === 'basics/01-first.mdx' ? { ...c, text: c.text.replace('Text.', 'Text, changed.') } : c));
    const translation: TranslationSnapshot = { code: 'de', path: 'content/translations/de', levels: [], quizzes: [], ...stamped };
    const after = readContentModel({ ...source, chapters: edited, translations: [translation] }, { locales: LOCALES }).model.translationStatus.de!;
    expect(after.translated).toEqual(['part:basics']);
    expect(after.stale).toEqual([expect.objectContaining({ item: 'chapter:basics/first', recorded: version('chapter:basics/first') })]);
  });
});
