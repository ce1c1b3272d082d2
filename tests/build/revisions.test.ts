/**
 * The ladder's revisions in the built sites. The fork fixture carries two revisions (2026, frozen,
 * and the current 2027) with a change of every kind: its site has /ladder/changes/, archived level
 * pages with their banner, "Changed since 2026" on the levels that changed, then-and-now pages and
 * ladder-changes.json. The default handbook names its one revision.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SITE, FORK_SITE, siteDir } from '../support/sites.ts';
import { readPage, tableAfter, textOf } from '../support/html.ts';

const fork = siteDir(FORK_SITE);
const BASE = '/acme-ladder/';
const json = (dir: string, file: string) => JSON.parse(readFileSync(join(dir, file), 'utf8')) as Record<string, unknown>;

/** Whether the page links `href` with exactly `text` (whatever other attributes the link has). */
function links(html: string, href: string, text: string): boolean {
  const escape = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`href="${escape(href)}"[^>]*>${escape(text)}</a>`).test(html);
}

/** The text of one section of a page: from the element with `id` to the next h2. */
function section(html: string, id: string): string {
  const start = html.indexOf(`id="${id}"`);
  if (start < 0) return '';
  const rest = html.slice(start);
  const end = rest.indexOf('<h2', 10);
  return textOf(rest.slice(rest.indexOf('>') + 1, end < 0 ? undefined : end));
}

describe('the fork fixture’s revisions', () => {
  const changes = readPage(fork, 'ladder/changes/');
  const text = textOf(changes);

  it('lists every revision on /ladder/changes/, newest first, with its note', () => {
    expect(text.indexOf('2027 current')).toBeLessThan(text.indexOf('2026 Took effect'));
    expect(text).toContain('Took effect on November 16, 2026.');
    expect(text).toContain('Staff Engineers now set direction for a whole product area');
    expect(text).toContain('The earliest revision on record');
  });

  it.each([
    ['a level added', 'Engineer I E1 New in 2027.'],
    ['a level retired', 'On-call Lead OPS2 Retired in 2027; last published in 2026.'],
    ['a level renamed', 'Renamed from Team Lead (TL) to Engineering Lead (M1).'],
    ['a level whose id changed', 'Renamed from Senior Engineer (E3) to Engineer III (E3). Its id changed from senior-engineer to engineer-3.'],
    ['a level moved to another track', 'Moved from the Operations track to Site reliability.'],
    ['a step moved, with its direction', 'Scope: A whole system → A product area (up).'],
    ['a signal added', 'New signal: Two or more people you mentored now own systems of their own.'],
    ['a signal retired', 'Signal retired: You write an RFC for every change that crosses a team boundary.'],
    ['a signal reworded', 'Signal reworded: Several teams follow a technical direction you proposed and explained in writing. (was “Another team follows a technical direction you proposed.”)'],
    ['a trap added', 'New trap: Direction by decree.'],
    ['a trap retired', 'Trap retired: The ticket machine.'],
    ['a trap reworded', 'Trap reworded: Architecture without delivery.'],
    ['a week share changed', 'Week, Building features: 35% → 25% (−10 points).'],
    ['tracks added, retired and renamed', 'Tracks: Site reliability (new); Operations (retired); Team leadership → Engineering leadership (renamed)'],
    ['dimension steps added and reworded', 'Steps of Scope: Tasks → Single tasks Steps of Operational ownership: Owns the practice (new)'],
  ])('shows %s', (_kind, line) => {
    expect(text).toContain(line);
  });

  it('keeps each level of 2026 at /ladder/2026/<id>/, with a banner, its frozen narrative and a link to the level now', () => {
    const page = readPage(fork, 'ladder/2026/staff-engineer/');
    expect(textOf(page)).toContain('This page is from the 2026 revision of the ladder, dated December 1, 2025. It is kept as it was. The ladder is now at revision 2027.');
    expect(links(page, `${BASE}ladder/staff-engineer/`, 'Staff Engineer now')).toBe(true);
    expect(links(page, `${BASE}ladder/staff-engineer/since/2026/`, 'What changed for this level')).toBe(true);
    expect(textOf(page)).toContain('In 2026 a Staff Engineer set the direction of one system.');
    expect(tableAfter(page, 'id="where-this-level-stood"')[1]).toEqual(['Scope', 'A whole system (3 of 4)', 'One service or subsystem, its roadmap and its long-term health.']);
    // An archived page is not searchable, and has the checklist but no readiness summary or packet.
    expect(page).not.toContain('data-pagefind-body');
    expect(page).toContain('<lb-assessment');
    expect(page).not.toContain('Promotion packet');
  });

  it('follows a level whose id changed to its page now, and a retired level to the revision that retired it', () => {
    expect(links(readPage(fork, 'ladder/2026/senior-engineer/'), `${BASE}ladder/engineer-3/`, 'Engineer III now')).toBe(true);
    const retired = textOf(readPage(fork, 'ladder/2026/on-call-lead/'));
    expect(retired).toContain('On-call Lead was retired in the 2027 revision. What changed in the ladder');
  });

  it('links a frozen narrative’s level ids to the same revision’s pages, and chapters to the current ones', () => {
    const page = readPage(fork, 'ladder/2026/senior-engineer/');
    expect(links(page, `${BASE}ladder/2026/staff-engineer/`, 'Staff Engineer')).toBe(true);
    expect(links(page, `${BASE}ladder/2026/engineering-lead/#what-the-work-looks-like`, 'Team Lead')).toBe(true);
    expect(links(readPage(fork, 'ladder/2026/staff-engineer/'), `${BASE}chapters/growing/promotion-conversations/#bring-evidence-not-adjectives`, 'what promotion evidence looks like')).toBe(true);
  });

  it('puts "Changed since 2026" on each level that changed', () => {
    expect(section(readPage(fork, 'ladder/staff-engineer/'), 'changed-since')).toContain('Scope: A whole system → A product area (up).');
    expect(section(readPage(fork, 'ladder/engineer-1/'), 'changed-since')).toContain('New in 2027.');
    expect(section(readPage(fork, 'ladder/reliability-engineer/'), 'changed-since')).toContain('Moved from the Operations track to Site reliability.');
    expect(readPage(fork, 'ladder/engineer-3/')).toContain('id="changed-since"');
    expect(section(readPage(fork, 'ladder/engineer-2/'), 'changed-since')).toContain('Week, Building features: 65% → 60%');
  });

  it('compares a level with itself in the earlier revision, once per level that existed then', () => {
    const page = readPage(fork, 'ladder/engineer-3/since/2026/');
    expect(textOf(page)).toContain('Senior Engineer in the 2026 revision of the ladder beside Engineer III now, in revision 2027.');
    expect(tableAfter(page, 'id="dimensions"')[1]).toEqual(['Scope', 'A whole system', 'A whole system', 'same']);
    expect(tableAfter(readPage(fork, 'ladder/staff-engineer/since/2026/'), 'id="dimensions"')[1]).toEqual(['Scope', 'A whole system', 'A product area', 'up']);
    expect(existsSync(join(fork, 'ladder/engineer-1/since/2026/index.html'))).toBe(false);
    expect(links(readPage(fork, 'ladder/staff-engineer/'), `${BASE}ladder/staff-engineer/since/2026/`, '2026')).toBe(true);
  });

  it('names the revision in ladder.json and publishes ladder-changes.json, valid against its schema', () => {
    expect(json(fork, 'ladder.json').revision).toEqual(expect.objectContaining({ name: '2027', date: '2026-11-16' }));
    const data = json(fork, 'ladder-changes.json');
    const validate = new Ajv2020({ strict: false, allErrors: true }).compile(json(fork, 'ladder-changes.schema.json'));
    expect(validate(data) ? [] : validate.errors).toEqual([]);
    const revisions = data.revisions as { name: string; changes: { levels: { kind: string; level: { id: string; url: string } }[] } | null }[];
    expect(revisions.map((r) => r.name)).toEqual(['2027', '2026']);
    expect(revisions[0]!.changes!.levels.map((c) => `${c.kind} ${c.level.id}`)).toEqual([
      'added engineer-1',
      'changed engineer-2',
      'changed engineer-3',
      'changed staff-engineer',
      'changed engineering-lead',
      'changed reliability-engineer',
      'retired on-call-lead',
    ]);
    expect(revisions[0]!.changes!.levels.at(-1)!.level.url).toBe(`${BASE}ladder/2026/on-call-lead/`);
  });
});

describe('the default handbook’s revision', () => {
  const dir = siteDir(DEFAULT_SITE);

  it('names its one revision on the ladder page, in ladder.json and on /ladder/changes/', () => {
    expect(textOf(readPage(dir, 'ladder/'))).toContain('This is revision 2026 of the ladder, in effect since November 20, 2026.');
    expect((json(dir, 'ladder.json').revision as { name: string }).name).toBe('2026');
    expect(textOf(readPage(dir, 'ladder/changes/'))).toContain('The earliest revision on record');
    expect(existsSync(join(dir, 'ladder/staff/since'))).toBe(false);
    // With no earlier revision, no level has changed since one.
    expect(readPage(dir, 'ladder/staff/')).not.toContain('id="changed-since"');
  });
});
