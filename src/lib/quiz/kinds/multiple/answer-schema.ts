/** The saved `multiple` answer's specification (zod/mini; tests only, see progress/schema.ts). */
import * as z from 'zod/mini';

export const multipleAnswerSchema = z.object({ type: z.literal('multiple'), choices: z.array(z.string()) });
