/** Interface strings of the progress area, in English (see index.ts). */
export const progress = {} as const;
