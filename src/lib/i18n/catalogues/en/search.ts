/** Interface strings of the search area, in English (see index.ts). */
export const search = {} as const;
