/** Where the reader's colour theme choice is kept (shared by the inline head script and page.ts). */
export const THEME_KEY = 'ladderbook:theme';

/**
 * The one inline script: it runs in <head> before first paint and applies the reader's saved
 * colour theme, so the wrong theme never flashes. Astro's CSP does not hash `is:inline` scripts,
 * so the build adds this text's hash to script-src itself (src/integrations/theme-script.ts).
 */
export const THEME_SCRIPT = `try{var t=localStorage.getItem('${THEME_KEY}');if(t==='light'||t==='dark')document.documentElement.dataset.theme=t}catch(e){}`;
