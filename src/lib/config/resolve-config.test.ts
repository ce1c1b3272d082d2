import { describe, expect, it } from 'vitest';
import { normaliseBase, parseSocialImages, resolveConfig } from './resolve-config.ts';

const config = {
  title: 'Ladderbook',
  organisation: 'Us',
  description: 'A handbook.',
  site: 'https://ladderbook.example.org',
  base: '/',
  contentDir: 'content',
};

describe('resolveConfig', () => {
  it.each([
    [{}, 'https://ladderbook.example.org', '/', 'content'],
    [{ HANDBOOK_BASE: 'acme-ladder' }, 'https://ladderbook.example.org', '/acme-ladder/', 'content'],
    [{ HANDBOOK_BASE: '/acme-ladder' }, 'https://ladderbook.example.org', '/acme-ladder/', 'content'],
    [{ HANDBOOK_SITE: 'https://acme.github.io' }, 'https://acme.github.io', '/', 'content'],
    [{ HANDBOOK_CONTENT_DIR: '/tmp/bench/content' }, 'https://ladderbook.example.org', '/', '/tmp/bench/content'],
  ])('applies the environment %j', (env, site, base, contentDir) => {
    expect(resolveConfig(config, env)).toMatchObject({ site, base, contentDir });
  });

  it('suggests the key a typo meant', () => {
    expect(() => resolveConfig({ ...config, organization: 'Us' }, {})).toThrow('handbook.config.ts › organization: unknown key "organization"\n    hint: did you mean "organisation"?');
  });

  it('reports every problem in one error, with the file', () => {
    expect(() => resolveConfig({ ...config, title: '', site: 'nope' }, {})).toThrow(
      'Invalid handbook configuration:\nhandbook.config.ts › title: must not be empty\nhandbook.config.ts › site: expected an absolute URL such as "https://handbook.example.org"',
    );
  });
});

describe('social images', () => {
  it('are on for every kind unless the config says otherwise', () => {
    expect(resolveConfig(config, {}).socialImages).toEqual({ levels: true, chapters: true, quizzes: true });
    expect(resolveConfig({ ...config, socialImages: { chapters: false } }, {}).socialImages).toEqual({ levels: true, chapters: false, quizzes: true });
  });

  it.each([
    ['all', { levels: true, chapters: true, quizzes: true }],
    ['none', { levels: false, chapters: false, quizzes: false }],
    ['levels,quizzes', { levels: true, chapters: false, quizzes: true }],
    [' chapters ', { levels: false, chapters: true, quizzes: false }],
  ])('HANDBOOK_SOCIAL_IMAGES=%j → %j, over the config', (value, switches) => {
    expect(parseSocialImages(value)).toEqual(switches);
    expect(resolveConfig({ ...config, socialImages: { levels: false } }, { HANDBOOK_SOCIAL_IMAGES: value }).socialImages).toEqual(switches);
  });

  it.each(['levels,pages', 'off', ','])('rejects HANDBOOK_SOCIAL_IMAGES=%j, naming what it takes', (value) => {
    expect(() => parseSocialImages(value)).toThrow(`HANDBOOK_SOCIAL_IMAGES: expected "all", "none" or some of levels, chapters, quizzes separated by commas, got "${value}"`);
  });

  it('reports a misspelt kind in the config with a hint', () => {
    expect(() => resolveConfig({ ...config, socialImages: { level: false } }, {})).toThrow('handbook.config.ts › socialImages.level: unknown key "level"');
  });
});

describe('normaliseBase', () => {
  it.each([
    ['', '/'],
    ['/', '/'],
    ['handbook', '/handbook/'],
    ['/a/b', '/a/b/'],
    ['//a//', '/a/'],
  ])('%j → %j', (input, output) => {
    expect(normaliseBase(input)).toBe(output);
  });
});
