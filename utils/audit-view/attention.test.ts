import { describe, expect, it } from 'vitest';
import { type AuditChat, audit } from '../audit/audit';
import { groupChat } from '../audit/group-chat.testing';
import { createTranslator } from '../i18n/translator';
import type { MaxId } from '../max/bridge-events';
import { DEFAULT_PROFILE } from '../profile/default-profile';
import type { MaxSnapshot } from '../snapshot/max-snapshot';
import { attentionCount, incompleteCauses, isProblem } from './attention';
import { chatMarks } from './sidebar-model';

const ME = '1000001';
const OTHER = '1000110';
const NOW = Date.UTC(2025, 10, 24, 9);
const profile = { ...DEFAULT_PROFILE, groups: [{ code: 'ИСП-22', size: 25 }] };
const chat = (id: MaxId, title: string, extra: Partial<AuditChat> = {}): AuditChat => ({
  ...groupChat(id, title, ME),
  ...extra,
});
const snapshotOf = (chats: AuditChat[]) =>
  ({ chats: Object.fromEntries(chats.map((c) => [c.id, c])) }) as unknown as MaxSnapshot;

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

describe('marks in MAX’s chat list', () => {
  const t = createTranslator('ru');
  const marks = chatMarks(result, snapshotOf(chats), t);
  const markOf = (id: string) => marks.find((m) => m.chatId === id);

  it('a fine chat is ok, naming the requirement', () => {
    expect(markOf('-70000000201')).toMatchObject({ status: 'ok', tooltip: 'Сверка: ИСП-22 — обучающиеся' });
  });

  it('an incomplete chat says so, and why, and what to do', () => {
    expect(markOf('-70000000204')).toMatchObject({
      status: 'incomplete',
      tooltip: 'Сверка: ИСП-22 — Математика — неполный: в чате 12 из 25 — пригласите оставшихся',
    });
    expect(markOf('-70000000203')?.tooltip).toBe(
      'Сверка: ИСП-22 — преподаватели — неполный: вы не владелец и не администратор чата «Группа ИСП 22 — преподаватели» — попросите владельца сделать вас администратором',
    );
    const en = chatMarks(result, snapshotOf(chats), createTranslator('en')).find((m) => m.chatId === '-70000000204');
    expect(en?.tooltip).toBe('Sverka: ИСП-22 — Математика — incomplete: the chat has 12 of 25 — invite the rest');
  });
});
