import { z } from 'zod';

/** A stable, URL-safe id: lowercase words joined by hyphens (`staff`, `design-doc-adopted`). */
export const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a lowercase id with hyphens, like "design-doc-adopted"');

/** A link target by content id: `chapter:<part>/<slug>`, `level:<id>`, `quiz:<id>`, `part:<id>`, optionally `#anchor`. */
export const contentRefSchema = z
  .string()
  .regex(
    /^(chapter|level|quiz|part):[a-z0-9][a-z0-9/-]*(#[a-z0-9_-]+)?$/,
    'expected a content id such as "chapter:mentorship/feedback", "level:staff", "quiz:level-staff" or "part:mentorship"',
  );
