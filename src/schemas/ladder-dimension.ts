import { z } from 'zod';
import { idSchema } from './ids.ts';

/** One step of a dimension: written once here, named by levels through its id. */
export const stepSchema = z.strictObject({
  /** Stable id levels write under `steps` (`multi-team`); unique within its dimension. */
  id: idSchema,
  /** Short display label ("Several teams"). */
  label: z.string().min(1),
  /** One or two sentences on what work at this step looks like. */
  description: z.string().min(1),
});

/** One dimension of growth in `content/ladder/dimensions.yaml` (list order = display order). */
export const dimensionSchema = z.strictObject({
  /** Stable id levels use as a key of their `steps` mapping (`scope`, `horizon`). */
  id: idSchema,
  /** Display name ("Time horizon"). */
  name: z.string().min(1),
  /** The question the dimension answers ("How far does the work reach?"). */
  question: z.string().min(1),
  /** The steps, ordered from lowest to highest; a level's position is its step's index. */
  steps: z.array(stepSchema).min(2),
});

export type StepData = z.output<typeof stepSchema>;
export type DimensionData = z.output<typeof dimensionSchema>;
