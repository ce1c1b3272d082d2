/** The saved `order` answer's specification (zod/mini; tests only, see progress/schema.ts). */
import * as z from 'zod/mini';

export const orderAnswerSchema = z.object({ type: z.literal('order'), order: z.array(z.string()) });
