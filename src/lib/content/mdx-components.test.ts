import { describe, expect, it } from 'vitest';
import { formatProblem } from '../errors.ts';
import { scanMdx } from '../check/mdx-source.ts';
import type { LinkIndex } from '../links/resolve.ts';
import { componentProblems } from './mdx-components.ts';

const index: LinkIndex = {
  ids: { chapter: new Set(['a/b']), level: new Set(['senior', 'staff']), quiz: new Set(['check-feedback']), part: new Set(['a']) },
  anchors: new Map(),
};

/** The problems of one MDX body, as authors read them (the file is `x.mdx`, the tag on line 5). */
function problemsOf(body: string): string[] {
  const scan = scanMdx('x.mdx', `---\ntitle: T\ndescription: D\n---\n${body}\n`);
  return componentProblems('x.mdx', scan.elements, index).map(formatProblem);
}

const CASES: [string, string, string[]][] = [
  ['a callout with a known kind and a title', '<Callout kind="tip" title="Try this">\n\nText.\n\n</Callout>', []],
  ['a callout without props (the kind defaults)', '<Callout>\n\nText.\n\n</Callout>', []],
  ['HTML tags are left alone', '<sup>1</sup> and <abbr title="x">X</abbr>', []],
  [
    'a callout kind outside its set',
    '<Callout kind="shout">\n\nText.\n\n</Callout>',
    ['x.mdx:5 › Callout.kind: "shout" is not allowed\n    hint: use "key", "tip" or "warning"'],
  ],
  [
    'a misspelt callout kind gets a guess',
    '<Callout kind="tipp">\n\nText.\n\n</Callout>',
    ['x.mdx:5 › Callout.kind: "tipp" is not allowed\n    hint: did you mean "tip"? (use "key", "tip" or "warning")'],
  ],
  [
    'an unknown component gets a guess',
    '<Takeaway>\n\n- one\n\n</Takeaway>',
    ['x.mdx:5: <Takeaway> is not a component authors can use\n    hint: did you mean <Takeaways>?'],
  ],
  [
    'an unknown component with nothing close lists them all',
    '<Chart data="x" />',
    [
      'x.mdx:5: <Chart> is not a component authors can use\n    hint: use one of <Callout>, <CaseStudy>, <Figure>, <PullQuote>, <Quiz>, <Takeaways> or <WeekTable>, or plain Markdown',
    ],
  ],
  ['a missing required prop', '<CaseStudy>\n\nText.\n\n</CaseStudy>', ['x.mdx:5 › CaseStudy.title: missing required string\n    hint: add "title"']],
  [
    'a misspelt prop gets a guess (and is not also reported missing)',
    '<Figure captoin="x">\n\nText.\n\n</Figure>',
    ['x.mdx:5 › Figure.captoin: unknown key "captoin"\n    hint: did you mean "caption"?'],
  ],
  [
    'an unknown prop next to the right ones',
    '<Figure caption="x" width="50%">\n\nText.\n\n</Figure>',
    ['x.mdx:5 › Figure.width: unknown key "width"\n    hint: remove it; allowed keys here: caption'],
  ],
  [
    'a prop written as an expression cannot be checked',
    '<CaseStudy title={name}>\n\nText.\n\n</CaseStudy>',
    ['x.mdx:5 › CaseStudy.title: the value of title is a {…} expression, which cannot be checked\n    hint: write it as plain text: title="…"'],
  ],
  ['a bare prop is not text', '<Takeaways title>\n\n- one\n\n</Takeaways>', [
    'x.mdx:5 › Takeaways.title: expected string, received boolean\n    hint: write text; quote it if it starts with a special character or contains ": "',
  ]],
  [
    'a pull quote without an exact source',
    '<PullQuote cite="McKinsey, on AI">\n\nWords.\n\n</PullQuote>',
    ['x.mdx:5 › PullQuote.cite: expected "Author, Work (year)", the exact source of the quoted words'],
  ],
  ['a pull quote with author, work and year', '<PullQuote cite="Will Larson, Staff Engineer (2021)">\n\nWords.\n\n</PullQuote>', []],
  ['a quiz that exists', '<Quiz id="check-feedback" />', []],
  [
    'a quiz that does not exist, with a guess',
    '<Quiz id="check-feedbak" />',
    ['x.mdx:5 › Quiz.id: <Quiz id="check-feedbak"> names no quiz\n    hint: did you mean "check-feedback"?'],
  ],
  ['a week table of existing levels', '<WeekTable levels="senior staff" />', []],
  [
    'a week table naming a level that does not exist',
    '<WeekTable levels="senior stafff" />',
    ['x.mdx:5 › WeekTable.levels: "stafff" is not a level of the ladder\n    hint: did you mean "staff"?'],
  ],
  [
    'a week table with no levels',
    '<WeekTable levels="" />',
    ['x.mdx:5 › WeekTable.levels: expected level ids separated by spaces, like "senior staff"'],
  ],
];

describe('componentProblems', () => {
  it.each(CASES)('%s', (_name, body, expected) => {
    expect(problemsOf(body)).toEqual(expected);
  });
});
