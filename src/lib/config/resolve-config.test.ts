import { describe, expect, it } from 'vitest';
import { normaliseBase, resolveConfig } from './resolve-config.ts';

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
