/**
 * Moves saved data forward to the current shape, one version at a time, through a table of
 * migrations. Migrations only reshape; checking the result is parse.ts's job.
 */
import { PROGRESS_VERSION } from './shape.ts';
import { fromV1 } from './migrate-v1.ts';

/** Plain JSON object, as read back from storage. */
export type JsonObject = Record<string, unknown>;

/** Turns data saved at version N into data of version N + 1. May throw on data it cannot read. */
export type Migration = (data: JsonObject) => JsonObject;

/**
 * Version 0, the early flat layout (no `version` key): `{answers: {"<quiz id>:<question id>": answer}}`.
 * Answers are grouped by quiz with `updatedAt: 0` (unknown, so any dated copy wins an import);
 * a key without `:` cannot be placed in a quiz, so its answer is kept in `orphaned`.
 */
function fromV0(data: JsonObject): JsonObject {
  const quizzes: Record<string, { updatedAt: number; answers: JsonObject; review: JsonObject; attempts: [] }> = {};
  const orphaned: JsonObject[] = [];
  const answers = data.answers as JsonObject;
  for (const [flatKey, answer] of Object.entries(answers)) {
    const cut = flatKey.indexOf(':');
    if (cut < 1) {
      orphaned.push({ quizId: '', questionId: flatKey, reason: 'question-removed', at: 0, answer });
      continue;
    }
    const quizId = flatKey.slice(0, cut);
    const quiz = (quizzes[quizId] ??= { updatedAt: 0, answers: {}, review: {}, attempts: [] });
    quiz.answers[flatKey.slice(cut + 1)] = answer;
  }
  return { version: 1, quizzes, assessments: {}, orphaned };
}

/** Index = the version a migration upgrades FROM. */
export const MIGRATIONS: Readonly<Record<number, Migration>> = { 0: fromV0, 1: fromV1 };

/** Outcome of `migrate`. */
export type MigrationResult =
  | { ok: true; data: JsonObject; from: number }
  | { ok: false; reason: 'future-version' | 'wrong-shape'; detail: string };

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The version of saved data: its `version` key, or 0 for the flat layout (an object with `answers`
 * and no `version`); undefined when it is neither.
 */
export function versionOf(data: unknown): number | undefined {
  if (!isObject(data)) return undefined;
  if (data.version === undefined) return isObject(data.answers) ? 0 : undefined;
  return Number.isInteger(data.version) && (data.version as number) >= 0 ? (data.version as number) : undefined;
}

/**
 * Runs the migrations from the data's version up to `target`. Newer data than `target` is refused
 * as `future-version` (never downgraded); a missing step or a migration that throws is `wrong-shape`.
 */
export function migrate(
  data: unknown,
  migrations: Readonly<Record<number, Migration>> = MIGRATIONS,
  target: number = PROGRESS_VERSION,
): MigrationResult {
  const from = versionOf(data);
  if (from === undefined || !isObject(data)) {
    return { ok: false, reason: 'wrong-shape', detail: 'not a progress object with a version' };
  }
  if (from > target) {
    return { ok: false, reason: 'future-version', detail: `saved by a newer Ladderbook (version ${from}, this one reads up to ${target})` };
  }
  let current = data;
  for (let version = from; version < target; version++) {
    const step = migrations[version];
    if (!step) return { ok: false, reason: 'wrong-shape', detail: `no migration from version ${version}` };
    try {
      current = step(current);
    } catch (error) {
      return { ok: false, reason: 'wrong-shape', detail: `migration from version ${version} failed: ${String(error)}` };
    }
  }
  return { ok: true, data: current, from };
}
