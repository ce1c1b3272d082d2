/**
 * tests/fixtures/bad/: a content tree where each file named after a problem holds exactly that
 * problem. `npm run check` and `npm run build` must both report every one of them, with file,
 * line and path, and exit 1. The snapshot is the exact text an author reads.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, SITES, runBuild, type BuildResult } from '../support/sites.ts';

const BAD = { HANDBOOK_CONTENT_DIR: 'tests/fixtures/bad' };

/** `npm run check` without npm's own chatter: the script it runs, on the bad tree. */
function runCheck(): BuildResult {
  const result = spawnSync(process.execPath, ['scripts/check.ts'], { cwd: ROOT, env: { ...process.env, ...BAD }, encoding: 'utf8' });
  return { status: result.status ?? 1, output: `${result.stdout}${result.stderr}`.replace(/in \d+\.\d+ s\./, 'in <time> s.') };
}

/** Every file of the fixture that carries a problem, and what the report must say about it. */
const PLANTED: [file: string, where: string][] = [
  ['chapters/basics/02-bad-key.mdx', ':4 › summary: unknown key "summary"'],
  ['chapters/basics/03-broken-link.mdx', ':10: "level:senoir" points to a level that does not exist'],
  ['chapters/basics/04-path-link.mdx', ':8: "/chapters/basics/welcome/" is a path link'],
  ['chapters/basics/06-link-to-draft.mdx', ':8: "chapter:basics/draft" is a draft chapter, which is not published'],
  ['chapters/basics/07-callout-kind.mdx', ':8 › Callout.kind: "shout" is not allowed'],
  ['chapters/basics/08-unknown-component.mdx', ':8: <Calout> is not a component authors can use'],
  ['chapters/basics/09-unknown-quiz.mdx', ':8 › Quiz.id: <Quiz id="no-such-quiz"> names no quiz'],
  ['chapters/basics/10-missing-prop.mdx', ':8 › CaseStudy.title: missing required string'],
  ['chapters/basics/10-missing-prop.mdx', ':14 › Figure.width: unknown key "width"'],
  ['ladder/levels/lead.mdx', ':20 › chapters[0]: "basics/welcom" is not a chapter'],
  ['ladder/revisions/2025/levels/signal-id-reused.mdx', ':15 › signals[1].id: signal id "owns-team-outcomes" is already used by signals[0]'],
  ['ladder/revisions/2025/levels/unknown-step.mdx', ':8 › steps.scope: "galaxy" is not a step of dimension "scope"'],
  ['ladder/revisions/2025/levels/unknown-track.mdx', ':4 › track: "icc" is not a track'],
  ['ladder/revisions/dated-after-current/revision.yaml', ':3 › date: revision "2026-draft" is dated 2027-01-01, after the current revision "2026"'],
  ['ladder/revisions/duplicate-name/revision.yaml', ':2 › name: revision name "2025" is also the name of tests/fixtures/bad/ladder/revisions/2025/revision.yaml'],
  ['ladder/tracks.yaml', ':4 › [1].id: "ic" is already the id of another track'],
  ['quizzes/broken-link-in-text.yaml', ':18 › questions[0].explanation: "chapter:basics/welcom" points to a chapter'],
  ['quizzes/duplicate-id-a.yaml', ':6 › questions[0].id: question id "duplicate-question" is also used'],
  ['quizzes/duplicate-id-b.yaml', ':6 › questions[0].id: question id "duplicate-question" is also used'],
  ['quizzes/unknown-level.yaml', ':8 › questions[0].level: unknown level "wizard"'],
  ['quizzes/wrong-type.yaml', ':23 › questions[1].choices: expected list, received string'],
  ['strings/de.yaml', ':2 › shell.nav.ladders: "shell.nav.ladders" is not an interface string'],
  ['strings/de.yaml', ':3 › meta.updated: leaves out {date}'],
  ['strings/de.yaml', ':4 › common.questions: this string depends on a count'],
  ['translations/de/parts.yaml', ':1 › [0].id: part "basic" does not exist in the source'],
  ['translations/de/quizzes/check-welcome.yaml', ':10 › questions[0].choices[0].id: id "dieses" is not the source\'s id here ("this")'],
  ['translations/fr', ': "fr" is not a language of the handbook'],
];

describe('npm run check on tests/fixtures/bad', () => {
  const check = runCheck();

  it('is the script npm run check runs', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(pkg.scripts.check).toMatch(/scripts\/check\.ts$/);
  });

  it('exits 1 and reports every planted problem, each once, with file, line and path', () => {
    expect(check.status).toBe(1);
    for (const [file, where] of PLANTED) expect(check.output).toContain(`tests/fixtures/bad/${file}${where}`);
    const reported = check.output.split('\n').filter((line) => line.startsWith('  tests/fixtures/bad/'));
    expect(reported).toHaveLength(PLANTED.length);
  });

  it('prints exactly this, with a hint under each problem', () => {
    expect(check.output).toMatchInlineSnapshot(`
      "Translations:
        de (Deutsch): 0 of 23 translated, 0 stale, 23 missing
          missing: chapter:basics/welcome, chapter:basics/bad-key, chapter:basics/broken-link, chapter:basics/path-link, chapter:basics/link-to-draft, chapter:basics/callout-kind, chapter:basics/unknown-component, chapter:basics/unknown-quiz, and 15 more (npm run check -- --translations lists them all)

      27 content problems in 24 files:
        tests/fixtures/bad/chapters/basics/02-bad-key.mdx:4 › summary: unknown key "summary"
            hint: remove it; allowed keys here: title, description, levels, updated, draft
        tests/fixtures/bad/chapters/basics/03-broken-link.mdx:10: "level:senoir" points to a level that does not exist
            hint: did you mean "level:senior"?
        tests/fixtures/bad/chapters/basics/04-path-link.mdx:8: "/chapters/basics/welcome/" is a path link, which breaks when the site is served under a base path
            hint: write "chapter:basics/welcome" instead; links by content id get the base path added
        tests/fixtures/bad/chapters/basics/06-link-to-draft.mdx:8: "chapter:basics/draft" is a draft chapter, which is not published
            hint: remove "draft: true" from that chapter to publish it, or point to a published page until then
        tests/fixtures/bad/chapters/basics/07-callout-kind.mdx:8 › Callout.kind: "shout" is not allowed
            hint: use "key", "tip" or "warning"
        tests/fixtures/bad/chapters/basics/08-unknown-component.mdx:8: <Calout> is not a component authors can use
            hint: did you mean <Callout>?
        tests/fixtures/bad/chapters/basics/09-unknown-quiz.mdx:8 › Quiz.id: <Quiz id="no-such-quiz"> names no quiz
            hint: a quiz id is a file name in quizzes/ without .yaml
        tests/fixtures/bad/chapters/basics/10-missing-prop.mdx:8 › CaseStudy.title: missing required string
            hint: add "title"
        tests/fixtures/bad/chapters/basics/10-missing-prop.mdx:14 › Figure.width: unknown key "width"
            hint: remove it; allowed keys here: caption
        tests/fixtures/bad/ladder/levels/lead.mdx:20 › chapters[0]: "basics/welcom" is not a chapter
            hint: did you mean "basics/welcome"?
        tests/fixtures/bad/ladder/revisions/2025/levels/signal-id-reused.mdx:15 › signals[1].id: signal id "owns-team-outcomes" is already used by signals[0]
            hint: signal ids are stable references; give each signal its own id
        tests/fixtures/bad/ladder/revisions/2025/levels/unknown-step.mdx:8 › steps.scope: "galaxy" is not a step of dimension "scope"
            hint: steps of scope, low to high: task, team
        tests/fixtures/bad/ladder/revisions/2025/levels/unknown-track.mdx:4 › track: "icc" is not a track
            hint: did you mean "ic"? tracks: ic
        tests/fixtures/bad/ladder/revisions/dated-after-current/revision.yaml:3 › date: revision "2026-draft" is dated 2027-01-01, after the current revision "2026" (2026-01-10)
            hint: an earlier revision must not be dated after the current one; correct one of the two dates
        tests/fixtures/bad/ladder/revisions/duplicate-name/revision.yaml:2 › name: revision name "2025" is also the name of tests/fixtures/bad/ladder/revisions/2025/revision.yaml
            hint: each revision needs its own name: its pages live at /ladder/<name>/
        tests/fixtures/bad/ladder/tracks.yaml:4 › [1].id: "ic" is already the id of another track
            hint: ids must be unique; rename one of the two (the other is at tests/fixtures/bad/ladder/tracks.yaml › [0])
        tests/fixtures/bad/quizzes/broken-link-in-text.yaml:18 › questions[0].explanation: "chapter:basics/welcom" points to a chapter that does not exist
            hint: did you mean "chapter:basics/welcome"?
        tests/fixtures/bad/quizzes/duplicate-id-a.yaml:6 › questions[0].id: question id "duplicate-question" is also used by tests/fixtures/bad/quizzes/duplicate-id-b.yaml › questions[0]
            hint: question ids must be unique across the whole site (saved answers are keyed by them); rename one, prefixed with its quiz topic
        tests/fixtures/bad/quizzes/duplicate-id-b.yaml:6 › questions[0].id: question id "duplicate-question" is also used by tests/fixtures/bad/quizzes/duplicate-id-a.yaml › questions[0]
            hint: question ids must be unique across the whole site (saved answers are keyed by them); rename one, prefixed with its quiz topic
        tests/fixtures/bad/quizzes/unknown-level.yaml:8 › questions[0].level: unknown level "wizard"
            hint: use a level the ladder defines: junior, lead or senior
        tests/fixtures/bad/quizzes/wrong-type.yaml:23 › questions[1].choices: expected list, received string
            hint: write a YAML list (lines starting with "- ")
        tests/fixtures/bad/strings/de.yaml:2 › shell.nav.ladders: "shell.nav.ladders" is not an interface string
            hint: did you mean "shell.nav.ladder"?
        tests/fixtures/bad/strings/de.yaml:3 › meta.updated: leaves out {date}
            hint: the English text uses {date}
        tests/fixtures/bad/strings/de.yaml:4 › common.questions: this string depends on a count: it needs a text per plural form
            hint: write a mapping with a text for each of "one", "other"
        tests/fixtures/bad/translations/de/parts.yaml:1 › [0].id: part "basic" does not exist in the source
            hint: did you mean "basics"? A translation keeps the source's ids
        tests/fixtures/bad/translations/de/quizzes/check-welcome.yaml:10 › questions[0].choices[0].id: id "dieses" is not the source's id here ("this")
            hint: a translated quiz keeps the source's questions, ids and answers, so saved answers show in every language; translate only the texts
        tests/fixtures/bad/translations/fr: "fr" is not a language of the handbook
            hint: add { code: 'fr', label, lang } to locales in the handbook config, beside de

      Checked 47 files in <time> s.
      "
    `);
  });
});

describe('npm run build on tests/fixtures/bad', () => {
  let build: BuildResult;
  beforeAll(() => {
    rmSync(join(SITES, 'bad'), { recursive: true, force: true });
    build = runBuild({ ...BAD, HANDBOOK_OUT_DIR: join(SITES, 'bad') }, 'npm run build');
  });

  it('exits 1 before rendering anything, with the same report as the check', () => {
    expect(build.status).toBe(1);
    // The problems (the translation status above them is information the build does not repeat).
    const output = runCheck().output;
    const report = output
      .slice(output.indexOf('content problems in'))
      .split('\n')
      .filter((line) => line.startsWith('  '));
    expect(report.length).toBeGreaterThan(PLANTED.length);
    for (const line of report) expect(build.output).toContain(line);
    expect(build.output).not.toContain('page(s) built');
    // The search index step never runs on a failed build.
    expect(build.output).not.toContain('search index');
    expect(existsSync(join(SITES, 'bad', 'pagefind'))).toBe(false);
  });
});
