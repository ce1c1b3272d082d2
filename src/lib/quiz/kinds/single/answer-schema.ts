/** The saved `single` answer's specification (zod/mini; tests only, see progress/schema.ts). */
import * as z from 'zod/mini';

export const singleAnswerSchema = z.object({ type: z.literal('single'), choice: z.string() });
