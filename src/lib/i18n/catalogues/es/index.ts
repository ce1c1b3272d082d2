/** The interface strings in Spanish, area by area; each area has exactly the English area's keys. */
import type { Catalogue } from '../en/index.ts';
import { ladder } from './ladder.ts';
import { progress } from './progress.ts';
import { quiz } from './quiz.ts';
import { search } from './search.ts';
import { shell } from './shell.ts';

export const es: Catalogue = { ...shell, ...ladder, ...quiz, ...progress, ...search };
