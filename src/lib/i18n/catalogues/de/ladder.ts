/** Interface strings of the ladder area, in German (see ../en/index.ts). */
import type { ladder as english } from '../en/ladder.ts';
import type { AreaOf } from '../en/index.ts';

export const ladder: AreaOf<typeof english> = {};
