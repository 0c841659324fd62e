import { describe, expect, it } from 'vitest';
import { DEFAULT_PROFILE } from '@/utils/profile/default-profile';
import { buildOrganizationModel } from './organization-model';
import { DAY, ORGANIZATION, recordOf } from './summary.testing';

const NOW = new Date(2026, 11, 2, 12).getTime();
const profile = {
  ...DEFAULT_PROFILE,
  organization: { name: ORGANIZATION },
  people: [
    { name: 'Иванова Мария Петровна', roles: [{ role: 'curator' as const, group: 'ИСП-21' }] },
    { name: 'Петров Пётр Ильич', roles: [{ role: 'curator' as const, group: 'ИСП-22' }] },
    { name: 'Сидорова Анна Сергеевна', roles: [{ role: 'curator' as const, group: 'ИСП-23' }] },
  ],
};

const records = [
  // Иванова: an old summary (history) and the newest, 2 days old.
  recordOf({
    name: 'Иванова Мария Петровна',
    group: 'ИСП-21',
    statuses: ['missing', 'missing', 'ok'],
    createdAt: NOW - 20 * DAY,
  }),
  recordOf({
    name: 'Иванова Мария Петровна',
    group: 'ИСП-21',
    statuses: ['ok', 'ok', 'missing', 'incomplete'],
    createdAt: NOW - 2 * DAY,
    staleLinks: ['https://max.ru/join/aaa', 'https://max.ru/join/bbb'],
  }),
  // Петров: 15 days old — out of date at 14.
  recordOf({
    name: 'петров пётр ильич',
    group: 'ИСП-22',
    statuses: ['ok', 'unknown', 'ambiguous'],
    createdAt: NOW - 15 * DAY,
    staleLinks: ['https://max.ru/join/aaa'],
  }),
];

describe('the organization page’s model', () => {
  const model = buildOrganizationModel(profile, records, NOW);

  it('per person: the newest summary’s counts by status, its age, the flag when older than the set days', () => {
    expect(
      model.people.map((p) => ({ name: p.name, counts: p.counts, ageDays: p.ageDays, stale: p.stale, kept: p.kept })),
    ).toEqual([
      {
        name: 'Иванова Мария Петровна',
        counts: { ok: 2, missing: 1, incomplete: 1, ambiguous: 0, unknown: 0, total: 4 },
        ageDays: 2,
        stale: false,
        kept: 2,
      },
      {
        name: 'петров пётр ильич',
        counts: { ok: 1, missing: 0, incomplete: 0, ambiguous: 1, unknown: 1, total: 3 },
        ageDays: 15,
        stale: true,
        kept: 1,
      },
    ]);
    expect(buildOrganizationModel(profile, records, NOW, 30).people.some((p) => p.stale)).toBe(false);
  });

  it('who in the profile sent nothing (names matched whatever the case)', () => {
    expect(model.notSent).toEqual(['Сидорова Анна Сергеевна']);
  });

  it('coverage: «есть» ÷ all requirements of those who sent, whole percent, overall and per group', () => {
    expect(model.coverage).toEqual({ ok: 3, total: 7, percent: 43 });
    expect(model.groups.map((g) => [g.group, g.coverage.percent, g.rows.length])).toEqual([
      ['ИСП-21', 50, 4],
      ['ИСП-22', 33, 3],
    ]);
    // Each group's counts by status: its line on the page before its table is opened.
    expect(model.groups.map((g) => g.counts)).toEqual([
      { ok: 2, missing: 1, incomplete: 1, ambiguous: 0, unknown: 0, total: 4 },
      { ok: 1, missing: 0, incomplete: 0, ambiguous: 1, unknown: 1, total: 3 },
    ]);
    expect(model.groups[0]?.rows[0]).toMatchObject({ person: 'Иванова Мария Петровна', role: 'curator' });
  });

  it('coverage over time from the summaries’ dates, each person’s latest by then', () => {
    expect(model.history.map((p) => p.percent)).toEqual([33, 33, 43]);
  });

  it('stale links across the organization, one row per link however many people saw it', () => {
    expect(model.links).toEqual([
      {
        url: 'https://max.ru/join/bbb',
        ageDays: 21,
        chatTitle: 'ИСП-21 Родители',
        seenBy: ['Иванова Мария Петровна'],
      },
      {
        url: 'https://max.ru/join/aaa',
        ageDays: 20,
        chatTitle: 'ИСП-21 Родители',
        seenBy: ['Иванова Мария Петровна', 'петров пётр ильич'],
      },
    ]);
  });

  it('nothing kept: no people, everyone not sent, no coverage to count', () => {
    const empty = buildOrganizationModel(profile, [], NOW);
    expect(empty.people).toEqual([]);
    expect(empty.notSent).toHaveLength(3);
    expect(empty.coverage.percent).toBeNull();
    expect(empty.history).toEqual([]);
  });
});
