import { describe, expect, it } from 'vitest';
import { planForkMigration } from './fork-migration.ts';

const CONFIG = `import { defineHandbook } from './src/schemas/handbook-config.ts';

export default defineHandbook({
  title: 'Acme Engineering Ladder',
  contentDir: 'content',
  publicDir: "public",
});
`;

describe('planForkMigration', () => {
  it('moves the config, content and public files into org/ and restores the default files', () => {
    const plan = planForkMigration({ configText: CONFIG, contentDir: 'content', publicDir: 'public', orgExists: false });
    expect(plan).toEqual({
      ok: true,
      moves: [
        { from: 'handbook.config.ts', to: 'org/handbook.config.ts' },
        { from: 'content', to: 'org/content' },
        { from: 'public', to: 'org/public' },
      ],
      configText: CONFIG.replace("'./src/schemas/handbook-config.ts'", "'#ladderbook/config'").replace('"public"', "'public'"),
      restore: ['handbook.config.ts', 'content', 'public'],
    });
  });

  it('moves folders a fork pointed elsewhere, and points the config at their new place', () => {
    const plan = planForkMigration({ configText: CONFIG.replace("'content'", "'acme/content'"), contentDir: 'acme/content', publicDir: 'public', orgExists: false });
    expect(plan.ok && plan.moves[1]).toEqual({ from: 'acme/content', to: 'org/content' });
    expect(plan.ok && plan.configText).toContain("contentDir: 'content'");
  });

  it.each([
    ['an org folder that exists', { orgExists: true }, 'org/ exists already: this fork keeps its handbook there, so there is nothing to migrate'],
    ['content outside the project', { contentDir: '../content' }, 'contentDir is "../content", outside the project: move it into org/ by hand'],
  ])('refuses %s', (_case, change, error) => {
    expect(planForkMigration({ configText: CONFIG, contentDir: 'content', publicDir: 'public', orgExists: false, ...change })).toEqual({ ok: false, error });
  });
});
