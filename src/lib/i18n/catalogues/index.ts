/** The catalogues Ladderbook ships, by language subtag. */
import type { Catalogue } from './en/index.ts';
import { ar } from './ar/index.ts';
import { de } from './de/index.ts';
import { en } from './en/index.ts';
import { es } from './es/index.ts';
import { fr } from './fr/index.ts';

export const catalogues: Readonly<Record<string, Catalogue>> = { en, de, fr, es, ar };
