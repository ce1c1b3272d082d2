import { z } from 'zod';
import { idSchema } from './ids.ts';

/** A part groups chapters; parts.yaml lists them in reading order. */
export const partSchema = z.strictObject({
  /** The folder name under chapters/ and the id used in `part:<id>` links. */
  id: idSchema,
  /** Shown in the navigation and on the home page. */
  title: z.string().min(1),
  /** One or two sentences on what the part covers. */
  summary: z.string().min(1),
});

export type PartData = z.output<typeof partSchema>;
