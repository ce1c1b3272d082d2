import { describe, expect, it } from 'vitest';
import { fixtureLadder } from './fixture.ts';
import { translateLadder } from './translate-ladder.ts';
import type { LadderParts } from './create-ladder.ts';

const ladder = fixtureLadder();
const parts: LadderParts = { tracks: ladder.tracks.map(({ levels: _l, ...t }) => t), dimensions: ladder.dimensions, activities: ladder.activities, levels: ladder.levels };
const staff = ladder.level('staff')!;
const scope = ladder.dimension('scope')!;

describe('translateLadder', () => {
  const translated = translateLadder(parts, {
    tracks: { ic: { name: 'Fachlaufbahn' } },
    activities: {},
    dimensions: { scope: { id: 'scope', name: 'Reichweite', steps: [{ id: scope.steps[0]!.id, label: 'Aufgaben' }] } },
    levels: {
      staff: {
        title: 'Staff Engineer (DE)',
        signals: [{ id: staff.signals[0]!.id, text: 'Übersetzt.' }],
        traps: [{ id: staff.traps[0]!.id, title: 'Falle', text: 'Übersetzte Falle.' }],
      },
    },
  });
  const level = translated.levels.find((l) => l.id === 'staff')!;

  it('lays translated texts over the source, by id', () => {
    expect(translated.tracks.find((t) => t.id === 'ic')!.name).toBe('Fachlaufbahn');
    expect(translated.dimensions.find((d) => d.id === 'scope')!.name).toBe('Reichweite');
    expect(translated.dimensions.find((d) => d.id === 'scope')!.steps[0]!.label).toBe('Aufgaben');
    expect(level.title).toBe('Staff Engineer (DE)');
    expect(level.signals[0]!.text).toBe('Übersetzt.');
    expect(level.traps[0]).toMatchObject({ id: staff.traps[0]!.id, title: 'Falle', text: 'Übersetzte Falle.' });
  });

  it('keeps the source where nothing is translated, and all of its structure', () => {
    expect(level.summary).toBe(staff.summary);
    expect(level.signals.slice(1)).toEqual(staff.signals.slice(1));
    expect(level.steps).toEqual(staff.steps);
    expect(level.week).toEqual(staff.week);
    expect(translated.dimensions.find((d) => d.id === 'scope')!.steps[1]).toEqual(scope.steps[1]);
    expect(translated.dimensions.find((d) => d.id === 'scope')!.question).toBe(scope.question);
    expect(translated.levels.map((l) => l.id)).toEqual(parts.levels.map((l) => l.id));
  });

  it('is the source itself when there is no translation', () => {
    expect(translateLadder(parts, undefined)).toBe(parts);
  });
});
