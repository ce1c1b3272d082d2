/**
 * The components chapter and level authors may use without importing them: one for every entry of
 * src/schemas/mdx-components.ts (which the content check validates uses against), plus links.
 */
import type { MdxComponentName } from '../../schemas/mdx-components.ts';
import Callout from './Callout.astro';
import CaseStudy from './CaseStudy.astro';
import ContentLink from './ContentLink.astro';
import Figure from './Figure.astro';
import PullQuote from './PullQuote.astro';
import Quiz from './Quiz.astro';
import Takeaways from './Takeaways.astro';
import WeekTable from './WeekTable.astro';

const authorComponents = { Callout, CaseStudy, Figure, PullQuote, Quiz, Takeaways, WeekTable } satisfies Record<MdxComponentName, unknown>;

export const mdxComponents = { ...authorComponents, a: ContentLink };
