// Wiring only: the handbook's identity comes from handbook.config.ts, behaviour from src/integrations.
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { loadHandbookConfig } from './src/integrations/handbook-config.ts';
import { handbook } from './src/integrations/handbook.ts';
import { outDir } from './src/integrations/out-dir.ts';
import { themeScriptHash } from './src/integrations/theme-script.ts';
import { markdownProcessor } from './src/integrations/markdown-processor.ts';
import { sitemapFilter, sitemapLanguages } from './src/lib/social/sitemap.ts';
import { fallbackPaths } from './src/integrations/dev-search-pages.ts';

const config = await loadHandbookConfig();
// content.config.ts reads the content folder from here (it cannot import this file's locals).
process.env.HANDBOOK_CONTENT_PATH = config.contentPath;
// Pages of other languages still shown in the default one: the sitemap lists their canonical page instead.
const fallback = new Set((await fallbackPaths(config)).map((path) => path.slice(1)));

export default defineConfig({
  site: config.site,
  base: config.base,
  publicDir: config.publicPath,
  trailingSlash: 'always',
  outDir: outDir(),
  // 'jsx' (Astro 7's default) drops the spaces between inline elements on separate lines.
  compressHTML: true,
  // Component styles go to cached CSS files instead of into every page's HTML. Four pages render
  // at once, so one page's file writes overlap with the next one's rendering (1,000 chapters on
  // two cores: rendering 5.3 → 4.2 s).
  build: { inlineStylesheets: 'never', concurrency: 4 },
  // optimize: MDX pages compile to static HTML where they can (measured: 32 → 29.5 s and 2.6 →
  // 2.3 GB at 1,000 chapters); links stay elements so every <a> still goes through ContentLink.
  // The sitemap (sitemap-index.xml at the base) lists the public pages; see src/lib/social/sitemap.ts.
  integrations: [
    mdx({ optimize: { ignoreElementNames: ['a'] } }),
    sitemap({
      filter: sitemapFilter(config.site, config.base, config.locales.slice(1).map((l) => l.code), fallback),
      i18n: sitemapLanguages(config.locales),
    }),
    handbook(config),
  ],
  // Shiki writes inline styles that a strict CSP blocks; Prism uses classes.
  // The processor is Sätteri unless HANDBOOK_MARKDOWN=unified (npm run bench compares both).
  markdown: { syntaxHighlight: 'prism', ...(await markdownProcessor()) },
  // The inline theme script is not hashed by Astro (is:inline), so its hash is added here.
  security: { csp: { scriptDirective: { hashes: [themeScriptHash()] } } },
  devToolbar: { enabled: false },
});
