/**
 * Picks the Markdown processor that renders chapters, levels and quiz text.
 *
 * The default is Astro 7's built-in one, Sätteri (Rust; GFM and smart punctuation built in), chosen
 * because it builds the same content faster: `npm run bench` builds the synthetic corpus with both
 * and reports the figures (see the README's performance section). `HANDBOOK_MARKDOWN=unified`
 * switches to the remark/rehype pipeline with remark-gfm, for forks that need remark or rehype
 * plugins; those two packages are devDependencies, so they are imported only when asked for.
 */
import type { AstroUserConfig } from 'astro';

type MarkdownConfig = NonNullable<AstroUserConfig['markdown']>;

/** The processors a build can use; `HANDBOOK_MARKDOWN` names one. */
export const MARKDOWN_PROCESSORS = ['satteri', 'unified'] as const;
export type MarkdownProcessorName = (typeof MARKDOWN_PROCESSORS)[number];

/** Reads `HANDBOOK_MARKDOWN` (unset or empty = `satteri`); an unknown name is an error, not a silent default. */
export function markdownProcessorName(env: NodeJS.ProcessEnv = process.env): MarkdownProcessorName {
  const name = env.HANDBOOK_MARKDOWN?.trim() || 'satteri';
  if ((MARKDOWN_PROCESSORS as readonly string[]).includes(name)) return name as MarkdownProcessorName;
  throw new Error(`HANDBOOK_MARKDOWN=${name}: expected one of ${MARKDOWN_PROCESSORS.join(', ')}.`);
}

/**
 * The `markdown` options that select the processor, to spread into astro.config's `markdown`.
 * Sätteri returns no options: it is Astro's default, so the config stays as Astro documents it.
 */
export async function markdownProcessor(env: NodeJS.ProcessEnv = process.env): Promise<Pick<MarkdownConfig, 'processor'>> {
  if (markdownProcessorName(env) === 'satteri') return {};
  const [{ unified }, { default: remarkGfm }] = await Promise.all([import('@astrojs/markdown-remark'), import('remark-gfm')]);
  return { processor: unified({ remarkPlugins: [remarkGfm] }) };
}
