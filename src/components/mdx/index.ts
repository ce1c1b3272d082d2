/** The components chapter and level authors may use without importing them. */
import Callout from './Callout.astro';
import CaseStudy from './CaseStudy.astro';
import ContentLink from './ContentLink.astro';
import Figure from './Figure.astro';
import PullQuote from './PullQuote.astro';
import Quiz from './Quiz.astro';
import Takeaways from './Takeaways.astro';
import WeekTable from './WeekTable.astro';

export const mdxComponents = { Callout, CaseStudy, Figure, PullQuote, Quiz, Takeaways, WeekTable, a: ContentLink };
