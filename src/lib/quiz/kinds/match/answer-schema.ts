/** The saved `match` answer's specification (zod/mini; tests only, see progress/schema.ts). */
import * as z from 'zod/mini';

export const matchAnswerSchema = z.object({ type: z.literal('match'), pairs: z.record(z.string(), z.string()) });
