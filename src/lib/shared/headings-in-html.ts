/**
 * The table of contents of a page, read off its rendered content: every h2 and h3 that has an id,
 * in order, so the list always matches the sections a page actually shows (whatever an MDX body,
 * a component or a switched-off feature adds or leaves out). Generated headings that are not
 * sections (the footnotes heading) are left out.
 */

export interface HtmlHeading {
  depth: 2 | 3;
  slug: string;
  /** The heading's text as HTML: tags removed, entities kept (render it with set:html). */
  html: string;
}

const HEADING = /<h([23])\b[^>]*?\sid="([^"]+)"[^>]*>([\s\S]*?)<\/h\1>/g;
const NOT_SECTIONS = new Set(['footnote-label']);

export function headingsInHtml(html: string): HtmlHeading[] {
  return [...html.matchAll(HEADING)]
    .filter(([, , slug]) => !NOT_SECTIONS.has(slug!))
    .map(([, depth, slug, inner]) => ({ depth: Number(depth) as 2 | 3, slug: slug!, html: inner!.replace(/<[^>]*>/g, '').trim() }));
}
