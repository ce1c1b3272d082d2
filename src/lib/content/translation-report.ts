/**
 * The translation status `npm run check` prints: per language, how many items are translated,
 * stale (the source changed since, or the translation records no version) and missing, with the
 * stale ones named and the command that records the version once a translation matches its source.
 */
import type { Locale } from '../../schemas/locale.ts';
import type { TranslationStatus } from './model.ts';

/** How many missing items are named before "and N more" (all of them with `full`). */
const SHOWN = 8;

export function formatTranslationStatus(status: Readonly<Record<string, TranslationStatus>>, locales: readonly Locale[], full = false): string[] {
  const lines: string[] = [];
  for (const locale of locales.slice(1)) {
    const s = status[locale.code];
    if (!s) continue;
    const total = s.translated.length + s.stale.length + s.missing.length;
    lines.push(`${locale.code} (${locale.label}): ${s.translated.length} of ${total} translated, ${s.stale.length} stale, ${s.missing.length} missing`);
    for (const stale of s.stale) {
      const stamp = `npm run translations -- stamp ${locale.code} ${stale.item}`;
      lines.push(
        stale.recorded
          ? `  stale: ${stale.item} in ${stale.file}: the source changed since version ${stale.recorded}; update the translation, then ${stamp}`
          : `  unconfirmed: ${stale.item} in ${stale.file} records no source version; once it is checked against the source, ${stamp}`,
      );
    }
    if (s.missing.length) {
      const named = full ? s.missing : s.missing.slice(0, SHOWN);
      const more = s.missing.length - named.length;
      lines.push(`  missing: ${named.join(', ')}${more ? `, and ${more} more (npm run check -- --translations lists them all)` : ''}`);
    }
  }
  return lines;
}
