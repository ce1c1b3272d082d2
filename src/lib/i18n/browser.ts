/**
 * The interface strings the reader's browser needs, in groups, so a page loads only its own
 * language's strings of the groups its scripts use: a quiz page the quiz group, the search dialog
 * the search group. A group is every key that starts with its name and a dot; `common.` keys come
 * with every group.
 */
import type { Catalogue, En } from './catalogues/en/index.ts';
import type { Message } from './message.ts';

export const BROWSER_GROUPS = ['quiz', 'review', 'progress', 'search', 'assessment'] as const;
export type BrowserGroup = (typeof BROWSER_GROUPS)[number];

/** The keys a group sends to the browser. */
export type GroupKey<G extends BrowserGroup> = Extract<keyof En, `${G}.${string}` | `common.${string}`>;

/** The strings of one group, as the browser receives them. */
export type GroupStrings<G extends BrowserGroup> = { readonly [K in GroupKey<G>]: Message };

/** A group's strings out of a whole catalogue. */
export function groupOf<G extends BrowserGroup>(messages: Catalogue, group: G): GroupStrings<G> {
  return Object.fromEntries(Object.entries(messages).filter(([key]) => key.startsWith(`${group}.`) || key.startsWith('common.'))) as GroupStrings<G>;
}
