/** The saved self-graded answer's specification (zod/mini; tests only, see progress/schema.ts). */
import * as z from 'zod/mini';

export const selfAnswerSchema = z.object({ type: z.literal('self'), text: z.string(), ticked: z.array(z.string()), revealed: z.boolean() });
