/** The MDX components for chapters rendered on the print page (/print/). */
import { mdxComponents } from '../mdx/index.ts';
import PrintLink from './PrintLink.astro';
import PrintQuizNote from './PrintQuizNote.astro';
import PrintTakeaways from './PrintTakeaways.astro';

export const printComponents = { ...mdxComponents, a: PrintLink, Quiz: PrintQuizNote, Takeaways: PrintTakeaways };
