/**
 * Readiness for one ladder level: the reader's self-assessment of the level's signals combined with
 * their latest quiz results on the questions that target the level. Pure: the page passes the
 * level's signals and the ids of the quizzes that test it (both known at build time).
 *
 * Headline wording, used on /progress/ and on level pages, in the page's language (the
 * `assessment.readiness.` strings): "Ready for Staff Engineer on 3 of 5 signals." · "Quiz questions
 * at this level: 7 of 9 fully right."
 */
import type { En } from '../i18n/catalogues/en/index.ts';
import type { Translate } from '../i18n/translator.ts';
import type { ProgressState } from './shape.ts';

/** The strings the headlines are worded with. */
export type ReadinessTranslate = Translate<Pick<En, Extract<keyof En, `assessment.readiness.${string}`>>>;

/** A readiness signal as the level defines it. */
export interface ReadinessSignal {
  /** Stable signal id (the key of the saved assessment). */
  id: string;
  /** The signal, one sentence. */
  text: string;
}

/** What readiness needs to know about a level. */
export interface ReadinessLevel {
  /** Level id (key of the saved assessment and of per-level quiz tallies). */
  id: string;
  /** Display title ("Staff Engineer"). */
  title: string;
  /** The level's signals in page order. */
  signals: readonly ReadinessSignal[];
  /** Ids of the quizzes that have at least one question at this level. */
  quizzes: readonly string[];
}

/** One quiz's latest result on the questions at this level. */
export interface QuizStanding {
  quizId: string;
  /** Fully right questions at this level. */
  correct: number;
  /** Questions at this level in that attempt. */
  total: number;
}

/** Where the reader stands against one level. */
export interface Readiness {
  levelId: string;
  /** True once any signal of the level was ticked or given evidence. */
  assessed: boolean;
  /** Signals ticked as met, in page order. */
  met: ReadinessSignal[];
  /** Signals not (yet) ticked as met, in page order. */
  gaps: ReadinessSignal[];
  /** Of the met signals, how many have an evidence note. */
  withEvidence: number;
  /** Latest quiz results on this level's questions. */
  quiz: {
    /** Fully right, summed over the quizzes taken. */
    correct: number;
    /** Questions, summed over the quizzes taken. */
    total: number;
    /** Quizzes taken (latest result counts), in the level's quiz order. */
    taken: QuizStanding[];
    /** Quizzes taken whose level questions were not all right: retaking them closes a gap. */
    toRetake: QuizStanding[];
    /** Quizzes testing this level that were never graded. */
    notTaken: string[];
  };
  /** Every signal met, at least one quiz at this level taken, and no quiz taken with a level question wrong. */
  ready: boolean;
}

/** Computes the reader's readiness for `level` from the saved state. */
export function readinessOf(state: ProgressState, level: ReadinessLevel): Readiness {
  const saved = state.assessments[level.id]?.signals ?? {};
  const met = level.signals.filter((s) => saved[s.id]?.met === true);
  const gaps = level.signals.filter((s) => saved[s.id]?.met !== true);
  const assessed = level.signals.some((s) => saved[s.id] && (saved[s.id]!.met || saved[s.id]!.evidence.trim() !== ''));
  const withEvidence = met.filter((s) => saved[s.id]!.evidence.trim() !== '').length;

  const taken: QuizStanding[] = [];
  const notTaken: string[] = [];
  for (const quizId of level.quizzes) {
    const tally = state.quizzes[quizId]?.latest?.levels[level.id];
    if (tally && tally.total > 0) taken.push({ quizId, correct: tally.correct, total: tally.total });
    else notTaken.push(quizId);
  }
  const toRetake = taken.filter((t) => t.correct < t.total);
  const correct = taken.reduce((sum, t) => sum + t.correct, 0);
  const total = taken.reduce((sum, t) => sum + t.total, 0);
  return {
    levelId: level.id,
    assessed,
    met,
    gaps,
    withEvidence,
    quiz: { correct, total, taken, toRetake, notTaken },
    ready: gaps.length === 0 && taken.length > 0 && toRetake.length === 0,
  };
}

/** "Ready for Staff Engineer on 3 of 5 signals." (or "Not assessed against Staff Engineer yet (5 signals to check).") */
export function signalsHeadline(r: Readiness, title: string, t: ReadinessTranslate): string {
  const count = r.met.length + r.gaps.length;
  if (!r.assessed) return t('assessment.readiness.notAssessed', { level: title, count });
  if (r.gaps.length === 0) return t('assessment.readiness.allMet', { level: title, count });
  return t('assessment.readiness.someMet', { level: title, met: r.met.length, count });
}

/** "Quiz questions at this level: 7 of 9 fully right (2 of 3 quizzes taken)." */
export function quizHeadline(r: Readiness, t: ReadinessTranslate): string {
  const { correct, total, taken, notTaken } = r.quiz;
  const count = taken.length + notTaken.length;
  if (count === 0) return t('assessment.readiness.noQuiz');
  if (taken.length === 0) return t('assessment.readiness.noQuizTaken', { count });
  if (notTaken.length) return t('assessment.readiness.quizzesSome', { correct, total, taken: taken.length, count });
  return t('assessment.readiness.quizzes', { correct, total });
}
