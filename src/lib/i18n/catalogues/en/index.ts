/**
 * The interface strings in English, the default catalogue: every other language's catalogue must
 * have every key here (the compiler checks it) with the same placeholders and the plural forms its
 * language needs (catalogues.test.ts checks those). The strings are split by area, one file each;
 * keys are grouped by where they are shown, and the `quiz.`, `review.`, `progress.`, `search.`,
 * `assessment.` and `common.` strings are also sent to the browser (see src/lib/i18n/browser.ts).
 */
import type { Message } from '../../message.ts';
import { ladder } from './ladder.ts';
import { progress } from './progress.ts';
import { quiz } from './quiz.ts';
import { search } from './search.ts';
import { shell } from './shell.ts';

export const en = { ...shell, ...ladder, ...quiz, ...progress, ...search } as const;

/** The keys every catalogue has, each a text or a set of plural forms. */
export type Catalogue = { readonly [K in keyof typeof en]: Message };
/** The default catalogue's own type, whose literal texts give each message its parameters. */
export type En = typeof en;
/** One area's strings in another language: the same keys as the English area `A`. */
export type AreaOf<A> = { readonly [K in keyof A]: Message };
