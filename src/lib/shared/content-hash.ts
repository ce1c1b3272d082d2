/**
 * The version of a source text, as translations record it: eight hexadecimal digits of its FNV-1a
 * hash. Any edit of the source changes it, so a translation that records an older one is stale.
 */
import { fnv1a } from '../quiz/shuffle.ts';

export function contentHash(text: string): string {
  return fnv1a(text).toString(16).padStart(8, '0');
}
