/**
 * The browser's interface strings as modules, one per configured locale and group
 * (`virtual:ladderbook/strings/<code>/<group>`), each that language's shipped catalogue with the
 * organisation's overrides; `virtual:ladderbook/strings` maps them to loaders, so a page fetches only
 * its own language's strings of the groups its scripts use.
 */
import type { Plugin } from 'vite';
import type { LoadedConfig } from './handbook-config.ts';
import { BROWSER_GROUPS, groupOf, type BrowserGroup } from '../lib/i18n/browser.ts';
import { catalogueFor } from '../lib/i18n/catalogue-for.ts';
import type { ContentModel } from '../lib/content/model.ts';

const ID = 'virtual:ladderbook/strings';

export function stringsModule(config: LoadedConfig, model: () => ContentModel): Plugin {
  return {
    name: 'ladderbook:strings',
    resolveId: (id) => (id === ID || id.startsWith(`${ID}/`) ? `\0${id}` : undefined),
    load(id) {
      if (id === `\0${ID}`) {
        const entries = config.locales.map(
          (locale) => `${JSON.stringify(locale.code)}: {${BROWSER_GROUPS.map((group) => `${group}: () => import(${JSON.stringify(`${ID}/${locale.code}/${group}`)}).then((m) => m.default)`).join(', ')}}`,
        );
        return `export const load = {${entries.join(', ')}};`;
      }
      if (!id.startsWith(`\0${ID}/`)) return undefined;
      const [code, group] = id.slice(`\0${ID}/`.length).split('/') as [string, BrowserGroup];
      const locale = config.locales.find((l) => l.code === code);
      if (!locale || !BROWSER_GROUPS.includes(group)) return undefined;
      const messages = groupOf(catalogueFor(locale, model().strings[code]), group);
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(messages))});`;
    },
  };
}
