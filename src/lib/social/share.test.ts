import { describe, expect, it } from 'vitest';
import { absoluteUrl, shareTags, socialImagePath, type CardWords, type ShareInput, type SharedPage, type SocialImageSwitches } from './share.ts';

const ALL_ON: SocialImageSwitches = { levels: true, chapters: true, quizzes: true };
const staff: SharedPage = { kind: 'level', id: 'staff', title: 'Staff Engineer', code: 'L6', track: 'Individual contributor' };
const feedback: SharedPage = { kind: 'chapter', id: 'mentorship/feedback', title: 'Feedback that drives improvement', part: 'Mentorship' };
const quiz: SharedPage = { kind: 'quiz', id: 'check-feedback', title: 'Check — Feedback', questions: 6 };

describe('socialImagePath', () => {
  it.each([
    [staff, ALL_ON, 'og/levels/staff.png'],
    [feedback, ALL_ON, 'og/chapters/mentorship/feedback.png'],
    [quiz, ALL_ON, 'og/quizzes/check-feedback.png'],
    [undefined, ALL_ON, 'og/site.png'],
    [staff, { ...ALL_ON, levels: false }, 'og/site.png'],
    [feedback, { ...ALL_ON, levels: false }, 'og/chapters/mentorship/feedback.png'],
    [feedback, { ...ALL_ON, chapters: false }, 'og/site.png'],
    [quiz, { levels: false, chapters: false, quizzes: false }, 'og/site.png'],
  ])('%j with %j → %s', (page, switches, path) => {
    expect(socialImagePath(page, switches)).toBe(path);
  });

  it('puts a translated page\'s card in its language\'s folder, and the site-wide card in none', () => {
    expect(socialImagePath(staff, ALL_ON, 'de')).toBe('og/de/levels/staff.png');
    expect(socialImagePath(staff, { ...ALL_ON, levels: false }, 'de')).toBe('og/site.png');
  });
});

describe('absoluteUrl', () => {
  it.each([
    ['https://ladderbook.example.org', '/', 'og/site.png', 'https://ladderbook.example.org/og/site.png'],
    ['https://ladderbook.example.org', '/handbook/', 'og/site.png', 'https://ladderbook.example.org/handbook/og/site.png'],
    ['https://acme-robotics.github.io/', '/acme-ladder/', 'sitemap-index.xml', 'https://acme-robotics.github.io/acme-ladder/sitemap-index.xml'],
    ['https://acme-robotics.github.io', '/acme-ladder', '/og/levels/sre.png', 'https://acme-robotics.github.io/acme-ladder/og/levels/sre.png'],
  ])('%s + %s + %s → %s', (site, base, path, url) => {
    expect(absoluteUrl(site, base, path)).toBe(url);
  });
});

describe('shareTags', () => {
  const input: ShareInput = {
    site: 'https://ladderbook.example.org',
    base: '/handbook/',
    siteTitle: 'Ladderbook',
    pathname: '/handbook/ladder/staff/',
    title: 'Staff Engineer',
    description: 'The technical leader of a domain.',
    page: staff,
    image: 'og/levels/staff.png',
    words: { track: (name) => `${name} track`, chapter: 'Chapter', quiz: () => 'Checkpoint quiz' } satisfies CardWords,
  };
  const asText = (tags: ReturnType<typeof shareTags>) => tags.map((t) => ('property' in t ? `${t.property}=${t.content}` : `name:${t.name}=${t.content}`));

  it('gives a level page every tag, with absolute URLs under the base', () => {
    expect(asText(shareTags(input))).toEqual([
      'og:type=article',
      'og:site_name=Ladderbook',
      'og:title=Staff Engineer',
      'og:description=The technical leader of a domain.',
      'og:url=https://ladderbook.example.org/handbook/ladder/staff/',
      'og:image=https://ladderbook.example.org/handbook/og/levels/staff.png',
      'og:image:width=1200',
      'og:image:height=630',
      'og:image:alt=Staff Engineer (L6), Individual contributor track · Ladderbook',
      'name:twitter:card=summary_large_image',
    ]);
  });

  it.each([
    ['a chapter', { page: feedback, pathname: '/handbook/chapters/mentorship/feedback/', image: 'og/chapters/mentorship/feedback.png' }, 'article', 'https://ladderbook.example.org/handbook/og/chapters/mentorship/feedback.png', 'Feedback that drives improvement · Ladderbook'],
    ['a quiz', { page: quiz, image: 'og/quizzes/check-feedback.png' }, 'article', 'https://ladderbook.example.org/handbook/og/quizzes/check-feedback.png', 'Check — Feedback · Ladderbook'],
    ['the home page', { page: undefined, pathname: '/handbook/', image: 'og/site.png' }, 'website', 'https://ladderbook.example.org/handbook/og/site.png', 'Ladderbook'],
    ['a comparison', { page: undefined, image: 'og/site.png' }, 'website', 'https://ladderbook.example.org/handbook/og/site.png', 'Ladderbook'],
    ['a level whose images are off', { image: 'og/site.png' }, 'article', 'https://ladderbook.example.org/handbook/og/site.png', 'Ladderbook'],
  ])('%s: type, image and alt', (_name, change, type, image, alt) => {
    const tags = shareTags({ ...input, ...change });
    const get = (property: string) => tags.find((t) => 'property' in t && t.property === property)?.content;
    expect([get('og:type'), get('og:image'), get('og:image:alt')]).toEqual([type, image, alt]);
  });

  it('leaves og:url out on the 404 page, which is served at every missing URL', () => {
    const tags = asText(shareTags({ ...input, page: undefined, pathname: undefined, title: 'Page not found', image: 'og/site.png' }));
    expect(tags.some((t) => t.startsWith('og:url='))).toBe(false);
    expect(tags).toContain('og:image=https://ladderbook.example.org/handbook/og/site.png');
  });

  it('describes a level\'s image in the page\'s language', () => {
    const tags = asText(shareTags({ ...input, words: { ...input.words, track: (name) => `Track ${name}` }, page: { ...staff, track: 'IC' }, image: 'og/de/levels/staff.png' }));
    expect(tags).toContain('og:image:alt=Staff Engineer (L6), Track IC · Ladderbook');
    expect(tags).toContain('og:image=https://ladderbook.example.org/handbook/og/de/levels/staff.png');
  });

  it('works at the root of a domain', () => {
    const tags = asText(shareTags({ ...input, base: '/', pathname: '/ladder/staff/' }));
    expect(tags).toContain('og:url=https://ladderbook.example.org/ladder/staff/');
    expect(tags).toContain('og:image=https://ladderbook.example.org/og/levels/staff.png');
  });
});
