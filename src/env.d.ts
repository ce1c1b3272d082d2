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
