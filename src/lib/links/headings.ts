/**
 * Heading anchors exactly as the Markdown processor will generate them (GitHub's slugger:
 * lowercase, punctuation dropped, spaces to hyphens, repeats numbered `-1`, `-2`).
 */
import GithubSlugger from 'github-slugger';

/** The anchors of a page's headings, in order, given their plain texts. */
export function headingSlugs(texts: readonly string[]): string[] {
  const slugger = new GithubSlugger();
  return texts.map((t) => slugger.slug(t));
}
