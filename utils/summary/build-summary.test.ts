import { describe, expect, it } from 'vitest';
import { NOW, PARENTS_CHAT, reportData, STUDENTS_CHAT } from '@/utils/export/report-fixture.testing';
import { buildReportModel } from '@/utils/export/report-model';
import { buildSummary, summaryFileName } from './build-summary';
import { parseSummaryText, SUMMARY_FORMAT } from './summary-schema';

/** The report fixture's curator, listed in the profile by her full name, with a dialog partner and a waived row. */
function summaryOf() {
  const base = reportData();
  const data = reportData({
    setup: {
      ...base.setup,
      profile: {
        ...base.setup.profile,
        people: [
          { name: 'Иванова Мария Петровна', roles: [{ role: 'curator', group: 'ИСП-21' }] },
          { name: 'Петров Пётр Ильич', roles: [{ role: 'curator', group: 'ИСП-22' }] },
        ],
      },
      overrides: [{ requirementId: 'curator-teachers/ИСП-21', notRequiredReason: 'один преподаватель', createdAt: 1 }],
    },
    snapshot: base.snapshot && {
      ...base.snapshot,
      userName: 'Мария Иванова',
      chats: [
        ...base.snapshot.chats,
        { id: '1000012', type: 'DIALOG', title: 'Сидоров Семён +7 916 000-00-00', members: [['1000012', 1]] },
      ],
      contacts: { '1000012': 'Сидоров Семён', '1000013': 'Кузнецова Анна' },
    },
  });
  const model = buildReportModel(data);
  if (!model.result || !data.snapshot || !data.setup.assignment) throw new Error('fixture has no audit');
  return buildSummary({
    profile: data.setup.profile,
    assignment: data.setup.assignment,
    snapshot: data.snapshot,
    result: model.result,
    links: model.links,
    now: NOW,
  });
}

describe('the summary for the administrator', () => {
  it('names the person as the profile does, with their MAX id, roles, times and whether the list was complete', () => {
    const summary = summaryOf();
    expect(summary).toMatchObject({
      format: SUMMARY_FORMAT,
      version: 1,
      organization: DEFAULT_ORGANIZATION,
      person: { name: 'Иванова Мария Петровна', maxUserId: '1000001' },
      roles: [{ role: 'curator', group: 'ИСП-21' }],
      createdAt: NOW,
      dataAt: NOW - 3600_000,
      listComplete: true,
    });
  });

  it('per requirement: status, reason codes, the chosen chat with members and ownership, and overrides', () => {
    const byId = new Map(summaryOf().requirements.map((r) => [r.id, r]));
    expect(byId.get('curator-students/ИСП-21')).toMatchObject({
      status: 'ok',
      group: 'ИСП-21',
      title: 'ИСП-21 — обучающиеся',
      chat: { id: STUDENTS_CHAT, title: 'ИСП-21 Студенты', members: 26, ownerOrAdmin: true },
    });
    expect(byId.get('curator-students/ИСП-21')?.reasons).toContain('found');
    expect(byId.get('curator-parents/ИСП-21')?.chat).toMatchObject({ id: PARENTS_CHAT, members: 3 });
    expect(byId.get('curator-teachers/ИСП-21')).toMatchObject({
      status: 'ok',
      notRequired: { reason: 'один преподаватель' },
    });
  });

  it('lists the invite links seen with status and age, and passes its own schema', () => {
    const summary = summaryOf();
    expect(summary.links).toEqual([
      expect.objectContaining({ url: 'https://max.ru/join/old', status: 'stale', ageDays: 30 }),
    ]);
    const parsed = parseSummaryText(JSON.stringify(summary));
    expect(parsed.ok).toBe(true);
  });

  it('carries no message text, phone number, token or anyone else’s name', () => {
    const text = JSON.stringify(summaryOf());
    for (const secret of [
      'Сидоров',
      'Кузнецова',
      'Петров Пётр',
      '+7 916',
      'Мария Иванова',
      '__oneme_auth',
      'messageId',
    ])
      expect(text).not.toContain(secret);
    // Only the fields the schema names: nothing of the snapshot's contacts or messages rides along.
    expect(Object.keys(summaryOf()).sort()).toEqual(
      [
        'format',
        'version',
        'organization',
        'person',
        'roles',
        'createdAt',
        'dataAt',
        'listComplete',
        'requirements',
        'links',
      ].sort(),
    );
  });
});

const DEFAULT_ORGANIZATION = reportData().setup.profile.organization.name;

describe('the summary file’s name', () => {
  it('says who (surname and initials, in Cyrillic) and when (local date)', () => {
    const at = new Date(2026, 11, 1, 10).getTime();
    expect(summaryFileName('Иванова Мария Петровна', at)).toBe('sverka-сводка-Иванова-М-П-2026-12-01.json');
    expect(summaryFileName('ёлкина анна', at)).toBe('sverka-сводка-ёлкина-А-2026-12-01.json');
    expect(summaryFileName('Иванова/..\\ Мария', at)).toBe('sverka-сводка-Иванова-М-2026-12-01.json');
    expect(summaryFileName('', at)).toBe('sverka-сводка-2026-12-01.json');
  });
});

describe('reading a summary file', () => {
  const good = () => JSON.parse(JSON.stringify(summaryOf()));
  it('names what is wrong: not JSON, not a summary, another version, a bad field', () => {
    expect(parseSummaryText('{')).toEqual({ ok: false, problem: { kind: 'not-json' } });
    expect(parseSummaryText('{"format":"sverka-profile"}')).toEqual({ ok: false, problem: { kind: 'not-summary' } });
    expect(parseSummaryText(JSON.stringify({ ...good(), version: 2 }))).toEqual({
      ok: false,
      problem: { kind: 'version', version: 2 },
    });
    const bad = good();
    bad.requirements[0].status = 'maybe';
    const parsed = parseSummaryText(JSON.stringify(bad));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problem).toMatchObject({ kind: 'field', path: 'requirements.0.status' });
    expect(parseSummaryText(' '.repeat(2_000_001))).toEqual({ ok: false, problem: { kind: 'too-large' } });
  });
});
