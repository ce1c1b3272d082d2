/** The catalogues Ladderbook ships, by language subtag. */
import type { Catalogue } from './en/index.ts';
import { de } from './de/index.ts';
import { en } from './en/index.ts';

export const catalogues: Readonly<Record<string, Catalogue>> = { en, de };
