import { describe, expect, it } from 'vitest';
import { type AuditChat, audit } from '@/utils/audit/audit';
import { groupChat } from '@/utils/audit/group-chat.testing';
import type { MaxId } from '@/utils/max/bridge-events';
import { DEFAULT_PROFILE } from '@/utils/profile/default-profile';
import { attentionCount, incompleteCauses, isProblem } from './attention';

const ME = '1000001';
const OTHER = '1000110';
const NOW = Date.UTC(2025, 10, 24, 9);
const profile = { ...DEFAULT_PROFILE, groups: [{ code: 'ИСП-22', size: 25 }] };
const chat = (id: MaxId, title: string, extra: Partial<AuditChat> = {}): AuditChat => ({
  ...groupChat(id, title, ME),
  ...extra,
});

const assignment = {
  roles: [
    { role: 'curator' as const, group: 'ИСП-22' },
    { role: 'teacher' as const, group: 'ИСП-22', discipline: 'Математика' },
  ],
};
// The demo college's «Матем. ИСП-22»: 13 members with her, 25 in the group; students' chat fine; teachers' chat
// someone else's; no parents' chat.
const chats = [
  chat('-70000000204', 'Матем. ИСП-22', { participantsCount: 13 }),
  chat('-70000000201', 'Группа ИСП 22 — студенты'),
  chat('-70000000203', 'Группа ИСП 22 — преподаватели', { owner: OTHER, admins: [OTHER] }),
];
const result = audit(profile, assignment, { chats, me: { id: ME }, listComplete: true }, [], NOW);
const byId = (id: string) => {
  const found = result.findings.find((f) => f.requirement.id === id);
  if (!found) throw new Error(id);
  return found;
};

describe('what needs action', () => {
  it('counts missing, incomplete and ambiguous for the toggle tab; unknown and fine are not', () => {
    expect(result.summary).toMatchObject({ ok: 1, missing: 1, incomplete: 2 });
    expect(attentionCount(result.summary)).toBe(3);
    expect(attentionCount({ ...result.summary, ok: 0, missing: 0, incomplete: 0, ambiguous: 2, unknown: 5 })).toBe(2);
    expect(attentionCount({ ...result.summary, missing: 0, incomplete: 0, ambiguous: 0, unknown: 4 })).toBe(0);
  });

  it('a problem is anything but fine', () => {
    expect(result.findings.filter(isProblem).map((f) => f.status)).not.toContain('ok');
    expect(isProblem(byId('curator-students/ИСП-22'))).toBe(false);
  });

  it('an incomplete finding names its causes, each saying what to do', () => {
    const ru = (id: string) => incompleteCauses(byId(id)).map((r) => r.code);
    expect(ru('teacher-discipline/ИСП-22/Математика')).toEqual(['few-members']);
    expect(ru('curator-teachers/ИСП-22')).toEqual(['not-owner-or-admin']);
    expect(ru('curator-students/ИСП-22')).toEqual([]);
  });
});
