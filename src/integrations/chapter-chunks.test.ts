import { describe, expect, it } from 'vitest';
import { chapterChunkName } from './chapter-chunks.ts';

describe('chapterChunkName', () => {
  const files = Array.from({ length: 60 }, (_, i) => `content/chapters/p/${String(i + 1).padStart(2, '0')}-c${i + 1}.mdx`);
  const name = chapterChunkName('/repo', files, 25);

  it.each([
    ['/repo/content/chapters/p/01-c1.mdx', 'chapters-0'],
    ['/repo/content/chapters/p/25-c25.mdx', 'chapters-0'],
    ['/repo/content/chapters/p/26-c26.mdx', 'chapters-1'],
    ['/repo/content/chapters/p/60-c60.mdx', 'chapters-2'],
    // Modules Astro derives from a chapter go with it.
    ['/repo/content/chapters/p/26-c26.mdx?astroPropagatedAssets', 'chapters-1'],
    // Everything else stays where Rolldown puts it: components, levels, files outside the list.
    ['/repo/src/components/mdx/Callout.astro', null],
    ['/repo/content/ladder/levels/staff.mdx', null],
    ['/repo/content/chapters/p/61-c61.mdx', null],
  ])('%s → %s', (id, chunk) => {
    expect(name(id)).toBe(chunk);
  });

  it('resolves chapter paths against the project root, as Vite names modules', () => {
    expect(chapterChunkName('/repo/site', ['../content/chapters/p/01-a.mdx'], 25)('/repo/content/chapters/p/01-a.mdx')).toBe('chapters-0');
  });
});
