import { z } from 'zod';
import { idSchema } from './ids.ts';

/** One way of spending the working week, in `content/ladder/activities.yaml` (list order = display order). */
export const activitySchema = z.strictObject({
  /** Stable id levels use as a key of their `week` mapping (`coding`, `cross-team`). */
  id: idSchema,
  /** Display name ("Design and strategy docs"). */
  name: z.string().min(1),
});

export type ActivityData = z.output<typeof activitySchema>;
