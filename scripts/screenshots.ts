/**
 * Screenshots of built pages at phone and desktop widths, for looking at the site:
 *   node scripts/screenshots.ts [path …]      (default: home, a chapter, search, ladder, a level, a comparison, a quiz)
 * Serves dist/ (run `npm run build` first; HANDBOOK_OUT_DIR and HANDBOOK_BASE pick another build)
 * and writes PNGs to tests/.output/screenshots/. COLOR_SCHEME=dark for the dark theme, FULL=1 for whole pages.
 */
import { mkdirSync } from 'node:fs';
import { launchChromium } from '../tests/browser/chromium.ts';
import { startPreview } from '../tests/browser/preview.ts';
import { outDir } from '../src/integrations/out-dir.ts';

const paths = process.argv.slice(2);
const targets = paths.length
  ? paths
  : ['', 'chapters/mentorship/feedback/', 'search/?q=feedback', 'ladder/', 'ladder/staff/', 'ladder/compare/staff/senior-engineering-manager/', 'quizzes/check-feedback/'];
const base = process.env.HANDBOOK_BASE ?? '/';
const out = 'tests/.output/screenshots';
mkdirSync(out, { recursive: true });
const preview = await startPreview({ HANDBOOK_OUT_DIR: outDir() }, base);
const colorScheme = process.env.COLOR_SCHEME === 'dark' ? 'dark' : 'light';
const browser = await launchChromium();
try {
  for (const width of [360, 1280]) {
    const context = await browser.newContext({ viewport: { width, height: width < 600 ? 740 : 900 }, deviceScaleFactor: 1, colorScheme });
    const page = await context.newPage();
    for (const path of targets) {
      await page.goto(preview.url + path);
      await page.waitForLoadState('networkidle');
      if (path.includes('search/?q=')) await page.waitForSelector('.search-results li', { timeout: 5000 }).catch(() => undefined);
      const name = `${(path.replace(/[/?=]+/g, '_').replace(/^_|_$/g, '') || 'home')}-${width}${colorScheme === 'dark' ? '-dark' : ''}.png`;
      await page.screenshot({ path: `${out}/${name}`, fullPage: process.env.FULL === '1' });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      console.log(`${out}/${name}${overflow > 0 ? `  (scrolls sideways by ${overflow}px)` : ''}`);
    }
    await context.close();
  }
} finally {
  await browser.close();
  await preview.stop();
}
