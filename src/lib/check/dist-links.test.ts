import { describe, expect, it } from 'vitest';
import { checkDistLinks, formatBrokenLinks, pageUrlOf, scanHtml, type BuiltPage } from './dist-links.ts';

const BASE = '/acme-ladder/';
const SITE = 'https://acme.github.io';

const page = (file: string, body: string): BuiltPage => ({ file, html: `<!doctype html><html><body>${body}</body></html>` });

/** A tiny built site; `chapters/a/` is the page the link under test is put on; `pages` add or replace. */
function site(link: string, pages: BuiltPage[] = []) {
  const defaults = [
    page('index.html', '<h1 id="top-title">Home</h1>'),
    page('chapters/a/index.html', `<h2 id="first">First</h2><h2 id="second-part">Second</h2>${link}`),
    page('ladder/staff/index.html', '<h2 id="signals">Signals</h2><svg><g id="chart-bar"></g></svg>'),
    page('404.html', '<h1>Not found</h1>'),
  ];
  const all = [...new Map([...defaults, ...pages].map((p) => [p.file, p] as const)).values()];
  const files = new Set([...all.map((p) => p.file), '_astro/page.js', '_astro/site.css', 'acme-logo.svg', 'ladder.json', 'img/a.webp', 'img/b.webp', 'og/site.png', 'og/levels/staff.png']);
  return { pages: all, files, base: BASE, site: SITE };
}

const brokenOn = (link: string) => checkDistLinks(site(link)).map((b) => b.reason);

describe('checkDistLinks: links that resolve', () => {
  it.each([
    ['<a href="/acme-ladder/">home</a>'],
    ['<a href="/acme-ladder/ladder/staff/">level</a>'],
    ['<a href="/acme-ladder/ladder/staff/#signals">anchor on another page</a>'],
    ['<a href="../../ladder/staff/#chart-bar">relative, to an id inside an svg</a>'],
    ['<a href="#second-part">same page</a>'],
    ['<a href="#">top</a>'],
    ['<a href="#top">top</a>'],
    ['<a href="./">itself</a>'],
    ['<a href="/acme-ladder/ladder/staff/?tab=signals">query string</a>'],
    ['<a href="/acme-ladder/ladder.json">a file</a>'],
    ['<img src="/acme-ladder/acme-logo.svg" alt="">'],
    ['<img srcset="/acme-ladder/img/a.webp 400w, /acme-ladder/img/b.webp 800w" src="/acme-ladder/img/a.webp" alt="">'],
    ['<script type="module" src="/acme-ladder/_astro/page.js"></script>'],
    ['<link rel="stylesheet" href="/acme-ladder/_astro/site.css">'],
    ['<link rel="canonical" href="https://acme.github.io/acme-ladder/chapters/a/">'],
    ['<form action="/acme-ladder/ladder/staff/"><button>Go</button></form>'],
    ['<a href="https://example.org/nowhere/">external</a>'],
    ['<a href="mailto:ladder@acme.example">mail</a>'],
    ['<a href="/acme-ladder/ladder/staff/#sig&#110;als">entity-encoded</a>'],
    ['<!-- <a href="/nowhere/">commented out</a> -->'],
    ['<script>const html = \'<a href="/nowhere/">in a script</a>\';</script>'],
    ['<meta property="og:image" content="https://acme.github.io/acme-ladder/og/levels/staff.png">'],
    ['<meta property="og:url" content="https://acme.github.io/acme-ladder/chapters/a/">'],
    ['<meta name="twitter:image" content="/acme-ladder/og/site.png">'],
    ['<meta property="og:image" content="https://cdn.example.org/card.png">'],
    ['<meta property="og:title" content="/not/a/link/">'],
    ['<meta name="description" content="/not/a/link/">'],
  ])('%s', (link) => {
    expect(brokenOn(link)).toEqual([]);
  });
});

describe('checkDistLinks: broken links and what the report says', () => {
  it.each([
    ['<a href="/chapters/a/">missing base</a>', 'leads outside the base path /acme-ladder/'],
    ['<img src="/acme-logo.svg" alt="">', 'leads outside the base path /acme-ladder/'],
    ['<a href="../../../ladder/staff/">climbs above the base</a>', 'leads outside the base path /acme-ladder/'],
    ['<a href="https://acme.github.io/ladder/staff/">own site without base</a>', 'leads outside the base path /acme-ladder/'],
    ['<a href="/acme-ladder/ladder/principal/">missing page</a>', 'no page at /acme-ladder/ladder/principal/'],
    ['<a href="/acme-ladder/ladder/staff">no trailing slash</a>', '/acme-ladder/ladder/staff is a folder written without its trailing slash'],
    ['<a href="/acme-ladder/_astro/">folder without index</a>', 'no page at /acme-ladder/_astro/'],
    ['<script src="/acme-ladder/_astro/gone.js"></script>', 'no file at /acme-ladder/_astro/gone.js'],
    ['<img srcset="/acme-ladder/img/a.webp 1x, /acme-ladder/img/c.webp 2x" alt="">', 'no file at /acme-ladder/img/c.webp'],
    ['<a href="#third">same page</a>', 'no element with id "third" on this page'],
    ['<a href="#secnd-part">typo</a>', 'no element with id "secnd-part" on this page'],
    ['<a href="/acme-ladder/ladder/staff/#signal">other page</a>', 'no element with id "signal" on /acme-ladder/ladder/staff/'],
    ['<a href="/acme-ladder/#first">id of another page</a>', 'no element with id "first" on /acme-ladder/'],
    ['<a href="level:staff">unresolved</a>', 'a link by content id reached the page unresolved'],
    ['<meta property="og:image" content="https://acme.github.io/acme-ladder/og/levels/principal.png">', 'no file at /acme-ladder/og/levels/principal.png'],
    ['<meta name="twitter:image" content="https://acme.github.io/og/site.png">', 'leads outside the base path /acme-ladder/'],
    ['<meta property="og:url" content="https://acme.github.io/acme-ladder/chapters/b/">', 'no page at /acme-ladder/chapters/b/'],
  ])('%s → %s', (link, reason) => {
    expect(brokenOn(link)).toEqual([reason]);
  });

  it('reports a relative link on the 404 page, which is served at every missing URL', () => {
    const broken = checkDistLinks(site('', [page('404.html', '<a href="search/">Search</a><a href="/acme-ladder/">Home</a>')]));
    expect(broken.map((b) => [b.pageUrl, b.link, b.reason])).toEqual([
      ['/acme-ladder/404.html', 'search/', 'relative link on the 404 page, which is served at every missing URL'],
    ]);
  });

  it('names the meta tag of a missing social image', () => {
    const broken = checkDistLinks(site('<meta property="og:image" content="https://acme.github.io/acme-ladder/og/chapters/a.png">'));
    expect(formatBrokenLinks(broken)).toBe(
      '1 broken link on 1 page:\n  /acme-ladder/chapters/a/ › og:image="https://acme.github.io/acme-ladder/og/chapters/a.png": no file at /acme-ladder/og/chapters/a.png',
    );
  });

  it('reports every broken link at once, naming page, attribute and link, with hints', () => {
    const broken = checkDistLinks(site('<a href="/chapters/a/">x</a><a href="#secnd-part">y</a><img src="/acme-ladder/gone.png" alt="">'));
    expect(formatBrokenLinks(broken)).toMatchInlineSnapshot(`
      "3 broken links on 1 page:
        /acme-ladder/chapters/a/ › href="/chapters/a/": leads outside the base path /acme-ladder/
            hint: build internal URLs from the base (pathFor/urlFor in src/lib/links), or link by content id in content
        /acme-ladder/chapters/a/ › href="#secnd-part": no element with id "secnd-part" on this page
            hint: did you mean "#second-part"?
        /acme-ladder/chapters/a/ › src="/acme-ladder/gone.png": no file at /acme-ladder/gone.png"
    `);
  });

  it('reports the same broken link on many pages once, listing the pages', () => {
    const header = '<a href="/acme-ladder/progress/">My progress</a>';
    const pages = ['x', 'y', 'z', 'w'].map((id) => page(`chapters/${id}/index.html`, header));
    expect(formatBrokenLinks(checkDistLinks(site(header, pages)))).toMatchInlineSnapshot(`
      "5 broken links on 5 pages:
        href="/acme-ladder/progress/": no page at /acme-ladder/progress/
            on 5 pages: /acme-ladder/chapters/a/, /acme-ladder/chapters/x/, /acme-ladder/chapters/y/ and 2 more"
    `);
  });
});

describe('scanHtml', () => {
  it('reads href, src, srcset, poster and action, and every id, from unquoted, single- and double-quoted attributes', () => {
    const scanned = scanHtml(
      `<a href=/a/ id=one>a</a><img src='/b.png' srcset="/c.png 1x,/d.png 2x" alt=""><video poster="/e.jpg"></video>` +
        `<form action="/f/"></form><a name="legacy"></a><use href="#icon"/><p data-x="href=/not-a-link/">t</p>`,
    );
    expect(scanned.links.map((l) => `${l.attribute}=${l.value}`)).toEqual([
      'href=/a/',
      'src=/b.png',
      'srcset=/c.png',
      'srcset=/d.png',
      'poster=/e.jpg',
      'action=/f/',
      'href=#icon',
    ]);
    expect([...scanned.ids]).toEqual(['one', 'legacy']);
  });
});

describe('pageUrlOf', () => {
  it.each([
    ['index.html', '/', '/'],
    ['index.html', '/acme-ladder/', '/acme-ladder/'],
    ['ladder/staff/index.html', '/acme-ladder/', '/acme-ladder/ladder/staff/'],
    ['404.html', '/acme-ladder/', '/acme-ladder/404.html'],
    ['ladder/staff/index.html', '/acme-ladder', '/acme-ladder/ladder/staff/'],
  ])('%s under %s → %s', (file, base, url) => {
    expect(pageUrlOf(file, base)).toBe(url);
  });
});
