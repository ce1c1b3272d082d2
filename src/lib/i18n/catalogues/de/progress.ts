/** Interface strings of the progress area, in German (see ../en/index.ts). */
import type { progress as english } from '../en/progress.ts';
import type { AreaOf } from '../en/index.ts';

export const progress: AreaOf<typeof english> = {};
