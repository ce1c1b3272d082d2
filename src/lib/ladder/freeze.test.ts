import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { planFreeze, withoutFormerly, type FreezeRequest } from './freeze.ts';

const LEVEL = '---\ntitle: Engineer III\nformerly: senior-engineer\nrank: 5\n---\n\n## Narrative\n\nformerly: stays in the body.\n';
const request = (change: Partial<FreezeRequest> = {}): FreezeRequest => ({
  name: '2026',
  today: '2026-12-03',
  current: { name: '2026', date: '2026-01-10', note: 'First.' },
  frozen: ['2025'],
  files: [
    { path: 'tracks.yaml', text: '- { id: ic }\n' },
    { path: 'levels/engineer-3.mdx', text: LEVEL },
    { path: 'levels/staff.mdx', text: '---\ntitle: Staff\n---\n' },
  ],
  ...change,
});

describe('planFreeze', () => {
  it('copies every ladder file under revisions/<name>/, names the copy and the next revision, and unlinks formerly', () => {
    const plan = planFreeze(request());
    if (!plan.ok) throw new Error(plan.error);
    expect(plan.writes.map((w) => w.path)).toEqual([
      'revisions/2026/revision.yaml',
      'revisions/2026/tracks.yaml',
      'revisions/2026/levels/engineer-3.mdx',
      'revisions/2026/levels/staff.mdx',
      'revision.yaml',
      'levels/engineer-3.mdx',
    ]);
    const text = (path: string) => plan.writes.find((w) => w.path === path)!.text;
    expect(parse(text('revisions/2026/revision.yaml'))).toEqual({ name: '2026', date: '2026-01-10', note: 'First.' });
    expect(text('revisions/2026/revision.yaml')).toContain('name: "2026"');
    expect(parse(text('revision.yaml'))).toEqual({ name: '2027', date: '2026-12-03' });
    expect(text('revisions/2026/levels/engineer-3.mdx')).toBe(LEVEL);
    expect(text('levels/engineer-3.mdx')).toBe('---\ntitle: Engineer III\nrank: 5\n---\n\n## Narrative\n\nformerly: stays in the body.\n');
    expect(plan.unlinked).toEqual(['levels/engineer-3.mdx']);
  });

  it('freezes a ladder that had no revision.yaml, dated today', () => {
    const plan = planFreeze(request({ current: undefined, name: '2026-h1', next: '2026-h2' }));
    expect(plan.ok && [plan.frozen, plan.next]).toEqual([
      { name: '2026-h1', date: '2026-12-03' },
      { name: '2026-h2', date: '2026-12-03' },
    ]);
  });

  it('never dates the next revision before the frozen one', () => {
    const plan = planFreeze(request({ current: { name: '2026', date: '2027-01-01' } }));
    expect(plan.ok && plan.next.date).toBe('2027-01-01');
  });

  it.each<[string, Partial<FreezeRequest>, string]>([
    ['a name that is not a revision name', { name: 'Next Year', current: undefined }, '"Next Year" cannot name a revision: use lowercase letters, digits and hyphens, like 2026 or 2027-h2'],
    ['another name than the current revision’s', { name: '2025' }, 'the current revision is named "2026" in revision.yaml; freeze it under that name: npm run ladder:freeze -- 2026'],
    ['a name already frozen', { name: '2025', current: undefined }, 'revision "2025" is already frozen (revisions/2025/); freeze the current ladder under its own name'],
    ['a name that does not count up, without --next', { name: 'spring', current: undefined }, 'name the revision that follows "spring" with --next <name> (it becomes the current ladder\'s name)'],
    ['a next name already taken', { next: '2025' }, '"2025" is already a revision\'s name; choose another with --next'],
  ])('refuses %s', (_case, change, error) => {
    expect(planFreeze(request(change))).toEqual({ ok: false, error });
  });
});

describe('withoutFormerly', () => {
  it.each([
    ['a top-level formerly in the frontmatter', '---\na: 1\nformerly: x\nb: 2\n---\nbody\n', '---\na: 1\nb: 2\n---\nbody\n'],
    ['formerly as the last key', '---\na: 1\nformerly: x\n---\n', '---\na: 1\n---\n'],
    ['no formerly', '---\na: 1\n---\nformerly: x\n', '---\na: 1\n---\nformerly: x\n'],
  ])('%s', (_case, text, expected) => {
    expect(withoutFormerly(text)).toBe(expected);
  });
});
