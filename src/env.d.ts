declare module 'virtual:ladderbook/config' {
  const config: import('./integrations/handbook-config.ts').LoadedConfig;
  export default config;
}

declare module 'virtual:ladderbook/content' {
  const model: import('./lib/content/model.ts').ContentModel;
  export default model;
}

declare namespace App {
  interface Locals {
    /**
     * Set by an earlier revision's level page (src/pages/ladder/[revision]/[id].astro) before it
     * renders the frozen narrative, so the links in it lead to that revision's pages.
     */
    ladderRevision?: string;
  }
}

declare module 'virtual:ladderbook/strings' {
  /** Per locale code, per group of browser strings: a loader of that language's strings. */
  export const load: Record<string, Record<import('./lib/i18n/browser.ts').BrowserGroup, () => Promise<Record<string, import('./lib/i18n/message.ts').Message>>>>;
}
