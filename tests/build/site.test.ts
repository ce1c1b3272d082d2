/** The built default handbook (tests/.output/sites/default, base /handbook/). */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SITE, ROOT, siteDir } from '../support/sites.ts';
import { loadHandbookConfig } from '../../src/integrations/handbook-config.ts';
import { searchablePaths } from '../../src/integrations/dev-search-pages.ts';
import { readPage, tableAfter, textOf } from '../support/html.ts';
import { indexedPageCounts } from '../support/search-index.ts';

const dir = siteDir(DEFAULT_SITE);
const ladder = JSON.parse(readFileSync(join(dir, 'ladder.json'), 'utf8')) as {
  activities: { id: string; name: string }[];
  levels: { id: string; title: string; code: string; url: string; week: Record<string, number> }[];
  comparisons: { from: string; to: string; url: string }[];
};

function htmlFiles(root: string): string[] {
  return readdirSync(root, { recursive: true }).map(String).filter((f) => f.endsWith('.html'));
}

describe('the ladder in the built site', () => {
  it('ladder.json validates against ladder.schema.json', () => {
    const schema = JSON.parse(readFileSync(join(dir, 'ladder.schema.json'), 'utf8')) as object;
    const validate = new Ajv2020({ strict: false, allErrors: true }).compile(schema);
    const valid = validate(ladder);
    expect(valid ? [] : validate.errors).toEqual([]);
    expect(ladder.levels.map((l) => l.id)).toContain('staff');
  });

  it('every level has its page, and every comparison its page', () => {
    for (const level of ladder.levels) {
      expect(level.url).toBe(`/handbook/ladder/${level.id}/`);
      expect(textOf(readPage(dir, level.url.replace('/handbook/', '')))).toContain(level.title);
    }
    expect(ladder.comparisons.length).toBe(60);
    for (const pair of ladder.comparisons) expect(existsSync(join(dir, pair.url.replace('/handbook/', ''), 'index.html'))).toBe(true);
    const staffVsEm = readPage(dir, 'ladder/compare/staff/senior-engineering-manager/');
    expect(staffVsEm).toContain('<svg');
    expect(textOf(staffVsEm)).toContain('time on 1:1s, hiring and performance grows from 10% to 50%');
  });

  it("the IC-or-management guide's week table is the levels' data", () => {
    const rows = tableAfter(readPage(dir, 'chapters/career-paths/ic-or-management/'), 'class="week-table"');
    const [header, ...body] = rows;
    const ids = ['senior', 'staff', 'senior-engineering-manager'];
    const levels = ids.map((id) => ladder.levels.find((l) => l.id === id)!);
    expect(header).toEqual(['Activity', ...levels.map((l) => `${l.title} (${l.code})`)]);
    expect(body.map((row) => row[0])).toEqual(ladder.activities.map((a) => a.name));
    for (const [i, row] of body.entries()) {
      expect(row.slice(1)).toEqual(levels.map((l) => `${l.week[ladder.activities[i]!.id]}%`));
    }
    // The source's figures: Senior codes 60% of the week, Staff 20%, a manager of managers 5%.
    expect(body[0]).toEqual(['Coding', '60%', '20%', '5%']);
  });
});

describe('pages', () => {
  it('every page carries a CSP that lists the hash of each of its inline scripts', () => {
    for (const file of htmlFiles(dir)) {
      const html = readFileSync(join(dir, file), 'utf8');
      const csp = html.match(/http-equiv="content-security-policy" content="([^"]+)"/)?.[1];
      expect(csp, file).toContain("script-src 'self'");
      // Scripts that run (data blocks such as type="application/json" do not).
      for (const m of html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*\btype="application\/json")[^>]*>([\s\S]*?)<\/script>/g)) {
        const hash = createHash('sha256').update(m[1]!).digest('base64');
        expect(csp, `${file}: inline script not allowed by the CSP`).toContain(`'sha256-${hash}'`);
      }
    }
  });

  it("navigation lists every part but only the current part's chapters", () => {
    const html = readPage(dir, 'chapters/mentorship/feedback/');
    const nav = html.match(/<nav class="site-nav"[\s\S]*?<\/nav>/)![0];
    expect(nav).toContain('/handbook/chapters/growing-beyond-senior/');
    expect(nav).toContain('/handbook/chapters/mentorship/why-invest/');
    expect(nav).not.toContain('/handbook/chapters/growing-beyond-senior/engineer-to-ai-lead/');
  });

  it('GitHub-flavoured Markdown renders in chapters: tables, footnotes, strikethrough', () => {
    const html = readPage(dir, 'chapters/mentorship/feedback/');
    expect(html).toMatch(/<table>[\s\S]*<del>/);
    expect(html).toContain('data-footnotes');
    expect(html).toMatch(/<a href="#user-content-fn-kluger-denisi"|<a[^>]+href="#[^"]*fn[^"]*kluger-denisi/);
  });

  it('a chapter shows its edit link, last-updated date and its check quiz', () => {
    const html = readPage(dir, 'chapters/mentorship/feedback/');
    expect(html).toContain('href="https://github.com/ladderbook/ladderbook/edit/main/content/chapters/mentorship/05-feedback.mdx"');
    expect(html).toMatch(/Last updated <time datetime="\d{4}-\d{2}-\d{2}">/);
    expect(html).toContain('data-quiz="check-feedback"');
  });

  it('search indexes every chapter, level and quiz page, with kind filters', () => {
    expect(existsSync(join(dir, 'pagefind/pagefind.js'))).toBe(true);
    const indexed = htmlFiles(dir).filter((f) => readFileSync(join(dir, f), 'utf8').includes('data-pagefind-body'));
    expect(indexed).toContain('chapters/mentorship/feedback/index.html');
    expect(indexed).toContain('ladder/staff/index.html');
    expect(indexed).toContain('quizzes/level-staff/index.html');
    expect(indexed).not.toContain('search/index.html');
    // Pagefind reads only the pages its glob matches; a searchable page outside it would be missing.
    // German pages have an index of their own (tests/build/languages.test.ts).
    expect(indexedPageCounts(dir).en).toBe(indexed.filter((f) => !f.startsWith('de/')).length);
  });

  it('search under astro dev indexes exactly the pages a build indexes', async () => {
    const built = htmlFiles(dir)
      .filter((f) => readFileSync(join(dir, f), 'utf8').includes('data-pagefind-body'))
      .map((f) => `/${f.replace(/index\.html$/, '')}`);
    const dev = await searchablePaths(await loadHandbookConfig(ROOT));
    expect([...dev].sort()).toEqual(built.sort());
  });

  it('order questions never show their items already in the right order', () => {
    const html = readPage(dir, 'quizzes/check-how-people-learn/');
    const order = html.match(/<fieldset[^>]*data-type="order"[\s\S]*?<\/fieldset>/)![0];
    const items = [...order.matchAll(/<select[^>]*name="q-[a-z0-9-]+:([^"]+)"/g)].map((m) => m[1]);
    const written = ['novice', 'advanced-beginner', 'competent', 'proficient', 'expert'];
    expect([...items].sort()).toEqual([...written].sort());
    expect(items).not.toEqual(written);
  });
});
