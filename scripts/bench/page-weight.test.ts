import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SiteReader, htmlRefs, median, moduleSpecifiers, pageKind, sizeOf } from './page-weight.ts';

describe('pageKind', () => {
  it.each([
    ['index.html', 'home'],
    ['search/index.html', 'search'],
    ['chapters/index.html', 'chapters-index'],
    ['chapters/mentorship/index.html', 'part'],
    ['chapters/mentorship/feedback/index.html', 'chapter'],
    ['ladder/index.html', 'ladder-index'],
    ['ladder/staff/index.html', 'level'],
    ['ladder/compare/senior/staff/index.html', 'comparison'],
    ['ladder/staff/packet/index.html', 'other'],
    ['quizzes/index.html', 'quizzes-index'],
    ['quizzes/check-feedback/index.html', 'quiz'],
    ['quizzes/check-feedback/worksheet/index.html', 'other'],
    ['404.html', 'other'],
    ['progress/index.html', 'other'],
  ])('%s is a %s page', (path, kind) => {
    expect(pageKind(path)).toBe(kind);
  });

  it.each([
    ['de/index.html', 'home'],
    ['de/chapters/mentorship/feedback/index.html', 'chapter'],
    ['ar/ladder/staff/index.html', 'level'],
    ['de/quizzes/check-feedback/worksheet/index.html', 'other'],
    // A folder that is not a language is not stripped: "design" is not "de".
    ['design/index.html', 'other'],
  ])('in a handbook with German and Arabic, %s is a %s page', (path, kind) => {
    expect(pageKind(path, ['de', 'ar'])).toBe(kind);
  });
});

describe('htmlRefs', () => {
  it('finds external, preloaded and inline scripts and styles, and skips JSON data blocks', () => {
    const html = [
      '<head><link rel="stylesheet" href="/handbook/_astro/a.css"><link rel="modulepreload" href="/handbook/_astro/pre.js">',
      '<link rel="canonical" href="https://example.org/"><style>p{color:red}</style>',
      '<script>document.documentElement.dataset.theme="dark"</script><script type="application/json">{"a":1}</script></head>',
      '<body><script type="module" src="/handbook/_astro/page.js"></script></body>',
    ].join('');
    expect(htmlRefs(html)).toEqual({
      scripts: ['/handbook/_astro/page.js', '/handbook/_astro/pre.js'],
      inlineScripts: ['document.documentElement.dataset.theme="dark"'],
      stylesheets: ['/handbook/_astro/a.css'],
      inlineStyles: ['p{color:red}'],
    });
  });
});

describe('moduleSpecifiers', () => {
  it.each([
    ['import"./a.js";', ['./a.js'], []],
    ['import{t as e}from"./store.js";e()', ['./store.js'], []],
    ['export{a as b}from"../x.js";export*from"./y.js"', ['../x.js', './y.js'], []],
    ['const s=()=>import("./search.js");', [], ['./search.js']],
    ['import"./a.js";const q=import("./quiz.js")', ['./a.js'], ['./quiz.js']],
    ['const url=base+"pagefind/pagefind.js";import(url)', [], []],
    ['const words=["import","export"];x.import("./not-a-module.js")', [], []],
  ])('%s', (code, staticImports, dynamicImports) => {
    expect(moduleSpecifiers(code)).toEqual({ static: staticImports, dynamic: dynamicImports });
  });
});

describe('SiteReader', () => {
  const dir = mkdtempSync(join(tmpdir(), 'page-weight-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const put = (path: string, text: string) => {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  };
  put('_astro/page.js', 'import"./shared.js";document.onclick=()=>import("./search.js");');
  put('_astro/shared.js', 'export const x=1;');
  put('_astro/search.js', 'import"./shared.js";import"./results.js";');
  put('_astro/results.js', 'export const r=2;');
  put('_astro/site.css', 'body{margin:0}');
  put(
    'chapters/a/b/index.html',
    '<html><head><link rel="stylesheet" href="/hb/_astro/site.css"><style>h1{x:y}</style><script>1</script></head><body><script type="module" src="/hb/_astro/page.js"></script></body></html>',
  );

  it('counts a page’s scripts with their static imports at load, and import() targets as on demand', () => {
    const page = new SiteReader(dir, '/hb/').page('chapters/a/b/index.html');
    expect(page.kind).toBe('chapter');
    expect(page.jsFiles).toEqual(['_astro/page.js', '_astro/shared.js']);
    expect(page.lazyJsFiles).toEqual(['_astro/results.js', '_astro/search.js']);
    expect(page.inlineScripts).toBe(1);
    expect(page.cssFiles).toEqual(['_astro/site.css']);
    const reader = new SiteReader(dir, '/hb/');
    expect(page.js).toEqual({
      raw: reader.fileSize('_astro/page.js').raw + reader.fileSize('_astro/shared.js').raw + 1,
      gzip: reader.fileSize('_astro/page.js').gzip + reader.fileSize('_astro/shared.js').gzip + sizeOf('1').gzip,
    });
    expect(page.css.raw).toBe('body{margin:0}'.length + 'h1{x:y}'.length);
  });

  it.each([
    ['/hb/_astro/x.js', 'chapters/a/b/index.html', '_astro/x.js'],
    ['./x.js', '_astro/page.js', '_astro/x.js'],
    ['../y.css', 'chapters/a/b/index.html', 'chapters/a/y.css'],
    ['/other/x.js', 'index.html', undefined],
    ['https://cdn.example.org/x.js', 'index.html', undefined],
  ])('resolves %s from %s to %s', (url, from, expected) => {
    expect(new SiteReader(dir, '/hb/').resolve(url, from)).toBe(expected);
  });
});

describe('median', () => {
  it.each([
    [[], 0],
    [[3], 3],
    [[5, 1, 3], 3],
    [[4, 1, 3, 2], 2.5],
  ])('median of %j is %d', (values, expected) => {
    expect(median(values)).toBe(expected);
  });
});
