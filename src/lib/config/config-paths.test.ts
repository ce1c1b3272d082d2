import { describe, expect, it } from 'vitest';
import { configFileFor, configPaths } from './config-paths.ts';

describe('configFileFor', () => {
  it.each<[string, { HANDBOOK_CONFIG?: string }, string[], string]>([
    ['the default handbook when there is no org folder', {}, [], 'handbook.config.ts'],
    ["the organisation's config when org/ has one", {}, ['org/handbook.config.ts'], 'org/handbook.config.ts'],
    ['HANDBOOK_CONFIG over both', { HANDBOOK_CONFIG: 'tests/fixtures/fork/handbook.config.ts' }, ['org/handbook.config.ts'], 'tests/fixtures/fork/handbook.config.ts'],
  ])('%s', (_case, env, files, expected) => {
    expect(configFileFor(env, (f) => files.includes(f))).toBe(expected);
  });
});

describe('configPaths', () => {
  const exists = (dirs: string[]) => (path: string) => dirs.includes(path);
  it.each<[string, Parameters<typeof configPaths>[0], { contentPath: string; publicPath: string }]>([
    [
      'the default handbook',
      { root: '/repo', configFile: 'handbook.config.ts', contentDir: 'content', publicDir: 'public', exists: exists(['/repo/public']) },
      { contentPath: '/repo/content', publicPath: '/repo/public' },
    ],
    [
      "an organisation's folder: its own content and public files",
      { root: '/repo', configFile: 'org/handbook.config.ts', contentDir: 'content', publicDir: 'public', exists: exists(['/repo/org/public']) },
      { contentPath: '/repo/org/content', publicPath: '/repo/org/public' },
    ],
    [
      'an organisation without public files: the default ones',
      { root: '/repo', configFile: 'org/handbook.config.ts', contentDir: 'content', publicDir: 'public', exists: exists([]) },
      { contentPath: '/repo/org/content', publicPath: '/repo/public' },
    ],
    [
      'HANDBOOK_CONTENT_DIR, relative to the root',
      { root: '/repo', configFile: 'org/handbook.config.ts', contentDir: 'content', publicDir: 'public', envContentDir: 'tests/fixtures/bad', exists: exists([]) },
      { contentPath: '/repo/tests/fixtures/bad', publicPath: '/repo/public' },
    ],
    [
      'absolute folders as they are',
      { root: '/repo', configFile: '/elsewhere/handbook.config.ts', contentDir: '/data/content', publicDir: 'static', exists: exists(['/elsewhere/static']) },
      { contentPath: '/data/content', publicPath: '/elsewhere/static' },
    ],
  ])('%s', (_case, input, expected) => {
    expect(configPaths(input)).toEqual(expected);
  });
});
