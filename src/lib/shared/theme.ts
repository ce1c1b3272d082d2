/** Where the reader's colour theme choice is kept (shared by the inline head script and page.ts). */
export const THEME_KEY = 'ladderbook:theme';
