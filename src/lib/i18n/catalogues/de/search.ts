/** Interface strings of the search area, in German (see ../en/index.ts). */
import type { search as english } from '../en/search.ts';
import type { AreaOf } from '../en/index.ts';

export const search: AreaOf<typeof english> = {};
