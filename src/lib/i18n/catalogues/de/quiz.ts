/** Interface strings of the quiz area, in German (see ../en/index.ts). */
import type { quiz as english } from '../en/quiz.ts';
import type { AreaOf } from '../en/index.ts';

export const quiz: AreaOf<typeof english> = {};
