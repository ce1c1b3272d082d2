/**
 * Serves the default handbook (built by the build tests, or now if missing) with
 * `astro preview` on a free port, and hands its URL to the browser tests.
 */
import type { TestProject } from 'vitest/node';
import { DEFAULT_SITE, ensureSite, siteEnv } from '../support/sites.ts';
import { startPreview } from './preview.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  ensureSite(DEFAULT_SITE);
  const preview = await startPreview(siteEnv(DEFAULT_SITE), DEFAULT_SITE.base);
  project.provide('siteUrl', preview.url);
  return () => preview.stop();
}
