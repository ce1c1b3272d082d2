/**
 * Validates the handbook configuration and applies environment overrides, so a deploy job or a
 * benchmark can point the same code at another site, base path or content folder.
 */
import { handbookConfigSchema, type HandbookConfig } from '../../schemas/handbook-config.ts';
import { formatProblem, zodProblems } from '../errors.ts';
import { SOCIAL_IMAGE_KINDS, type SocialImageSwitches } from '../social/share.ts';

export interface ConfigEnv {
  HANDBOOK_SITE?: string | undefined;
  HANDBOOK_BASE?: string | undefined;
  HANDBOOK_CONTENT_DIR?: string | undefined;
  /** Which kinds of page get their own social image: `all`, `none`, or a list such as `levels,quizzes`. */
  HANDBOOK_SOCIAL_IMAGES?: string | undefined;
}

/** Adds the leading and trailing slash people forget: `acme` → `/acme/`. */
export function normaliseBase(base: string): string {
  const trimmed = base.trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/**
 * `HANDBOOK_SOCIAL_IMAGES`: `all`, `none`, or the kinds to switch on, comma-separated (the others
 * go off). Throws on a kind it does not know, naming the ones it does.
 */
export function parseSocialImages(value: string): SocialImageSwitches {
  const words = value.split(',').map((w) => w.trim()).filter(Boolean);
  const on = words.length === 1 && words[0] === 'all' ? [...SOCIAL_IMAGE_KINDS] : words.length === 1 && words[0] === 'none' ? [] : words;
  const unknown = on.filter((w) => !(SOCIAL_IMAGE_KINDS as readonly string[]).includes(w));
  if (unknown.length || !words.length) {
    throw new Error(`HANDBOOK_SOCIAL_IMAGES: expected "all", "none" or some of ${SOCIAL_IMAGE_KINDS.join(', ')} separated by commas, got "${value}"`);
  }
  return Object.fromEntries(SOCIAL_IMAGE_KINDS.map((kind) => [kind, on.includes(kind)])) as SocialImageSwitches;
}

/** Returns the validated config, or throws one error listing every problem with a hint. */
export function resolveConfig(raw: unknown, env: ConfigEnv, file = 'handbook.config.ts'): HandbookConfig {
  const merged = { ...(raw as Record<string, unknown>) };
  if (env.HANDBOOK_SITE) merged.site = env.HANDBOOK_SITE;
  if (env.HANDBOOK_BASE) merged.base = normaliseBase(env.HANDBOOK_BASE);
  if (env.HANDBOOK_CONTENT_DIR) merged.contentDir = env.HANDBOOK_CONTENT_DIR;
  if (env.HANDBOOK_SOCIAL_IMAGES) merged.socialImages = parseSocialImages(env.HANDBOOK_SOCIAL_IMAGES);
  const parsed = handbookConfigSchema.safeParse(merged, { reportInput: true });
  if (!parsed.success) {
    const lines = zodProblems(file, parsed.error, [], handbookConfigSchema).map(formatProblem);
    throw new Error(`Invalid handbook configuration:\n${lines.join('\n')}`);
  }
  return parsed.data;
}
