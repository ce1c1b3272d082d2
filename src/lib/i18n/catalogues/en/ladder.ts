/** Interface strings of the ladder area, in English (see index.ts). */
export const ladder = {} as const;
