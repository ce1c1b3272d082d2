import { describe, expect, it } from 'vitest';
import { slugOfTitle, trapId } from './trap-id.ts';

describe('trapId', () => {
  it.each([
    ['The hero coder', 'the-hero-coder'],
    ['The “best Senior” trap', 'the-best-senior-trap'],
    ["Everyone's architect", 'everyones-architect'],
    ['Über-planner: 10× plans', 'uber-planner-10-plans'],
    ['  -- spaced -- ', 'spaced'],
  ])('%s → %s', (title, slug) => {
    expect(slugOfTitle(title)).toBe(slug);
    expect(trapId({ title })).toBe(slug);
  });

  it('keeps a written id, so a retitled trap stays the same trap', () => {
    expect(trapId({ id: 'the-hero-coder', title: 'The lone fixer' })).toBe('the-hero-coder');
  });
});
