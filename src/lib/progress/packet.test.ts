import { describe, expect, it } from 'vitest';
import { de } from '../i18n/catalogues/de/index.ts';
import { en, type En } from '../i18n/catalogues/en/index.ts';
import { translator } from '../i18n/translator.ts';
import { day } from './fixtures.ts';
import { adviceText, buildPacket, exampleKey, exampleTitle, packetFileName, packetMarkdown, type PacketLevel } from './packet.ts';
import type { LevelAssessment } from './shape.ts';

const SIGNALS = ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((id) => ({ id, text: `Signal ${id.toUpperCase()}.` }));
const LEVEL: PacketLevel = { id: 'staff', title: 'Staff Engineer', code: 'L6', signals: SIGNALS };

function assessment(verdicts: Record<string, [met: boolean, evidence: string]>): LevelAssessment {
  const signals = Object.fromEntries(Object.entries(verdicts).map(([id, [met, evidence]]) => [id, { met, evidence }]));
  return { updatedAt: day(0), signals };
}

describe('exampleKey: when two notes are the same example', () => {
  it.each([
    ['same link, different words', 'RFC adopted by Billing: https://docs.example.com/rfc/42/', 'https://DOCS.example.com/rfc/42 — also used by Search', true],
    ['same link, trailing punctuation', 'see https://x.example/doc.', 'https://x.example/doc', true],
    ['different links', 'https://x.example/a', 'https://x.example/b', false],
    ['same words, different case and spacing', 'Payments RFC,  adopted', 'payments rfc adopted', true],
    ['different words', 'Payments RFC', 'Incident review of March', false],
  ])('%s', (_name, a, b, same) => {
    expect(exampleKey(a) === exampleKey(b)).toBe(same);
  });
});

describe('buildPacket', () => {
  it.each([
    ['nothing saved', {}, { examples: [], unevidenced: 0, notMet: 7, advice: 'none' }],
    [
      'two signals backed by the same doc are one example',
      { a: [true, 'Payments RFC: https://d.example/rfc'], b: [true, 'https://d.example/rfc/'], c: [true, 'Ran the March incident review'] },
      { examples: [['a', 'b'], ['c']], unevidenced: 0, notMet: 4, advice: 'too-few' },
    ],
    [
      'met without evidence is listed apart, not as an example',
      { a: [true, 'one'], b: [true, ''], c: [true, 'two'], d: [true, 'three'] },
      { examples: [['a'], ['c'], ['d']], unevidenced: 1, notMet: 3, advice: 'enough' },
    ],
    [
      'evidence on an unticked signal is a draft, left out',
      { a: [false, 'maybe one day'], b: [true, 'real'] },
      { examples: [['b']], unevidenced: 0, notMet: 6, advice: 'too-few' },
    ],
    [
      'five distinct examples are enough',
      { a: [true, '1'], b: [true, '2'], c: [true, '3'], d: [true, '4'], e: [true, '5'] },
      { examples: [['a'], ['b'], ['c'], ['d'], ['e']], unevidenced: 0, notMet: 2, advice: 'enough' },
    ],
    [
      'six are too many',
      { a: [true, '1'], b: [true, '2'], c: [true, '3'], d: [true, '4'], e: [true, '5'], f: [true, '6'] },
      { examples: [['a'], ['b'], ['c'], ['d'], ['e'], ['f']], unevidenced: 0, notMet: 1, advice: 'too-many' },
    ],
  ] as const)('%s', (_name, verdicts, expected) => {
    const packet = buildPacket(assessment(verdicts as unknown as Record<string, [boolean, string]>), LEVEL);
    expect({
      examples: packet.examples.map((e) => e.signals.map((s) => s.id)),
      unevidenced: packet.unevidenced.length,
      notMet: packet.notMet.length,
      advice: packet.advice,
    }).toEqual(expected);
  });

  it('keeps each distinct note of one example, once', () => {
    const packet = buildPacket(assessment({ a: [true, 'RFC https://d.example/rfc'], b: [true, 'Adopted by Billing: https://d.example/rfc'], c: [true, 'RFC https://d.example/rfc'] }), LEVEL);
    expect(packet.examples).toHaveLength(1);
    expect(packet.examples[0]!.evidence).toEqual(['RFC https://d.example/rfc', 'Adopted by Billing: https://d.example/rfc']);
  });
});

const english = translator<En>('en', en);
const german = translator<En>('de', de);

describe('wording', () => {
  it.each([
    ['the design doc another team adopted: https://d.example/1', 'the design doc another team adopted'],
    ['Ran the March review. It spanned four teams.', 'Ran the March review'],
    ['https://d.example/only-a-link', 'https://d.example/only-a-link'],
    ['x'.repeat(100), `${'x'.repeat(77)}…`],
  ])('example title of %j', (note, title) => {
    expect(exampleTitle({ evidence: [note], signals: [] })).toBe(title);
  });

  const ONE = { a: [true, 'one'] } as const;
  const SIX = { a: [true, '1'], b: [true, '2'], c: [true, '3'], d: [true, '4'], e: [true, '5'], f: [true, '6'] } as const;
  it.each([
    ['none', {}, 'No examples yet: tick the signals you meet and note the evidence for each. Committees read 3 to 5 distinct examples.'],
    ['too-few', ONE, '1 distinct example so far; committees read 3 to 5. Add evidence from other pieces of work, not more signals from the same one.'],
    ['too-many', SIX, '6 distinct examples; committees read 3 to 5. Keep the strongest 5 and cut the rest.'],
  ] as const)('advice when %s', (advice, verdicts, text) => {
    const packet = buildPacket(assessment(verdicts as unknown as Record<string, [boolean, string]>), LEVEL);
    expect(packet.advice).toBe(advice);
    expect(adviceText(packet, english)).toBe(text);
  });

  it.each([
    ['none', {}, 'Noch keine Beispiele: Hake die Signale ab, die du erfüllst, und notiere zu jedem den Beleg. Gremien lesen 3 bis 5 unterschiedliche Beispiele.'],
    ['too-few', ONE, 'Bisher 1 unterschiedliches Beispiel; Gremien lesen 3 bis 5. Ergänze Belege aus anderen Arbeiten, nicht weitere Signale aus derselben.'],
    ['too-many', SIX, '6 unterschiedliche Beispiele; Gremien lesen 3 bis 5. Behalte die stärksten 5 und streich den Rest.'],
  ] as const)('advice in German when %s', (_advice, verdicts, text) => {
    expect(adviceText(buildPacket(assessment(verdicts as unknown as Record<string, [boolean, string]>), LEVEL), german)).toBe(text);
  });

  it('writes the Markdown a reader downloads, with the evidence as typed', () => {
    const packet = buildPacket(
      assessment({
        a: [true, 'The design doc another team adopted: https://d.example/rfc'],
        b: [true, 'https://d.example/rfc'],
        c: [true, ''],
        d: [false, ''],
        e: [true, 'Mentored Ana to Senior\nShe was promoted in June'],
      }),
      { ...LEVEL, signals: SIGNALS.slice(0, 5) },
    );
    const md = packetMarkdown(packet, { now: day(0), handbook: 'Ladderbook', levelUrl: 'https://l.example/ladder/staff/', t: english });
    expect(md).toBe(
      [
        '# Promotion packet draft: Staff Engineer (L6)',
        '',
        '_Drafted on 2026-01-05 from a self-assessment in Ladderbook (https://l.example/ladder/staff/). A starting point for you and your manager: rewrite it in your own words, with names, numbers and links._',
        '',
        '## Summary',
        '',
        '- Signals met: 4 of 5; with evidence: 3.',
        '- 2 distinct examples so far; committees read 3 to 5. Add evidence from other pieces of work, not more signals from the same one.',
        '',
        '## Examples',
        '',
        '### Example 1: The design doc another team adopted',
        '',
        '> The design doc another team adopted: https://d.example/rfc',
        '',
        '> https://d.example/rfc',
        '',
        'Shows these 2 signals:',
        '',
        '- Signal A.',
        '- Signal B.',
        '',
        '### Example 2: Mentored Ana to Senior',
        '',
        '> Mentored Ana to Senior',
        '> She was promoted in June',
        '',
        'Shows this signal:',
        '',
        '- Signal E.',
        '',
        '## Met, evidence still to add',
        '',
        '- Signal C.',
        '',
        '## Not met yet',
        '',
        '- Signal D.',
        '',
      ].join('\n'),
    );
  });

  it('writes the Markdown in the page’s language', () => {
    const packet = buildPacket(assessment({ a: [true, 'Payments RFC'], b: [true, 'Payments RFC'], c: [true, ''] }), { ...LEVEL, signals: SIGNALS.slice(0, 4) });
    const md = packetMarkdown(packet, { now: day(0), handbook: 'Ladderbook', t: german });
    expect(md).toBe(
      [
        '# Entwurf Beförderungsdossier: Staff Engineer (L6)',
        '',
        '_Entworfen am 2026-01-05 aus einer Selbsteinschätzung in Ladderbook. Ein Ausgangspunkt für dich und deine Führungskraft: Schreib ihn in deinen eigenen Worten neu, mit Namen, Zahlen und Links._',
        '',
        '## Zusammenfassung',
        '',
        '- Erfüllte Signale: 3 von 4; mit Beleg: 2.',
        '- Bisher 1 unterschiedliches Beispiel; Gremien lesen 3 bis 5. Ergänze Belege aus anderen Arbeiten, nicht weitere Signale aus derselben.',
        '',
        '## Beispiele',
        '',
        '### Beispiel 1: Payments RFC',
        '',
        '> Payments RFC',
        '',
        'Zeigt diese 2 Signale:',
        '',
        '- Signal A.',
        '- Signal B.',
        '',
        '## Erfüllt, Beleg fehlt noch',
        '',
        '- Signal C.',
        '',
        '## Noch nicht erfüllt',
        '',
        '- Signal D.',
        '',
      ].join('\n'),
    );
  });

  it('names the file after the level and the day', () => {
    expect(packetFileName('staff', day(0))).toBe('promotion-packet-staff-2026-01-05.md');
  });
});
