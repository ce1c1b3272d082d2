/** The CSP hash of the inline theme script (lib/shared/theme.ts), which Astro does not hash itself. */
import { createHash } from 'node:crypto';
import { THEME_SCRIPT } from '../lib/shared/theme.ts';

/** The CSP source for THEME_SCRIPT. */
export function themeScriptHash(): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(THEME_SCRIPT).digest('base64')}`;
}
