import { describe, expect, it } from 'vitest';
import { headingsInHtml } from './headings-in-html.ts';

describe('headingsInHtml', () => {
  it.each([
    ['h2 and h3 with ids, in order', '<h2 id="a">A</h2><p>x</p><h3 id="b">B</h3><h2 id="c">C</h2>', [[2, 'a', 'A'], [3, 'b', 'B'], [2, 'c', 'C']]],
    ['other attributes and inner markup', '<h2 class="x" id="sbi" data-y>The <code>SBI</code> model</h2>', [[2, 'sbi', 'The SBI model']]],
    ['entities stay escaped', '<h2 id="q">Questions &amp; answers</h2>', [[2, 'q', 'Questions &amp; answers']]],
    ['headings without an id are not sections', '<h3 class="case-title">A case</h3><h2 id="z">Z</h2>', [[2, 'z', 'Z']]],
    ['h1 and h4 are not listed', '<h1 id="t">T</h1><h4 id="d">D</h4>', []],
    ['the generated footnotes heading is left out', '<h2 id="footnote-label" class="sr-only">Footnotes</h2>', []],
    ['a heading over several lines', '<h2 id="w">How the\n week is spent</h2>', [[2, 'w', 'How the\n week is spent']]],
  ])('%s', (_name, html, expected) => {
    expect(headingsInHtml(html).map((h) => [h.depth, h.slug, h.html])).toEqual(expected);
  });
});
