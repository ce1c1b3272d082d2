/**
 * The components a frozen narrative renders with on an earlier revision's page: the authors'
 * presentational components as they are, links through ArchivedLink, and the components that show
 * the current handbook (Quiz, WeekTable) left out.
 */
import { mdxComponents } from '../mdx/index.ts';
import ArchivedLink from './ArchivedLink.astro';
import Omitted from './Omitted.astro';

export const archivedMdxComponents = { ...mdxComponents, Quiz: Omitted, WeekTable: Omitted, a: ArchivedLink };
