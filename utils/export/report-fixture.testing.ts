/** A small report's data, shared by the model's and the page's tests. */

import type { AuditRecord } from '@/utils/audit/audit-record';
import type { Setup } from '@/utils/audit/setup';
import { DEFAULT_PROFILE } from '@/utils/profile/default-profile';
import type { StoredSnapshot } from '@/utils/snapshot/max-snapshot';
import type { ReportData } from './report-data';

export const NOW = Date.UTC(2026, 10, 25, 12);
export const DAY = 24 * 60 * 60 * 1000;
const ME = '1000001';
export const STUDENTS_CHAT = '-70000000010';
export const PARENTS_CHAT = '-70000000011';

const snapshot: StoredSnapshot = {
  userId: ME,
  userName: 'Иванова Мария Петровна',
  savedAt: NOW - 3600_000,
  listComplete: true,
  chats: [
    { id: STUDENTS_CHAT, type: 'CHAT', status: 'ACTIVE', title: 'ИСП-21 Студенты', owner: ME, participantsCount: 26 },
    {
      id: PARENTS_CHAT,
      type: 'CHAT',
      status: 'ACTIVE',
      title: 'ИСП-21 Родители',
      owner: ME,
      link: 'https://max.ru/join/old',
      participantsCount: 3,
      members: [
        [ME, NOW - 60 * DAY],
        ['1000005', NOW - 59 * DAY],
        ['1000006', NOW - 58 * DAY],
      ],
    },
  ],
  contacts: {},
  links: [{ url: 'https://max.ru/join/old', chatId: '1000012', messageId: '5', sender: ME, time: NOW - 30 * DAY }],
};

const run = (at: number, statuses: Record<string, string>): AuditRecord => ({
  userId: ME,
  at,
  summary: { total: 0, ok: 0, missing: 0, unknown: 0 },
  requirementStatuses: statuses,
});

export function reportData(overrides: Partial<ReportData> = {}): ReportData {
  const setup: Setup = {
    profile: { ...DEFAULT_PROFILE, groups: [{ code: 'ИСП-21', size: 2 }] },
    profileSource: 'default',
    assignment: { roles: [{ role: 'curator', group: 'ИСП-21' }] },
    overrides: [],
  };
  return {
    organization: 'ГБПОУ МО «Можайский техникум»',
    userName: 'Иванова Мария Петровна',
    at: NOW,
    setup,
    snapshot,
    notes: [
      { id: 1, subjectType: 'audit', subjectKey: '', text: 'Общая', createdAt: 1, updatedAt: 1 },
      {
        id: 2,
        subjectType: 'requirement',
        subjectKey: 'curator-teachers/ИСП-21',
        text: 'Создать чат преподавателей',
        due: '2026-11-20',
        createdAt: 2,
        updatedAt: 2,
      },
    ],
    linkDecisions: [{ url: 'https://max.ru/join/old', mark: 'keep', firstSeenAt: 1, updatedAt: 1 }],
    // Сверка has watched the parents' chat for 20 days: nobody was added (the link is stale).
    linkHistory: {
      'https://max.ru/join/old': {
        chatId: PARENTS_CHAT,
        firstSeenAt: NOW - 20 * DAY,
        lastSeenAt: NOW - DAY,
        baseline: { at: NOW - 20 * DAY, count: 3, members: [ME, '1000005', '1000006'] },
      },
    },
    audits: [
      run(NOW - 2 * DAY, { 'curator-students/ИСП-21': 'missing', 'curator-parents/ИСП-21': 'missing' }),
      run(NOW - DAY, {
        'curator-students/ИСП-21': 'ok',
        'curator-parents/ИСП-21': 'incomplete',
        'curator-teachers/ИСП-21': 'missing',
        'staff-all': 'ok',
      }),
    ],
    ...overrides,
  };
}
