/** Builds the default handbook and the fork fixture afresh before the build tests. */
import { DEFAULT_SITE, FORK_SITE, ensureSite } from '../support/sites.ts';

export default function setup(): void {
  ensureSite(DEFAULT_SITE, { force: true });
  ensureSite(FORK_SITE, { force: true });
}
