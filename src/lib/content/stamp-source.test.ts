import { describe, expect, it } from 'vitest';
import { stampEntry, stampFile } from './stamp-source.ts';

const parts = `# Parts, in German
- id: career-paths
  title: Die Karriereleiter in der Praxis
  summary: >-
    Die Entscheidungen,
    die weiterbringen.
- id: roles
  title: Rollen über Senior
  source: 0000aaaa
- id: mentorship
  title: Mentoring-Grundlagen
`;

describe('stampEntry: the version recorded in one entry of a list file', () => {
  it.each([
    ['adds it under the id of an entry that has none', 'career-paths', '- id: career-paths\n  source: "1a2b3c4d"\n  title: Die Karriereleiter in der Praxis'],
    ['replaces the version an entry records', 'roles', '- id: roles\n  title: Rollen über Senior\n  source: "1a2b3c4d"\n- id: mentorship'],
    ['finds the last entry', 'mentorship', '- id: mentorship\n  source: "1a2b3c4d"\n  title: Mentoring-Grundlagen\n'],
  ])('%s', (_, id, expected) => {
    expect(stampEntry(parts, id, '1a2b3c4d')).toContain(expected);
  });

  it('leaves every other line as it was', () => {
    const stamped = stampEntry(parts, 'roles', '1a2b3c4d')!;
    expect(stamped.replace('source: "1a2b3c4d"', 'source: 0000aaaa')).toBe(parts);
  });

  it('quotes the version, so one of digits only stays text in YAML', () => {
    expect(stampEntry(parts, 'roles', '84100736')).toContain('  source: "84100736"\n');
  });

  it('does not take an entry for another whose id starts the same', () => {
    expect(stampEntry('- id: roles-extra\n  title: X\n', 'roles', '1a2b3c4d')).toBeUndefined();
  });

  it('does not reach into the next entry for a source line', () => {
    const text = '- id: a\n  title: A\n- id: b\n  source: 0000aaaa\n';
    expect(stampEntry(text, 'a', '1a2b3c4d')).toBe('- id: a\n  source: "1a2b3c4d"\n  title: A\n- id: b\n  source: 0000aaaa\n');
  });
});

describe('stampFile: the version recorded for a whole file', () => {
  it.each([
    ['adds it to the end of MDX frontmatter', '---\ntitle: T\n---\n\nBody\n', 'mdx', '---\ntitle: T\nsource: "1a2b3c4d"\n---\n\nBody\n'],
    ['replaces it in MDX frontmatter', '---\nsource: 0000aaaa\ntitle: T\n---\nBody\n', 'mdx', '---\nsource: "1a2b3c4d"\ntitle: T\n---\nBody\n'],
    ['does not touch a "source:" line in the body', '---\ntitle: T\n---\nsource: text\n', 'mdx', '---\ntitle: T\nsource: "1a2b3c4d"\n---\nsource: text\n'],
    ['adds it to a quiz after the schema comment', '# yaml-language-server: $schema=x\ntitle: Q\nquestions: []\n', 'yaml', '# yaml-language-server: $schema=x\nsource: "1a2b3c4d"\ntitle: Q\nquestions: []\n'],
    ['replaces it in a quiz', 'title: Q\nsource: 0000aaaa\n', 'yaml', 'title: Q\nsource: "1a2b3c4d"\n'],
    ['does not take a nested "source:" key for the top-level one', 'title: Q\nquestions:\n  - source: x\n', 'yaml', 'source: "1a2b3c4d"\ntitle: Q\nquestions:\n  - source: x\n'],
  ] as const)('%s', (_, text, kind, expected) => {
    expect(stampFile(text, '1a2b3c4d', kind)).toBe(expected);
  });
});
