/**
 * What the reader's pages (/progress/, /review/, level self-assessments) need to know about levels
 * and quizzes, computed at build time and handed to the browser as small JSON: each level's signals,
 * the quizzes that test it and the chapters that teach it.
 */
import config from 'virtual:ladderbook/config';
import { getChapters } from './chapters.ts';
import { getLadder } from './ladder.ts';
import { getQuizzes } from './quizzes.ts';
import { levelUrl } from '../lib/ladder/urls.ts';
import type { ReadinessLevel } from '../lib/progress/readiness.ts';

export interface LinkTo {
  id: string;
  title: string;
  url: string;
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
}

/** A quiz as /progress/ and /review/ list it. */
export interface ReaderQuiz extends LinkTo {
  questions: number;
  /** Level ids its questions target, in order of first use. */
  levels: string[];
}

let cached: Promise<{ levels: ReaderLevel[]; quizzes: ReaderQuiz[] }> | undefined;

async function load() {
  const [ladder, quizzes, chapters] = await Promise.all([getLadder(), getQuizzes(), getChapters()]);
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
      url: levelUrl(config.base, level.id),
      signals: level.signals.map((s) => ({ id: s.id, text: s.text })),
      quizzes: testing.map(({ q }) => ({ id: q.id, title: q.title, url: q.url })),
      chapters: level.chapters.flatMap((id) => {
        const c = chapterById.get(id);
        return c ? [{ id: c.id, title: c.title, url: c.url }] : [];
      }),
      next: ladder.above(level)?.id,
    };
  });
  const readerQuizzes: ReaderQuiz[] = quizzes.map((q) => ({
    id: q.id,
    title: q.title,
    url: q.url,
    questions: q.questions.length,
    levels: [...new Set(q.questions.map((question) => question.level))],
  }));
  return { levels, quizzes: readerQuizzes };
}

/** Every level, in ladder order (by track, then rank). */
export async function getReaderLevels(): Promise<ReaderLevel[]> {
  return (await (cached ??= load())).levels;
}

/** One level; throws for an unknown id (a code bug). */
export async function getReaderLevel(id: string): Promise<ReaderLevel> {
  const level = (await getReaderLevels()).find((l) => l.id === id);
  if (!level) throw new Error(`No level "${id}"`);
  return level;
}

/** Every quiz, in file-name order. */
export async function getReaderQuizzes(): Promise<ReaderQuiz[]> {
  return (await (cached ??= load())).quizzes;
}

/** The part of a level the browser's readiness code needs (lib/progress/readiness). */
export function readinessInput(level: ReaderLevel): ReadinessLevel {
  return { id: level.id, title: level.title, signals: level.signals, quizzes: level.quizzes.map((q) => q.id) };
}
