import { describe, expect, it } from 'vitest';
import type { AuditResult, Finding, FindingStatus } from '@/utils/audit/audit';
import type { Requirement } from '@/utils/audit/requirements';
import { decideReminder, NUDGE_INTERVAL_MS, type ReminderInput, rememberReminded } from './decide';

const MSK = 'Europe/Moscow';
// Monday 2025-03-10 09:00 MSK
const NOW = Date.parse('2025-03-10T06:00:00Z');
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

function requirement(id: string): Requirement {
  const [ruleId = id, group, discipline] = id.split('/');
  const kind = ruleId === 'curator-parents' ? 'parents' : ruleId === 'curator-teachers' ? 'teachers' : 'students';
  return {
    id,
    ruleId,
    role: ruleId.startsWith('teacher') ? 'teacher' : 'curator',
    per: discipline ? 'discipline' : 'group',
    kind,
    ...(group ? { group } : {}),
    ...(discipline ? { discipline } : {}),
    suggestedTitle: `${group} — ${discipline ?? kind}`,
    clause: '2.5',
    invite: '',
  };
}

function finding(id: string, status: FindingStatus, notRequired = false): Finding {
  return { requirement: requirement(id), status, candidates: [], reasons: [], ...(notRequired ? { notRequired } : {}) };
}

function result(...findings: Finding[]): AuditResult {
  const summary = {
    total: findings.length,
    ok: 0,
    ambiguous: 0,
    missing: 0,
    incomplete: 0,
    unknown: 0,
    notRequired: 0,
    linkedByHand: 0,
  };
  for (const f of findings) {
    summary[f.status]++;
    if (f.notRequired) summary.notRequired++;
  }
  return { at: NOW, listComplete: true, findings, summary };
}

const MATH = 'teacher-discipline/ИСП-21/Математика';
const PARENTS = 'curator-parents/ТМ-31';
const STUDENTS = 'curator-students/ТМ-31';

const base = (over: Partial<ReminderInput>): ReminderInput => ({
  result: null,
  snapshotSavedAt: NOW - HOUR,
  snoozes: {},
  lastReminded: null,
  now: NOW,
  timeZone: MSK,
  ...over,
});

describe('decideReminder: what is missing', () => {
  it('names the missing chats in one short text', () => {
    const decision = decideReminder(
      base({ result: result(finding(MATH, 'missing'), finding(PARENTS, 'missing'), finding(STUDENTS, 'ok')) }),
    );
    expect(decision).toEqual({
      kind: 'missing',
      requirementIds: [MATH, PARENTS],
      title: 'Сверка: не хватает 2 чатов',
      message: 'Нет чата: ИСП-21 — Математика; ТМ-31 — родители',
      badgeCount: 2,
    });
  });

  it('in English on request', () => {
    const decision = decideReminder(base({ lang: 'en', result: result(finding(PARENTS, 'missing')) }));
    expect(decision).toMatchObject({
      kind: 'missing',
      title: 'Сверка: 1 chat missing',
      message: 'No chat: ТМ-31 — parents',
    });
  });

  it('names at most four, then «и ещё N»', () => {
    const groups = ['А-1', 'А-2', 'А-3', 'А-4', 'А-5', 'А-6'];
    const decision = decideReminder(
      base({ result: result(...groups.map((g) => finding(`curator-parents/${g}`, 'missing'))) }),
    );
    expect(decision).toMatchObject({
      kind: 'missing',
      title: 'Сверка: не хватает 6 чатов',
      message: 'Нет чата: А-1 — родители; А-2 — родители; А-3 — родители; А-4 — родители и ещё 2',
      badgeCount: 6,
    });
  });

  it('says nothing when everything is in place (ok, incomplete, ambiguous, «не требуется»)', () => {
    const decision = decideReminder(
      base({
        result: result(
          finding(MATH, 'ok'),
          finding(PARENTS, 'ok', true),
          finding(STUDENTS, 'incomplete'),
          finding('x/Y', 'ambiguous'),
        ),
      }),
    );
    expect(decision).toEqual({ kind: 'none', reason: 'all-in-place', badgeCount: 0 });
  });

  it('says nothing without requirements (no assignment roles)', () => {
    expect(decideReminder(base({ result: result() }))).toEqual({
      kind: 'none',
      reason: 'no-requirements',
      badgeCount: 0,
    });
  });
});

describe('decideReminder: snoozes', () => {
  const both = result(finding(MATH, 'missing'), finding(PARENTS, 'missing'));

  it('skips snoozed requirements until their time, and leaves them out of the badge', () => {
    const snoozed = decideReminder(base({ result: both, snoozes: { [MATH]: NOW + DAY } }));
    expect(snoozed).toMatchObject({ kind: 'missing', requirementIds: [PARENTS], badgeCount: 1 });
    const all = decideReminder(base({ result: both, snoozes: { [MATH]: NOW + DAY, [PARENTS]: NOW + 1 } }));
    expect(all).toEqual({ kind: 'none', reason: 'all-snoozed', badgeCount: 0 });
  });

  it('reminds again once the snooze has expired', () => {
    const expired = decideReminder(base({ result: both, snoozes: { [MATH]: NOW, [PARENTS]: NOW - DAY } }));
    expect(expired).toMatchObject({ kind: 'missing', requirementIds: [MATH, PARENTS], badgeCount: 2 });
  });
});

describe('decideReminder: never twice a day', () => {
  const both = result(finding(MATH, 'missing'), finding(PARENTS, 'missing'));

  it('does not repeat a requirement on the same local day', () => {
    const lastReminded = rememberReminded(null, [MATH, PARENTS], NOW, MSK);
    expect(lastReminded).toEqual({ day: '2025-03-10', requirementIds: [MATH, PARENTS] });
    expect(decideReminder(base({ result: both, lastReminded, now: NOW + 8 * HOUR }))).toEqual({
      kind: 'none',
      reason: 'reminded-today',
      badgeCount: 2,
    });
  });

  it('reminds of a newly missing one the same day, only that one', () => {
    const lastReminded = rememberReminded(null, [MATH], NOW, MSK);
    const decision = decideReminder(base({ result: both, lastReminded, now: NOW + 2 * HOUR }));
    expect(decision).toMatchObject({ kind: 'missing', requirementIds: [PARENTS], badgeCount: 2 });
    expect(rememberReminded(lastReminded, [PARENTS], NOW + 2 * HOUR, MSK).requirementIds).toEqual([MATH, PARENTS]);
  });

  it('the day is the local one: 23:30 and 00:30 MSK are two days, 02:00 and 23:00 MSK one', () => {
    const at2330 = Date.parse('2025-03-10T20:30:00Z');
    const lastReminded = rememberReminded(null, [MATH, PARENTS], at2330, MSK);
    expect(decideReminder(base({ result: both, lastReminded, now: at2330 + HOUR })).kind).toBe('missing');
    const at0200 = Date.parse('2025-03-09T23:00:00Z');
    const early = rememberReminded(null, [MATH, PARENTS], at0200, MSK);
    expect(early.day).toBe('2025-03-10');
    expect(decideReminder(base({ result: both, lastReminded: early, now: at0200 + 21 * HOUR })).kind).toBe('none');
  });

  it('the next day, it reminds again', () => {
    const lastReminded = rememberReminded(null, [MATH, PARENTS], NOW, MSK);
    expect(decideReminder(base({ result: both, lastReminded, now: NOW + DAY }))).toMatchObject({
      kind: 'missing',
      requirementIds: [MATH, PARENTS],
    });
  });
});

describe('decideReminder: partial data is never a reminder', () => {
  it('no reminder on unknown findings; a gentle refresh nudge instead', () => {
    const decision = decideReminder(base({ result: result(finding(MATH, 'unknown'), finding(PARENTS, 'ok')) }));
    expect(decision).toEqual({
      kind: 'refresh-nudge',
      title: 'Сверка',
      message: 'Откройте MAX web, чтобы обновить данные',
      badgeCount: 0,
    });
  });

  it('the nudge comes at most once a week', () => {
    const unknown = result(finding(MATH, 'unknown'));
    expect(decideReminder(base({ result: unknown, lastRefreshNudgeAt: NOW - 6 * DAY }))).toEqual({
      kind: 'none',
      reason: 'nudged-this-week',
      badgeCount: 0,
    });
    expect(decideReminder(base({ result: unknown, lastRefreshNudgeAt: NOW - NUDGE_INTERVAL_MS })).kind).toBe(
      'refresh-nudge',
    );
  });

  it('nudges without a stored snapshot, or with one older than a week, and does not remind from it', () => {
    expect(decideReminder(base({ result: null, snapshotSavedAt: undefined })).kind).toBe('refresh-nudge');
    const old = decideReminder(base({ result: result(finding(MATH, 'missing')), snapshotSavedAt: NOW - 8 * DAY }));
    expect(old).toMatchObject({ kind: 'refresh-nudge', badgeCount: 1 });
  });

  it('missing and unknown together: reminds of the missing ones only', () => {
    const decision = decideReminder(base({ result: result(finding(MATH, 'missing'), finding(PARENTS, 'unknown')) }));
    expect(decision).toMatchObject({ kind: 'missing', requirementIds: [MATH], badgeCount: 1 });
  });
});
