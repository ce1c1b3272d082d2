/**
 * JSON Schemas generated from the zod schemas, so editors and other tools see exactly what the
 * build accepts: quiz files reference public/schemas/quiz.schema.json for autocomplete while
 * authors type; the built site publishes ladder.schema.json next to ladder.json.
 */
import { z } from 'zod';
import { quizSchema } from './quiz.ts';
import { ladderExportSchema } from './ladder-export.ts';
import { ladderChangesExportSchema, revisionExportSchema } from './ladder-changes-export.ts';

/** What an author may write in content/quizzes/<id>.yaml (defaults are optional). */
export function quizJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(quizSchema, { io: 'input' }),
    title: 'Ladderbook quiz file',
    description: 'content/quizzes/<id>.yaml — the file name is the quiz id. See the README for every question type.',
  };
}

/** The published ladder.json: the ladder export, who publishes it, and a pointer to this schema. */
export const publishedLadderSchema = ladderExportSchema.extend({
  /** `./ladder.schema.json`, so editors and validators find the schema. */
  $schema: z.string(),
  /** The organisation from handbook.config.ts. */
  organisation: z.string(),
  /** The revision of the ladder this file describes, or null when the ladder names none (see ladder-changes.json). */
  revision: revisionExportSchema.nullable(),
});

export function ladderJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(publishedLadderSchema, { io: 'output' }),
    title: 'Ladderbook ladder export',
  };
}

/** The published ladder-changes.json: every revision and what changed in it, who publishes it, and a pointer to this schema. */
export const publishedLadderChangesSchema = ladderChangesExportSchema.extend({
  /** `./ladder-changes.schema.json`. */
  $schema: z.string(),
  /** The organisation from handbook.config.ts. */
  organisation: z.string(),
});

export function ladderChangesJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(publishedLadderChangesSchema, { io: 'output' }),
    title: 'Ladderbook ladder changes',
  };
}
