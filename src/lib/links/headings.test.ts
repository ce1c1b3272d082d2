import { describe, expect, it } from 'vitest';
import { headingSlugs } from './headings.ts';

describe('headingSlugs: the anchors links by id may name', () => {
  it.each([
    [['The SBI model'], ['the-sbi-model']],
    [['Why invest?'], ['why-invest']],
    [['Feedback: timing & tone'], ['feedback-timing--tone']],
    [['1:1s that work'], ['11s-that-work']],
    [['Staff — what changes'], ['staff--what-changes']],
    [['Über-engineers'], ['über-engineers']],
    // Repeated headings are numbered, as on the built page.
    [['Example', 'Example', 'Example'], ['example', 'example-1', 'example-2']],
  ])('%j → %j', (texts, slugs) => {
    expect(headingSlugs(texts)).toEqual(slugs);
  });
});
