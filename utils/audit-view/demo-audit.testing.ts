/**
 * One curator's and teacher's audit from the demo college, shared by the tests of what the sidebar derives from it
 * (attention.test.ts, sidebar-model.test.ts).
 */
import { type AuditChat, audit } from '@/utils/audit/audit';
import { groupChat } from '@/utils/audit/group-chat.testing';
import type { MaxId } from '@/utils/max/bridge-events';
import { DEFAULT_PROFILE } from '@/utils/profile/default-profile';

const ME = '1000001';
const OTHER = '1000110';
const NOW = Date.UTC(2025, 10, 24, 9);
const profile = { ...DEFAULT_PROFILE, groups: [{ code: 'ИСП-22', size: 25 }] };
export const chat = (id: MaxId, title: string, extra: Partial<AuditChat> = {}): AuditChat => ({
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
export const chats = [
  chat('-70000000204', 'Матем. ИСП-22', { participantsCount: 13 }),
  chat('-70000000201', 'Группа ИСП 22 — студенты'),
  chat('-70000000203', 'Группа ИСП 22 — преподаватели', { owner: OTHER, admins: [OTHER] }),
];
export const result = audit(profile, assignment, { chats, me: { id: ME }, listComplete: true }, [], NOW);
