/** Interface strings of the quiz area, in English (see index.ts). */
export const quiz = {} as const;
