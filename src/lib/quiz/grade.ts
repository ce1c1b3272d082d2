/**
 * Grades a reader's answers against a quiz's answer key, in the browser and in tests.
 * Imports only types and the kinds' grade functions, so no validation code or zod is bundled.
 *
 * Partial credit (each question is worth 1 point):
 * - single: 1 for the correct choice, else 0;
 * - multiple: with k correct choices, +1/k per correct choice ticked, −1/k per wrong one, floored at 0;
 * - order: (L − 1) / (n − 1), L = longest run of items in correct relative order; reversed = 0;
 * - open / scenario / design: ticked rubric points / all points, once the model answer was
 *   revealed; before that 0 and "not graded yet" (status `ungraded`).
 * A question is correct when its score is 1.
 */
import { gradeMultiple } from './kinds/multiple.grade.ts';
import { gradeOrder } from './kinds/order.grade.ts';
import { gradeSelfGraded, isAwaitingSelfGrade } from './kinds/self-graded.grade.ts';
import { gradeSingle } from './kinds/single.grade.ts';
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

/** Score in [0, 1] of one answer (undefined = not answered) against its key entry. */
export function scoreAnswer(entry: AnswerKeyEntry, answer: Answer | undefined): number {
  switch (entry.type) {
    case 'single':
      return gradeSingle(entry, answer);
    case 'multiple':
      return gradeMultiple(entry, answer);
    case 'order':
      return gradeOrder(entry, answer);
    default:
      return gradeSelfGraded(entry, answer);
  }
}

/** Grades one question: its score, whether it is fully right, and its status. */
export function gradeQuestion(entry: AnswerKeyEntry, answer: Answer | undefined): QuestionResult {
  const score = scoreAnswer(entry, answer);
  return {
    id: entry.id,
    type: entry.type,
    level: entry.level,
    score,
    correct: score === 1,
    status: statusOf(entry, answer, score),
  };
}

function statusOf(entry: AnswerKeyEntry, answer: Answer | undefined, score: number): QuestionStatus {
  if (!isAnswered(answer)) return 'unanswered';
  const selfGraded = entry.type !== 'single' && entry.type !== 'multiple' && entry.type !== 'order';
  if (selfGraded && isAwaitingSelfGrade(answer)) return 'ungraded';
  if (score === 1) return 'correct';
  return score > 0 ? 'partial' : 'wrong';
}

/** Whether the reader gave an answer at all (a choice, a tick, an order, some text or a reveal). */
export function isAnswered(answer: Answer | undefined): answer is Answer {
  switch (answer?.type) {
    case undefined:
      return false;
    case 'single':
      return answer.choice !== '';
    case 'multiple':
      return answer.choices.length > 0;
    case 'order':
      return answer.order.length > 0;
    case 'self':
      return answer.revealed || answer.text.trim() !== '';
  }
}

/** Grades a whole quiz: overall points, fully right questions, and the same per level. */
export function gradeQuiz(key: AnswerKey, answers: Answers): QuizResult {
  const questions = key.questions.map((entry) =>
    gradeQuestion(entry, Object.hasOwn(answers, entry.id) ? answers[entry.id] : undefined),
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

/** `Staff questions: 3 of 4` (fully right questions of all for that level). */
export function formatLevelScore(levelName: string, score: LevelScore): string {
  return `${levelName} questions: ${score.correct} of ${score.total}`;
}

/** `7.5 of 10 points`: points rounded to one decimal, without a trailing `.0`. */
export function formatPoints(points: number, max: number): string {
  const rounded = Math.round(points * 10) / 10;
  return `${rounded} of ${max} point${max === 1 ? '' : 's'}`;
}
