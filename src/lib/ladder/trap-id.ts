/**
 * A trap's identity across revisions. Signals carry ids because readers' self-assessments refer to
 * them; traps had only a title and text. Rather than ask every ladder to add ids, a trap's id
 * defaults to its title as a slug, so rewording the text is seen as a rewording, and an author who
 * retitles a trap writes `id:` with the old slug to keep it the same trap.
 */
import type { TrapData } from '../../schemas/ladder.ts';

/** `The "hero" coder` → `the-hero-coder`: lowercase ASCII letters and digits, joined by hyphens. */
export function slugOfTitle(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The trap's written id, else its title as a slug. */
export function trapId(trap: Pick<TrapData, 'id' | 'title'>): string {
  return trap.id ?? slugOfTitle(trap.title);
}
