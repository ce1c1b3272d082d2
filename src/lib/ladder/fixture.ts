/**
 * A small ladder for unit tests: two tracks, two dimensions of three steps, three activities and
 * five levels, listed out of rank order on purpose. Not used by the site.
 */
import { buildLadder, type LadderSources, type LevelSource } from './model.ts';
import type { Ladder } from './types.ts';

/** Chapter ids the fixture levels may name. */
export const fixtureChapterIds: ReadonlySet<string> = new Set(['growth/feedback', 'growth/scope']);

function level(
  id: string,
  track: string,
  rank: number,
  title: string,
  code: string,
  steps: Record<string, string>,
  week: Record<string, number>,
  extra: Record<string, unknown> = {},
): LevelSource {
  return {
    file: `content/ladder/levels/${id}.mdx`,
    id,
    data: {
      title,
      code,
      track,
      rank,
      summary: `${title} summary.`,
      steps,
      week,
      signals: [{ id: `${id}-signal`, text: `${title} signal.` }],
      traps: [{ title: `${title} trap`, text: `${title} trap text.` }],
      path: [`Get to ${title}.`],
      ...extra,
    },
  };
}

/** Fresh sources each call, so a test may change them freely. */
export function fixtureSources(): LadderSources {
  return {
    tracks: {
      file: 'content/ladder/tracks.yaml',
      data: [
        { id: 'ic', name: 'Individual contributor', summary: 'Builds.' },
        { id: 'management', name: 'Engineering management', summary: 'Leads people.' },
      ],
    },
    activities: {
      file: 'content/ladder/activities.yaml',
      data: [
        { id: 'coding', name: 'Coding' },
        { id: 'people', name: '1:1s and hiring' },
        { id: 'focus', name: 'Heads-down focus' },
      ],
    },
    dimensions: {
      file: 'content/ladder/dimensions.yaml',
      data: [
        {
          id: 'scope',
          name: 'Scope',
          question: 'How far does the work reach?',
          steps: [
            { id: 'task', label: 'Tasks', description: 'Tickets.' },
            { id: 'team', label: 'Team', description: 'A team.' },
            { id: 'org', label: 'Organisation', description: 'Many teams.' },
          ],
        },
        {
          id: 'people',
          name: 'People',
          question: 'Whose growth?',
          steps: [
            { id: 'self', label: 'Own growth', description: 'Yourself.' },
            { id: 'mentors', label: 'Mentors others', description: 'Others.' },
            { id: 'manages', label: 'Manages a team', description: 'Reports.' },
          ],
        },
      ],
    },
    levels: [
      level('staff', 'ic', 6, 'Staff Engineer', 'L6', { scope: 'org', people: 'mentors' }, { coding: 20, people: 30, focus: 50 }, {
        chapters: ['growth/scope'],
      }),
      level('junior', 'ic', 3, 'Junior Engineer', 'L3', { scope: 'task', people: 'self' }, { coding: 80, people: 0, focus: 20 }),
      level('director', 'management', 7, 'Director', 'EM L7', { scope: 'org', people: 'manages' }, { coding: 0, people: 80, focus: 20 }),
      level('senior', 'ic', 5, 'Senior Engineer', 'L5', { scope: 'team', people: 'mentors' }, { coding: 60, people: 10, focus: 30 }),
      level('manager', 'management', 5, 'Engineering Manager', 'EM L5', { scope: 'team', people: 'manages' }, { coding: 10, people: 70, focus: 20 }, {
        below: 'senior',
      }),
    ],
  };
}

/** The fixture ladder; throws if the fixture itself has problems (a broken test setup). */
export function fixtureLadder(): Ladder {
  const { ladder, problems } = buildLadder(fixtureSources(), { chapterIds: fixtureChapterIds });
  if (problems.length > 0) throw new Error(`fixture ladder has problems: ${JSON.stringify(problems)}`);
  return ladder;
}

/** Fixture sources with one level's frontmatter changed (`undefined` removes a key). */
export function sourcesWithLevel(id: string, change: Record<string, unknown>): LadderSources {
  const sources = fixtureSources();
  return {
    ...sources,
    levels: sources.levels.map((source) => {
      if (source.id !== id) return source;
      const data: Record<string, unknown> = { ...(source.data as Record<string, unknown>), ...change };
      for (const [key, value] of Object.entries(change)) if (value === undefined) delete data[key];
      return { ...source, data };
    }),
  };
}
