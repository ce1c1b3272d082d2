/**
 * One Chromium per test file, a fresh context (empty storage) per test, and axe.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { launchChromium } from './chromium.ts';

export const PHONE = { width: 360, height: 740 };
export const DESKTOP = { width: 1280, height: 900 };

/** A browser for one test file, opening pages of the default handbook or of another site the setup serves. */
export function useBrowser(site: 'siteUrl' | 'kindsSiteUrl' | 'forkUrl' = 'siteUrl') {
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await Promise.all(contexts.map((c) => c.close().catch(() => undefined)));
    await browser?.close();
  });
  const siteUrl = inject(site);
  return {
    siteUrl,
    /** A page in a new, empty browser context; `path` is relative to the site's base URL. */
    async open(path = '', options: BrowserContextOptions = {}): Promise<Page> {
      const context = await browser!.newContext({ viewport: DESKTOP, ...options });
      contexts.push(context);
      return openIn(context, siteUrl + path);
    },
    async newContext(options: BrowserContextOptions = {}): Promise<BrowserContext> {
      const context = await browser!.newContext({ viewport: DESKTOP, ...options });
      contexts.push(context);
      return context;
    },
  };
}

/** A new page in `context` at `url`, collecting the errors it throws or logs (see pageErrors). */
export async function openIn(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  (page as Page & { errors: string[] }).errors = errors;
  await page.goto(url);
  return page;
}

/** Errors the page threw or logged (CSP violations show up here too). */
export function pageErrors(page: Page): string[] {
  return (page as Page & { errors?: string[] }).errors ?? [];
}

/** WCAG 2 A and AA violations, as "rule: target" lines (empty when clean). */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  return results.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} — ${n.failureSummary?.split('\n')[1] ?? ''}`));
}

/** How far the page scrolls sideways (0 = it fits). */
export function sidewaysScroll(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}
