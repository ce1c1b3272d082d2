/**
 * Builds the default handbook and the fork fixture afresh before the build tests.
 * LADDERBOOK_SITES=default (comma-separated) builds only those, e.g. while working on one file.
 */
import { DEFAULT_SITE, FORK_SITE, ensureSite } from '../support/sites.ts';

export default function setup(): void {
  const only = process.env.LADDERBOOK_SITES?.split(',');
  for (const site of [DEFAULT_SITE, FORK_SITE]) {
    if (!only || only.includes(site.name)) ensureSite(site, { force: true });
  }
}
