/**
 * The one inline script: it runs in <head> before first paint and applies the reader's saved
 * colour theme, so the wrong theme never flashes. Astro's CSP does not hash `is:inline`
 * scripts, so astro.config.mjs adds this text's hash to script-src itself.
 */
import { createHash } from 'node:crypto';
import { THEME_KEY } from '../lib/shared/theme.ts';

export const THEME_SCRIPT = `try{var t=localStorage.getItem('${THEME_KEY}');if(t==='light'||t==='dark')document.documentElement.dataset.theme=t}catch(e){}`;

/** The CSP source for THEME_SCRIPT. */
export function themeScriptHash(): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(THEME_SCRIPT).digest('base64')}`;
}
