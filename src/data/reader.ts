/**
 * What the reader's pages (/progress/, /review/, level self-assessments) need to know about levels
 * and quizzes, computed at build time and handed to the browser as small JSON: each level's signals,
 * the quizzes that test it and the chapters that teach it. In one language: titles and signals as
 * that language has them, links to that language's pages.
 */
import config from 'virtual:ladderbook/config';
import content from 'virtual:ladderbook/content';
import { getChapters } from './chapters.ts';
import { localeByCode } from './i18n.ts';
import { getLadder } from './ladder.ts';
import { getQuizzes } from './quizzes.ts';
import { levelUrl } from '../lib/ladder/urls.ts';
import type { ReadinessLevel } from '../lib/progress/readiness.ts';

export interface LinkTo {
  id: string;
  title: string;
  url: string;
  /** The default language's tag when the title is shown untranslated, for the link's `lang`. */
  lang?: string | undefined;
}

/** A level as the reader's pages show it. */
export interface ReaderLevel {
  id: string;
  title: string;
  code: string;
  /** Track display name. */
  track: string;
  url: string;
  signals: { id: string; text: string }[];
  /** Quizzes with questions at this level: the level's own quiz first, then the most questions first. */
  quizzes: LinkTo[];
  /** Chapters that teach the level, most relevant first. */
  chapters: LinkTo[];
  /** The next level up the same track, if any. */
  next?: string | undefined;
  /** The default language's tag when the level is not translated (its title and signals are the default's). */
  lang?: string | undefined;
}

/** A quiz as /progress/ and /review/ list it. */
export interface ReaderQuiz extends LinkTo {
  questions: number;
  /** Level ids its questions target, in order of first use. */
  levels: string[];
}

const cached = new Map<string, Promise<{ levels: ReaderLevel[]; quizzes: ReaderQuiz[] }>>();

async function load(code: string) {
  const L = localeByCode(code);
  const fallback = L.isDefault ? undefined : localeByCode().lang;
  const [ladder, quizzes, chapters] = await Promise.all([getLadder(code), getQuizzes(code), getChapters(code)]);
  const levelTranslations = content.translations[code]?.ladder.levels ?? {};
  const chapterById = new Map(chapters.map((c) => [c.id, c]));
  const levels: ReaderLevel[] = ladder.levels.map((level) => {
    const testing = quizzes
      .map((q) => ({ q, count: q.questions.filter((question) => question.level === level.id).length }))
      .filter(({ count }) => count > 0)
      .sort((a, b) => Number(b.q.about === `level:${level.id}`) - Number(a.q.about === `level:${level.id}`) || b.count - a.count || a.q.id.localeCompare(b.q.id));
    return {
      id: level.id,
      title: level.title,
      code: level.code,
      track: ladder.track(level.track)?.name ?? level.track,
      url: levelUrl(L.base, level.id),
      signals: level.signals.map((s) => ({ id: s.id, text: s.text })),
      quizzes: testing.map(({ q }) => ({ id: q.id, title: q.title, url: q.url, lang: q.translated ? undefined : fallback })),
      chapters: level.chapters.flatMap((id) => {
        const c = chapterById.get(id);
        return c ? [{ id: c.id, title: c.title, url: c.url, lang: c.lang }] : [];
      }),
      next: ladder.above(level)?.id,
      lang: levelTranslations[level.id] ? undefined : fallback,
    };
  });
  const readerQuizzes: ReaderQuiz[] = quizzes.map((q) => ({
    id: q.id,
    title: q.title,
    url: q.url,
    lang: q.translated ? undefined : fallback,
    questions: q.questions.length,
    levels: [...new Set(q.questions.map((question) => question.level))],
  }));
  return { levels, quizzes: readerQuizzes };
}

function loaded(code = config.locales[0]!.code) {
  let value = cached.get(code);
  if (!value) cached.set(code, (value = load(code)));
  return value;
}

/** Every level, in ladder order (by track, then rank), in the language of locale `code` (the default when omitted). */
export async function getReaderLevels(code?: string): Promise<ReaderLevel[]> {
  return (await loaded(code)).levels;
}

/** One level, in the language of locale `code`; throws for an unknown id (a code bug). */
export async function getReaderLevel(id: string, code?: string): Promise<ReaderLevel> {
  const level = (await getReaderLevels(code)).find((l) => l.id === id);
  if (!level) throw new Error(`No level "${id}"`);
  return level;
}

/** Every quiz, in file-name order, in the language of locale `code`. */
export async function getReaderQuizzes(code?: string): Promise<ReaderQuiz[]> {
  return (await loaded(code)).quizzes;
}

/** The part of a level the browser's readiness code needs (lib/progress/readiness). */
export function readinessInput(level: ReaderLevel): ReadinessLevel {
  return { id: level.id, title: level.title, signals: level.signals, quizzes: level.quizzes.map((q) => q.id) };
}
