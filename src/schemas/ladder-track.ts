import { z } from 'zod';
import { idSchema } from './ids.ts';

/** One career track in `content/ladder/tracks.yaml` (the list order is the display order). */
export const trackSchema = z.strictObject({
  /** Stable id levels refer to in their `track` key (`ic`, `management`, `architect`). */
  id: idSchema,
  /** Display name ("Individual contributor"). */
  name: z.string().min(1),
  /** A few sentences on who the track is for, shown above its levels. */
  summary: z.string().min(1),
});

export type TrackData = z.output<typeof trackSchema>;
