/**
 * How <lb-quiz> asks page.ts to grade it (see quiz.ts › check). Types only: a shared constant
 * would become a chunk of its own that every page loads, so both sides write the event name and
 * the compiler holds them to this type.
 */
import type { Clients } from '../lib/quiz/kinds/loaders.ts';
import type { Answer, AnswerKey } from '../lib/quiz/types.ts';

export type CheckEventName = 'lb-quiz-check';

/** The answer key a quiz page embeds, with display names of the levels it targets. */
export type QuizKeyWithLevels = AnswerKey & { levels: Record<string, string> };

export interface CheckRequest {
  key: QuizKeyWithLevels;
  /** The reader's answers by question id, as the form holds them. */
  answers: Record<string, Answer>;
  /** The code of the quiz's question kinds, already loaded by <lb-quiz>. */
  clients: Clients;
}
