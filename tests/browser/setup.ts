/**
 * Serves the default handbook and the fork fixture (built by the build tests, or now if missing;
 * the fork fixture is the site whose ladder has an earlier revision) and the quiz-kinds fixture
 * (built now: no build test builds it) on free ports, and hands their URLs to the tests.
 */
import type { TestProject } from 'vitest/node';
import { DEFAULT_SITE, FORK_SITE, KINDS_SITE, ensureSite, siteEnv } from '../support/sites.ts';
import { startPreview } from './preview.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
    kindsSiteUrl: string;
    forkUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  ensureSite(DEFAULT_SITE);
  ensureSite(KINDS_SITE, { force: true });
  ensureSite(FORK_SITE);
  const previews = await Promise.all([DEFAULT_SITE, KINDS_SITE, FORK_SITE].map((site) => startPreview(siteEnv(site), site.base)));
  project.provide('siteUrl', previews[0]!.url);
  project.provide('kindsSiteUrl', previews[1]!.url);
  project.provide('forkUrl', previews[2]!.url);
  return async () => {
    await Promise.all(previews.map((preview) => preview.stop()));
  };
}
