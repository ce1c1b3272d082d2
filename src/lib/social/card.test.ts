import { describe, expect, it } from 'vitest';
import { cardFontWrites, cardTree, siteAddress, socialCard, titleSize, type CardIdentity, type CardNode } from './card.ts';
import type { CardWords } from './share.ts';

const english: CardWords = {
  track: (name) => `${name} track`,
  chapter: 'Chapter',
  quiz: (n) => (n ? `Checkpoint quiz · ${n} question${n === 1 ? '' : 's'}` : 'Checkpoint quiz'),
};
const german: CardWords = { track: (name) => `Track ${name}`, chapter: 'Kapitel', quiz: (n) => (n ? `Checkpoint-Quiz · ${n} Fragen` : 'Checkpoint-Quiz') };

const ladderbook: CardIdentity = {
  title: 'Ladderbook',
  organisation: 'The Ladderbook project',
  description: 'An engineering career handbook beyond Senior.',
  accent: '#2f54c9',
  site: 'https://ladderbook.example.org',
  base: '/handbook/',
};
const acme: CardIdentity = { ...ladderbook, title: 'Acme Engineering Ladder', organisation: 'Acme Robotics', accent: '#0b7a5a', site: 'https://acme-robotics.github.io', base: '/acme-ladder/' };

describe('socialCard: what goes on each kind of card', () => {
  it.each([
    [
      'a level: its code in the badge, its track above the title',
      socialCard({ kind: 'level', id: 'staff', title: 'Staff Engineer', code: 'L6', track: 'Individual contributor' }, ladderbook, english),
      { handbook: 'Ladderbook', accent: '#2f54c9', badge: 'L6', kicker: 'Individual contributor track', title: 'Staff Engineer', address: 'ladderbook.example.org/handbook' },
    ],
    [
      "a fork's level: the fork's title, colour and address",
      socialCard({ kind: 'level', id: 'reliability-engineer', title: 'Site Reliability Engineer', code: 'SRE', track: 'Site reliability' }, acme, english),
      { handbook: 'Acme Engineering Ladder', accent: '#0b7a5a', badge: 'SRE', kicker: 'Site reliability track', title: 'Site Reliability Engineer', address: 'acme-robotics.github.io/acme-ladder' },
    ],
    [
      'a chapter: its part above the title',
      socialCard({ kind: 'chapter', id: 'mentorship/feedback', title: 'Feedback that drives improvement', part: 'Mentorship' }, ladderbook, english),
      { handbook: 'Ladderbook', accent: '#2f54c9', kicker: 'Mentorship', title: 'Feedback that drives improvement', address: 'ladderbook.example.org/handbook' },
    ],
    [
      'a chapter without a part',
      socialCard({ kind: 'chapter', id: 'x/y', title: 'Y' }, ladderbook, english),
      { handbook: 'Ladderbook', accent: '#2f54c9', kicker: 'Chapter', title: 'Y', address: 'ladderbook.example.org/handbook' },
    ],
    [
      'a quiz: what it is and how long',
      socialCard({ kind: 'quiz', id: 'check-feedback', title: 'Check — Feedback', questions: 1 }, ladderbook, english),
      { handbook: 'Ladderbook', accent: '#2f54c9', kicker: 'Checkpoint quiz · 1 question', title: 'Check — Feedback', address: 'ladderbook.example.org/handbook' },
    ],
    [
      'the site-wide card: organisation, title and description',
      socialCard(undefined, ladderbook, english),
      {
        handbook: 'Ladderbook',
        accent: '#2f54c9',
        kicker: 'The Ladderbook project',
        title: 'Ladderbook',
        detail: 'An engineering career handbook beyond Senior.',
        address: 'ladderbook.example.org/handbook',
      },
    ],
  ])('%s', (_name, card, expected) => {
    expect(card).toEqual(expected);
  });
});

describe('siteAddress', () => {
  it.each([
    ['https://ladderbook.example.org', '/', 'ladderbook.example.org'],
    ['https://ladderbook.example.org', '/handbook/', 'ladderbook.example.org/handbook'],
    ['https://acme-robotics.github.io/', '/acme-ladder/', 'acme-robotics.github.io/acme-ladder'],
    ['http://localhost:4321', '/a/b/', 'localhost:4321/a/b'],
  ])('%s + %s → %s', (site, base, address) => {
    expect(siteAddress(site, base)).toBe(address);
  });
});

describe('titleSize: long titles get smaller type', () => {
  it.each([
    ['Staff Engineer', false, 88],
    ['Feedback that drives improvement', false, 76],
    ['Check — From software engineer to AI lead, step by step', false, 64],
    ['From software engineer to AI lead: what changes in your week and your judgement', false, 56],
    ['Ladderbook', true, 80],
    ['Acme Engineering Ladder for robots', true, 64],
  ])('%j (with detail: %s) → %i px', (title, detail, size) => {
    expect(titleSize(title, detail)).toBe(size);
  });
});

/** Every text in a tree, with the style of the box that holds it. */
function texts(node: CardNode): { text: string; style: CardNode['props']['style'] }[] {
  const children = node.props.children;
  const list = children === undefined ? [] : Array.isArray(children) ? children : [children];
  return list.flatMap((child) => (typeof child === 'string' ? [{ text: child, style: node.props.style }] : texts(child)));
}

describe('cardTree', () => {
  const tree = cardTree(socialCard({ kind: 'level', id: 'staff', title: 'Staff Engineer', code: 'L6', track: 'Individual contributor' }, acme, english));

  it('is the image size, in the accent colour, with every text in reading order', () => {
    expect([tree.props.style.width, tree.props.style.height]).toEqual([1200, 630]);
    expect(texts(tree).map((t) => t.text)).toEqual(['Acme Engineering Ladder', 'L6', 'Individual contributor track', 'Staff Engineer', 'acme-robotics.github.io/acme-ladder']);
    expect(JSON.stringify(tree)).toContain('"background":"#0b7a5a"');
    expect(JSON.stringify(tree)).not.toContain('#2f54c9');
  });

  it('clamps every line of text, so a long title ends in an ellipsis instead of running off the image', () => {
    const long = cardTree(socialCard({ kind: 'chapter', id: 'a/b', title: 'A very long title '.repeat(12), part: 'A part with a long name '.repeat(6) }, ladderbook, english));
    const clamped = texts(long).map((t) => [t.text.slice(0, 12), t.style.lineClamp]);
    expect(clamped).toEqual([
      ['Ladderbook', 1],
      ['A part with ', 1],
      ['A very long ', 3],
      ['ladderbook.e', 1],
    ]);
    expect(texts(long)[2]!.style.fontSize).toBe(56);
  });
});

describe('socialCard in another language', () => {
  it('words the kicker in the page language around the translated texts', () => {
    expect(socialCard({ kind: 'level', id: 'staff', title: 'Staff Engineer', code: 'L6', track: 'IC' }, { ...ladderbook, title: 'Ladderbook' }, german).kicker).toBe('Track IC');
    expect(socialCard({ kind: 'quiz', id: 'q', title: 'Q', questions: 6 }, ladderbook, german).kicker).toBe('Checkpoint-Quiz · 6 Fragen');
  });
});

describe('cardFontWrites: whether Inter has every letter of a card', () => {
  const card = (title: string) => socialCard({ kind: 'chapter', id: 'a/b', title, part: 'Teil' }, ladderbook, german);
  it.each([
    ['German with umlauts and quotes', 'Scope selbst schaffen: „der L+1-Schritt“', true],
    ['French with accents', 'Évaluer le mentorat — pourquoi ?', true],
    ['Greek', 'Καθοδήγηση', true],
    ['Arabic', 'لماذا تستثمر في الآخرين', false],
    ['Chinese', '为什么投资他人', false],
  ])('%s → %s', (_, title, expected) => {
    expect(cardFontWrites(card(title))).toBe(expected);
  });
});
