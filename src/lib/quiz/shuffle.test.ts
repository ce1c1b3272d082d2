import { describe, expect, it } from 'vitest';
import { fnv1a, mulberry32, seededShuffle } from './shuffle.ts';

const letters = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];

describe('fnv1a', () => {
  it.each<[string, number]>([
    ['', 0x811c9dc5],
    ['a', 0xe40c292c],
    ['foobar', 0xbf9cf968],
    ['é', fnv1aBytes([0xc3, 0xa9])],
  ])('hashes %j to the published FNV-1a value', (text, hash) => {
    expect(fnv1a(text)).toBe(hash);
  });
});

/** Reference FNV-1a over explicit bytes. */
function fnv1aBytes(bytes: number[]): number {
  let hash = 0x811c9dc5;
  for (const byte of bytes) hash = Math.imul(hash ^ byte, 0x01000193) >>> 0;
  return hash;
}

describe('mulberry32', () => {
  it('matches the reference implementation', () => {
    const reference = (a: number) => () => {
      a |= 0;
      a = (a + 0x6d2b79f5) | 0;
      let t = Math.imul(a ^ (a >>> 15), 1 | a);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    for (const seed of [0, 1, 42, 0xdeadbeef, fnv1a('feedback-sbi-parts')]) {
      const ours = mulberry32(seed);
      const theirs = reference(seed);
      for (let i = 0; i < 20; i++) expect(ours()).toBe(theirs());
    }
  });
});

describe('seededShuffle', () => {
  it('gives the same order for the same seed (pinned, so every machine agrees)', () => {
    expect(seededShuffle(letters, 'feedback-sbi-parts')).toEqual(seededShuffle(letters, 'feedback-sbi-parts'));
    expect(seededShuffle(letters, 'feedback-sbi-parts').join('')).toMatchInlineSnapshot(`"ecdfbahg"`);
    expect(seededShuffle(letters, 'learning-dreyfus-order').join('')).toMatchInlineSnapshot(`"adfgehcb"`);
  });

  it('gives different orders for different seeds', () => {
    const orders = new Set(['q1', 'q2', 'q3', 'q4', 'q5', 'q6'].map((seed) => seededShuffle(letters, seed).join('')));
    expect(orders.size).toBeGreaterThan(4);
  });

  it('keeps every item and does not touch the input', () => {
    const input = [...letters];
    const out = seededShuffle(input, 'x');
    expect(input).toEqual(letters);
    expect([...out].sort()).toEqual(letters);
  });

  it.each([[[]], [['only']]])('handles %j', (items) => {
    expect(seededShuffle(items, 'seed')).toEqual(items);
  });
});

