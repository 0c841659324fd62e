/**
 * The audit's cost (docs/budgets.md): 2,000 chats × 60 requirements < 10 ms median; an administrator's account
 * of 10,000 chats < 30 ms.
 * `npx vitest bench --run tests/bench/audit.bench.ts`.
 * 60 requirements: curator of 12 groups (36) + teacher of 3 disciplines in 8 groups (24). The titles mix the
 * forms of the title table; two thirds of the chats name a group. Two cases: the same list again (titles already
 * normalized once, as when the sidebar re-audits after a change) and lists of titles never seen (cold).
 */
import { bench, describe } from 'vitest';
import { type AuditChat, audit } from '../../utils/audit/audit';
import { requirementsFor } from '../../utils/audit/requirements';
import { DEFAULT_PROFILE } from '../../utils/profile/default-profile';
import type { Profile } from '../../utils/profile/profile-schema';

const NOW = Date.UTC(2025, 10, 24, 9);
const ME = '1000001';
const OTHER_ADMIN = '1000005';
const LETTERS = ['ИСП', 'ТМ', 'СА', 'ЭС', 'ПК', 'БУ', 'ОДЛ', 'ТО', 'МЭ', 'СП', 'ИБ', 'ПСО'];
const GROUPS = LETTERS.map((l, i) => `${l}-${21 + (i % 4)}`);
const DISCIPLINES = ['Математика', 'МДК 01.01', 'Элементы высшей математики'];
const FORMS = [
  (g: string) => `${g} Родители`,
  (g: string) => `Группа ${g.replace('-', ' ')} — студенты`,
  (g: string) => `«${g}» преподаватели`,
  (g: string) => `Матем. ${g}`,
  (g: string) => `${g} | Элементы высшей математики 📐`,
  (g: string) => `Родители ${g} — 2023/24 (VK)`,
  (g: string) => `${g.replace('-', '')}`,
  (g: string) => `Практика ${g} лето 2024`,
  (g: string) => `${g}1 (заочное) — объявления`,
  (g: string) => `${g} МДК.01.01`,
];
const OTHER = [
  'Педсовет',
  'Кураторы 2025/26',
  'Хор «Голоса»',
  'Библиотека 📚',
  'Столовая — меню',
  'Олимпиада по математике 2024 🏆',
];

function chatList(round: number, size = 2000): AuditChat[] {
  const chats: AuditChat[] = [];
  for (let i = 0; i < size; i++) {
    const type = i % 10 === 0 ? 'DIALOG' : i % 37 === 0 ? 'CHANNEL' : 'CHAT';
    const group = `${LETTERS[i % LETTERS.length]}-${20 + (i % 9)}`;
    const form = FORMS[i % FORMS.length] as (g: string) => string;
    const n = round * size + i;
    const title = i % 3 === 0 ? `${OTHER[i % OTHER.length]} ${n}` : `${form(group)} ${i % 7 === 0 ? '🎓' : ''} ${n}`;
    chats.push({
      id: `-700000${String(i).padStart(5, '0')}`,
      type,
      status: i % 53 === 0 ? 'REMOVED' : 'ACTIVE',
      title,
      owner: i % 2 ? ME : OTHER_ADMIN,
      admins: i % 2 ? [ME] : [OTHER_ADMIN],
      participantsCount: 5 + (i % 30),
    });
  }
  return chats;
}

const profile: Profile = { ...DEFAULT_PROFILE, groups: GROUPS.map((code) => ({ code, size: 25 })) };
const assignment = {
  roles: [
    ...GROUPS.map((group) => ({ role: 'curator' as const, group })),
    ...GROUPS.slice(0, 8).flatMap((group) =>
      DISCIPLINES.map((discipline) => ({ role: 'teacher' as const, group, discipline })),
    ),
  ],
};
const count = requirementsFor(profile, assignment).length;
if (count !== 60) throw new Error(`expected 60 requirements, got ${count}`);
const snapshot = { chats: chatList(0), me: { id: ME }, listComplete: true };
// 30 lists of 2,000 titles never seen before (60,000 titles, more than normalizeTitle remembers).
const fresh = Array.from({ length: 30 }, (_, round) => ({
  chats: chatList(round + 1),
  me: { id: ME },
  listComplete: true,
}));
let next = 0;
// An administrator's account: 10,000 chats, the same 60 requirements.
const large = { chats: chatList(0, 10_000), me: { id: ME }, listComplete: true };

describe('audit', () => {
  bench('2,000 chats × 60 requirements (the same chats again, as the sidebar re-audits)', () => {
    audit(profile, assignment, snapshot, [], NOW);
  });
  bench('2,000 chats × 60 requirements (titles never seen before)', () => {
    audit(profile, assignment, fresh[next++ % fresh.length] as typeof snapshot, [], NOW);
  });
  bench('10,000 chats × 60 requirements (an administrator’s account, re-audit)', () => {
    audit(profile, assignment, large, [], NOW);
  });
});
