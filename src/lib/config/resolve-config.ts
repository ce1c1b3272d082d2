/**
 * Validates the handbook configuration and applies environment overrides, so a deploy job or a
 * benchmark can point the same code at another site, base path or content folder.
 */
import { handbookConfigSchema, type HandbookConfig } from '../../schemas/handbook-config.ts';
import { formatProblem, zodProblems } from '../errors.ts';

export interface ConfigEnv {
  HANDBOOK_SITE?: string | undefined;
  HANDBOOK_BASE?: string | undefined;
  HANDBOOK_CONTENT_DIR?: string | undefined;
}

/** Adds the leading and trailing slash people forget: `acme` → `/acme/`. */
export function normaliseBase(base: string): string {
  const trimmed = base.trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/** Returns the validated config, or throws one error listing every problem with a hint. */
export function resolveConfig(raw: unknown, env: ConfigEnv, file = 'handbook.config.ts'): HandbookConfig {
  const merged = { ...(raw as Record<string, unknown>) };
  if (env.HANDBOOK_SITE) merged.site = env.HANDBOOK_SITE;
  if (env.HANDBOOK_BASE) merged.base = normaliseBase(env.HANDBOOK_BASE);
  if (env.HANDBOOK_CONTENT_DIR) merged.contentDir = env.HANDBOOK_CONTENT_DIR;
  const parsed = handbookConfigSchema.safeParse(merged, { reportInput: true });
  if (!parsed.success) {
    const lines = zodProblems(file, parsed.error, [], handbookConfigSchema).map(formatProblem);
    throw new Error(`Invalid handbook configuration:\n${lines.join('\n')}`);
  }
  return parsed.data;
}
