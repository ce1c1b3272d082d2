import { describe, expect, it } from 'vitest';
import { imageProblem, resolveLink, type LinkIndex } from './resolve.ts';

/** A small site: two parts, three chapters (two with headings), two levels, two quizzes. */
const index: LinkIndex = {
  ids: {
    chapter: new Set(['mentorship/feedback', 'mentorship/how-people-learn', 'career-paths/ic-or-management']),
    level: new Set(['senior', 'staff']),
    quiz: new Set(['check-feedback', 'level-staff']),
    part: new Set(['mentorship', 'career-paths']),
  },
  anchors: new Map([
    ['chapter:mentorship/feedback', new Set(['the-sbi-model', 'receiving-feedback'])],
    ['chapter:mentorship/how-people-learn', new Set(['the-dreyfus-model'])],
    ['level:staff', new Set(['what-the-work-looks-like'])],
  ]),
};

const FEEDBACK = 'chapter:mentorship/feedback';

describe('resolveLink: every link form that resolves', () => {
  it.each([
    // [what the author wrote, base, the href in the built page]
    ['chapter:mentorship/feedback', '/', '/chapters/mentorship/feedback/'],
    ['chapter:mentorship/feedback', '/acme-ladder/', '/acme-ladder/chapters/mentorship/feedback/'],
    ['chapter:mentorship/feedback#the-sbi-model', '/', '/chapters/mentorship/feedback/#the-sbi-model'],
    ['chapter:mentorship/feedback#the-sbi-model', '/acme-ladder/', '/acme-ladder/chapters/mentorship/feedback/#the-sbi-model'],
    ['part:mentorship', '/', '/chapters/mentorship/'],
    ['part:mentorship', '/acme-ladder/', '/acme-ladder/chapters/mentorship/'],
    ['level:staff', '/', '/ladder/staff/'],
    ['level:staff', '/acme-ladder/', '/acme-ladder/ladder/staff/'],
    ['level:staff#what-the-work-looks-like', '/acme-ladder/', '/acme-ladder/ladder/staff/#what-the-work-looks-like'],
    // Levels without scanned headings (senior) accept any anchor: the built-site check covers them.
    ['level:senior#signals', '/', '/ladder/senior/#signals'],
    ['quiz:level-staff', '/', '/quizzes/level-staff/'],
    ['quiz:level-staff', '/acme-ladder/', '/acme-ladder/quizzes/level-staff/'],
    ['quiz:check-feedback#any-question', '/acme-ladder/', '/acme-ladder/quizzes/check-feedback/#any-question'],
  ])('%s under base %s → %s', (href, base, expected) => {
    expect(resolveLink(href, index, base, FEEDBACK)).toEqual({ ok: true, href: expected, external: false });
  });

  it.each([['https://martinfowler.com/'], ['http://example.org/a?b=c#d'], ['mailto:handbook@example.org'], ['tel:+441234567'], ['HTTPS://EXAMPLE.ORG/']])(
    '%s passes through unchanged as external, whatever the base',
    (href) => {
      expect(resolveLink(href, index, '/acme-ladder/')).toEqual({ ok: true, href, external: true });
    },
  );

  it.each([
    ['#the-sbi-model', FEEDBACK], // a heading of this page
    ['#receiving-feedback', FEEDBACK],
    ['#anything', undefined], // page unknown (quiz Markdown): left to the built-site check
    ['#anything', 'chapter:mentorship/new-chapter'], // page without scanned headings
  ])('same-page anchor %s on %s stays as written', (href, self) => {
    expect(resolveLink(href, index, '/acme-ladder/', self)).toEqual({ ok: true, href, external: false });
  });
});

describe('resolveLink: problems and the text authors read', () => {
  it.each([
    // Dangling ids, with a "did you mean" when one is close.
    ['chapter:mentorship/feedbak', '"chapter:mentorship/feedbak" points to a chapter that does not exist', 'did you mean "chapter:mentorship/feedback"?'],
    ['chapter:mentorship/feedback/', '"chapter:mentorship/feedback/" points to a chapter that does not exist', 'did you mean "chapter:mentorship/feedback"?'],
    ['chapter:onboarding/first-week', '"chapter:onboarding/first-week" points to a chapter that does not exist', 'no chapter has the id "onboarding/first-week"'],
    ['level:staf', '"level:staf" points to a level that does not exist', 'did you mean "level:staff"?'],
    ['level:principal', '"level:principal" points to a level that does not exist', 'no level has the id "principal"'],
    ['quiz:level-staf', '"quiz:level-staf" points to a quiz that does not exist', 'did you mean "quiz:level-staff"?'],
    ['part:mentorshp', '"part:mentorshp" points to a part that does not exist', 'did you mean "part:mentorship"?'],
    // Anchors that are not headings of the target page.
    ['chapter:mentorship/feedback#the-sbi-modle', '"#the-sbi-modle" is not a heading of chapter:mentorship/feedback', 'did you mean "#the-sbi-model"?'],
    ['chapter:mentorship/how-people-learn#xyz', '"#xyz" is not a heading of chapter:mentorship/how-people-learn', 'headings there: the-dreyfus-model'],
    ['#the-sbi-mode', '"#the-sbi-mode" is not a heading of chapter:mentorship/feedback', 'did you mean "#the-sbi-model"?'],
    // Unknown or malformed kinds.
    ['chapters:mentorship/feedback', '"chapters:mentorship/feedback" uses an unknown link kind "chapters:"', 'did you mean "chapter:"?'],
    ['Level:staff', '"Level:staff" uses an unknown link kind "Level:"', 'did you mean "level:"?'],
    ['ftp:files', '"ftp:files" uses an unknown link kind "ftp:"', 'link kinds are chapter:, level:, quiz:, part:'],
    ['level:', '"level:" is not a complete level link', 'write level:<id>, optionally followed by #<heading-anchor>, with no spaces'],
    ['level:staff engineer', '"level:staff engineer" is not a complete level link', 'write level:<id>, optionally followed by #<heading-anchor>, with no spaces'],
    ['', 'the link has no target', 'write a content id such as "chapter:mentorship/feedback", "level:staff" or "quiz:level-staff", or a full https:// address'],
    ['//cdn.example.org/x.png', '"//cdn.example.org/x.png" has no scheme', 'write the full address, starting with https:'],
  ])('%j → %s', (href, message, hint) => {
    expect(resolveLink(href, index, '/acme-ladder/', FEEDBACK)).toEqual({ ok: false, message, hint });
  });

  const PATH_LINK = 'is a path link, which breaks when the site is served under a base path';
  it.each([
    // Root and relative paths are rejected; the hint names the content id when one matches.
    ['/chapters/mentorship/feedback/', 'write "chapter:mentorship/feedback" instead; links by content id get the base path added'],
    ['/acme-ladder/chapters/mentorship/feedback/#the-sbi-model', 'write "chapter:mentorship/feedback#the-sbi-model" instead; links by content id get the base path added'],
    ['/chapters/mentorship/', 'write "part:mentorship" instead; links by content id get the base path added'],
    ['/ladder/staff/', 'write "level:staff" instead; links by content id get the base path added'],
    ['../../ladder/staff', 'write "level:staff" instead; links by content id get the base path added'],
    ['/quizzes/level-staff/', 'write "quiz:level-staff" instead; links by content id get the base path added'],
    ['../career-paths/01-ic-or-management.mdx', 'write "chapter:career-paths/ic-or-management" instead; links by content id get the base path added'],
    ['./02-how-people-learn.mdx#the-dreyfus-model', 'write "chapter:mentorship/how-people-learn#the-dreyfus-model" instead; links by content id get the base path added'],
    ['staff', 'write "level:staff" instead; links by content id get the base path added'],
    ['/ladder/compare/senior/staff/', 'link by content id instead, e.g. "chapter:mentorship/feedback", "level:staff" or "quiz:level-staff"'],
    ['/about/', 'link by content id instead, e.g. "chapter:mentorship/feedback", "level:staff" or "quiz:level-staff"'],
    ['images/chart.png', 'link by content id instead, e.g. "chapter:mentorship/feedback", "level:staff" or "quiz:level-staff"'],
  ])('path link %s is rejected: %s', (href, hint) => {
    expect(resolveLink(href, index, '/acme-ladder/', FEEDBACK)).toEqual({ ok: false, message: `"${href}" ${PATH_LINK}`, hint });
  });

  it('never returns a URL that misses the base, whatever was written', () => {
    const written = ['chapter:mentorship/feedback', 'part:career-paths', 'level:senior#x', 'quiz:check-feedback', '/x/', 'x/', '../x', '//x'];
    for (const base of ['/', '/acme-ladder/', '/a/b/']) {
      for (const href of written) {
        const result = resolveLink(href, index, base);
        if (result.ok) expect(result.href.startsWith(base)).toBe(true);
      }
    }
  });
});

describe('imageProblem: images must not miss the base path either', () => {
  it.each([['./img/org-chart.png'], ['img/org-chart.png'], ['../shared/diagram.svg'], ['https://example.org/chart.png'], ['data:image/png;base64,AAAA']])(
    '%s is fine (bundled by the build, or external)',
    (src) => {
      expect(imageProblem(src)).toBeUndefined();
    },
  );

  it.each([
    ['/org-chart.png', 'image "/org-chart.png" is a root path, which breaks when the site is served under a base path'],
    ['level:staff', 'image "level:staff" is a content id, not an image file'],
  ])('%s → %s', (src, message) => {
    expect(imageProblem(src)).toEqual({
      message,
      hint: 'put the image beside the file and write a relative path such as "./img/chart.png"; the build bundles it under the base path',
    });
  });
});
