import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { socialCard, type CardIdentity } from '../lib/social/card.ts';
import type { CardWords } from '../lib/social/share.ts';
import { cachedCard, cardKey, renderCard } from './render-card.ts';
import { pruneCardCache } from '../integrations/social-image-cache.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const identity: CardIdentity = { title: 'Ladderbook', organisation: 'The project', description: 'A handbook.', accent: '#2f54c9', site: 'https://x.example.org', base: '/' };
const english: CardWords = { track: (name) => `${name} track`, chapter: 'Chapter', quiz: (n) => (n ? `Checkpoint quiz · ${n} questions` : 'Checkpoint quiz') };
const german: CardWords = { track: (name) => `Track ${name}`, chapter: 'Kapitel', quiz: (n) => (n ? `Checkpoint-Quiz · ${n} Fragen` : 'Checkpoint-Quiz') };
const chapter = (title: string, part = 'Part one') => socialCard({ kind: 'chapter', id: 'p/c', title, part }, identity, english);
const cache = mkdtempSync(join(tmpdir(), 'ladderbook-card-cache-'));
afterAll(() => rmSync(cache, { recursive: true, force: true }));

describe('the social image cache', () => {
  it('names a card by what is drawn on it: same card, same name; any change, a new one', () => {
    const key = cardKey(chapter('Feedback that lands'), ROOT);
    expect(cardKey(chapter('Feedback that lands'), ROOT)).toBe(key);
    expect(cardKey(chapter('Feedback that lands.'), ROOT)).not.toBe(key);
    expect(cardKey(chapter('Feedback that lands', 'Part two'), ROOT)).not.toBe(key);
    expect(cardKey(socialCard({ kind: 'chapter', id: 'p/c', title: 'Feedback that lands', part: 'Part one' }, { ...identity, accent: '#000000' }, english), ROOT)).not.toBe(key);
  });

  it('tells the languages apart: the same page with another language’s words is another image', () => {
    const partless = (words: CardWords) => socialCard({ kind: 'chapter', id: 'p/c', title: 'Feedback that lands' }, identity, words);
    expect(cardKey(partless(german), ROOT)).not.toBe(cardKey(partless(english), ROOT));
  });

  it('serves the bytes it drew, from the cache the second time', async () => {
    const card = chapter('Cached once');
    const first = await cachedCard(card, ROOT, cache);
    const second = await cachedCard(card, ROOT, cache);
    expect([first.cached, second.cached]).toEqual([false, true]);
    expect(second.png.equals(first.png)).toBe(true);
    expect(second.png.equals(await renderCard(card, ROOT))).toBe(true);
  });

  it('prunes the images a build did not use', async () => {
    const kept = await cachedCard(chapter('Kept'), ROOT, cache);
    await cachedCard(chapter('Dropped'), ROOT, cache);
    pruneCardCache(cache, new Set([kept.key]));
    expect(readdirSync(cache)).toEqual([`${kept.key}.png`]);
  });
});
