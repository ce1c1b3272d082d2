/**
 * Grades a reader's answers against a quiz's answer key, in the browser and in tests. Scoring is
 * each kind's (`kinds/<kind>/client.ts`, which documents its partial credit); this module adds up
 * questions and levels, with the kinds' code a page loaded (kinds/loaders.ts), so it bundles no kind itself.
 * A question is correct when its score is 1.
 */
import { plural } from '../shared/plural.ts';
import { clientFor, type Clients } from './kinds/loaders.ts';
import type { AnswerBase, ClientKind, KeyEntryBase } from './kinds/kind.ts';
import type {
  Answer,
  AnswerKey,
  AnswerKeyEntry,
  Answers,
  LevelScore,
  QuestionResult,
  QuestionStatus,
  QuizResult,
} from './types.ts';

/** The answer when it is of the kind's own answer type; undefined otherwise (not answered, or a stale type). */
function ownAnswer(client: ClientKind<KeyEntryBase, AnswerBase>, answer: Answer | undefined): AnswerBase | undefined {
  return answer?.type === client.answerType ? answer : undefined;
}

/** Grades one question: its score, whether it is fully right, and its status. */
export function gradeQuestion(entry: AnswerKeyEntry, answer: Answer | undefined, clients: Clients): QuestionResult {
  const client = clientFor(entry, clients);
  const own = ownAnswer(client, answer);
  const score = own ? client.score(entry, own) : 0;
  return { id: entry.id, type: entry.type, level: entry.level, score, correct: score === 1, status: statusOf(client, own, score) };
}

function statusOf(client: ClientKind<KeyEntryBase, AnswerBase>, answer: AnswerBase | undefined, score: number): QuestionStatus {
  if (!answer || !client.answered(answer)) return 'unanswered';
  if (client.awaiting?.(answer)) return 'ungraded';
  if (score === 1) return 'correct';
  return score > 0 ? 'partial' : 'wrong';
}

/** Grades a whole quiz: overall points, fully right questions, and the same per level. */
export function gradeQuiz(key: AnswerKey, answers: Answers, clients: Clients): QuizResult {
  const questions = key.questions.map((entry) =>
    gradeQuestion(entry, Object.hasOwn(answers, entry.id) ? answers[entry.id] : undefined, clients),
  );
  const levels: Record<string, LevelScore> = {};
  for (const result of questions) {
    const level = (levels[result.level] ??= { correct: 0, total: 0, points: 0, max: 0 });
    level.total++;
    level.max++;
    level.points += result.score;
    if (result.correct) level.correct++;
  }
  return {
    quiz: key.quiz,
    score: questions.reduce((sum, result) => sum + result.score, 0),
    max: questions.length,
    correct: questions.filter((result) => result.correct).length,
    ungraded: questions.filter((result) => result.status === 'ungraded').length,
    levels,
    questions,
  };
}

/**
 * `7.5 of 10 points`: points rounded to one decimal, without a trailing `.0`. English only: quiz
 * pages word scores with the catalogue (`quiz.score`); this remains for the progress page's table.
 */
export function formatPoints(points: number, max: number): string {
  const rounded = Math.round(points * 10) / 10;
  return `${rounded} of ${plural(max, 'point')}`;
}
