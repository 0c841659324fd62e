import { describe, expect, it } from 'vitest';
import { type AuditChat, audit, type Finding } from '@/utils/audit/audit';
import { groupChat } from '@/utils/audit/group-chat.testing';
import type { NoteRecord } from '@/utils/db/database';
import { localIsoDate } from '@/utils/i18n/dates';
import { createTranslator } from '@/utils/i18n/translator';
import type { LinkFinding } from '@/utils/links/link-status';
import { DEFAULT_PROFILE } from '@/utils/profile/default-profile';
import {
  auditNoteSubject,
  displayDate,
  displayDue,
  findingChatTitle,
  findingStatusCode,
  findingStatusWord,
  linkDecisionShortWord,
  linkDecisionWord,
  linkLabel,
  linkStatusWord,
  noteSubjectLabel,
  roleWord,
} from './labels';

const ME = '1000001';
const NOW = Date.UTC(2025, 10, 24, 9);
const ru = createTranslator('ru');
const en = createTranslator('en');
const profile = { ...DEFAULT_PROFILE, groups: [{ code: 'ИСП-22', size: 25 }] };
const assignment = { roles: [{ role: 'curator' as const, group: 'ИСП-22' }] };
// The students' chat fine, the parents' chat missing, the teachers' chat too small.
const chats: AuditChat[] = [
  groupChat('-70000000201', 'Группа ИСП 22 — студенты', ME),
  { ...groupChat('-70000000203', 'Группа ИСП 22 — преподаватели', ME), participantsCount: 1 },
];
const result = audit(profile, assignment, { chats, me: { id: ME }, listComplete: true }, [], NOW);
const finding = (id: string): Finding => {
  const found = result.findings.find((f) => f.requirement.id === id);
  if (!found) throw new Error(id);
  return found;
};
const students = finding('curator-students/ИСП-22');
const parents = finding('curator-parents/ИСП-22');

describe('a finding’s status', () => {
  it('in words, in Russian and English; «не требуется» when the user said so', () => {
    expect(findingStatusWord(students, ru)).toBe('есть');
    expect(findingStatusWord(parents, ru)).toBe('нет чата');
    expect(findingStatusWord(parents, en)).toBe('missing');
    const notRequired: Finding = { ...parents, status: 'ok', notRequired: true };
    expect(findingStatusWord(notRequired, ru)).toBe('не требуется');
    expect(findingStatusWord(notRequired, en)).toBe('not required');
  });

  it('as a code: `not-required` apart from `ok`', () => {
    expect(findingStatusCode(students)).toBe('ok');
    expect(findingStatusCode(parents)).toBe('missing');
    expect(findingStatusCode({ ...parents, status: 'ok', notRequired: true })).toBe('not-required');
  });
});

describe('roles and link decisions', () => {
  it('a role in both languages', () => {
    expect(roleWord('curator', ru)).toBe('Куратор (классный руководитель)');
    expect(roleWord('teacher', en)).toBe('Teacher');
  });

  it('the user’s decision about a link; nothing when there is none', () => {
    expect(linkDecisionWord('annulled', ru)).toBe('отмечена как аннулированная');
    expect(linkDecisionWord('keep', ru)).toBe('оставлена');
    expect(linkDecisionWord('keep', en)).toBe('kept');
    expect(linkDecisionWord(undefined, ru)).toBe('');
  });

  it('the short form the sidebar writes after a link under «Отмечены»', () => {
    expect(linkDecisionShortWord('annulled', ru)).toBe('аннулирована');
    expect(linkDecisionShortWord('keep', ru)).toBe('оставлена');
    expect(linkDecisionShortWord('annulled', en)).toBe('annulled');
  });
});

describe('link status words', () => {
  const link = (partial: Partial<LinkFinding>): LinkFinding => ({
    url: 'https://max.ru/join/A',
    status: 'unused',
    places: [],
    evidence: [],
    ...partial,
  });

  it('each status in both languages (the sidebar’s filter, the report, CSV)', () => {
    expect(linkStatusWord('stale', ru)).toBe('устарела');
    expect(linkStatusWord('used', ru)).toBe('использована');
    expect(linkStatusWord('unknown', ru)).toBe('чат не виден');
    expect(linkStatusWord('revoked', en)).toBe('revoked');
  });

  it('the status and the age, with the right plural', () => {
    expect(linkLabel(link({ status: 'stale', ageDays: 37 }), ru)).toBe('устарела · 37 дней');
    expect(linkLabel(link({ status: 'stale', ageDays: 21 }), ru)).toBe('устарела · 21 день');
    expect(linkLabel(link({ status: 'used', ageDays: 3 }), ru)).toBe('использована · 3 дня');
    expect(linkLabel(link({ status: 'stale', ageDays: 1 }), en)).toBe('stale · 1 day');
  });

  it('only the status when the age is not known', () => {
    expect(linkLabel(link({ status: 'unknown' }), ru)).toBe('чат не виден');
    expect(linkLabel(link({ status: 'revoked' }), en)).toBe('revoked');
  });
});

describe('findingChatTitle', () => {
  it('the title of the chat the finding chose: the snapshot’s name first, else the one the audit saw', () => {
    expect(findingChatTitle(students)).toBe('Группа ИСП 22 — студенты');
    expect(findingChatTitle(students, new Map([['-70000000201', 'ИСП-22 студенты (новое имя)']]))).toBe(
      'ИСП-22 студенты (новое имя)',
    );
  });

  it('none when no chat was chosen', () => {
    expect(findingChatTitle(parents)).toBeUndefined();
  });
});

describe('noteSubjectLabel', () => {
  const note = (subjectType: NoteRecord['subjectType'], subjectKey: string): NoteRecord => ({
    subjectType,
    subjectKey,
    text: 'позвонить',
    createdAt: NOW,
    updatedAt: NOW,
  });

  it('says what each note is about, in both languages', () => {
    const findings = result.findings;
    expect(noteSubjectLabel(note('audit', ''), ru, findings)).toBe('Общая заметка к сверке');
    expect(auditNoteSubject(en)).toBe(noteSubjectLabel(note('audit', ''), en, findings));
    expect(noteSubjectLabel(note('requirement', 'curator-parents/ИСП-22'), ru, findings)).toBe(
      `К чату «${parents.requirement.suggestedTitle}»`,
    );
    expect(noteSubjectLabel(note('link', 'https://max.ru/join/A'), en, findings)).toBe(
      'On the link https://max.ru/join/A',
    );
    const titles = new Map([['-70000000201', 'Группа ИСП 22 — студенты']]);
    expect(noteSubjectLabel(note('chat', '-70000000201'), ru, findings, titles)).toBe(
      'К чату Группа ИСП 22 — студенты',
    );
  });

  it('a chat’s title from a lookup, as the sidebar gives its live chats', () => {
    const lookup = (id: string) => (id === '-70000000201' ? 'Группа ИСП 22 — студенты' : undefined);
    expect(noteSubjectLabel(note('chat', '-70000000201'), ru, [], lookup)).toBe('К чату Группа ИСП 22 — студенты');
    expect(noteSubjectLabel(note('chat', '-7'), ru, [], lookup)).toBe('К чату -7');
  });

  it('a subject it cannot name is still shown: its key, or what it is', () => {
    expect(noteSubjectLabel(note('chat', '-7'), ru, [])).toBe('К чату -7');
    expect(noteSubjectLabel(note('requirement', 'gone/ИСП-99'), ru, [])).toBe('К чату «gone/ИСП-99»');
    const future = { ...note('audit', 'x'), subjectType: 'lesson' } as unknown as NoteRecord;
    expect(noteSubjectLabel(future, ru, [])).toBe('lesson: x');
  });
});

describe('dates', () => {
  const day = new Date(2026, 10, 5, 12).getTime(); // 5 November 2026, local noon

  it('a date people and Excel read: dots in Russian, slashes in English', () => {
    expect(displayDate(day, 'ru')).toBe('05.11.2026');
    expect(displayDate(day, 'en')).toBe('05/11/2026');
    expect(localIsoDate(day)).toBe('2026-11-05');
  });

  it('a note’s due date the same way; anything else as it was typed', () => {
    expect(displayDue('2026-11-05', 'ru')).toBe('05.11.2026');
    expect(displayDue('2026-11-05', 'en')).toBe('05/11/2026');
    expect(displayDue('к пятнице', 'ru')).toBe('к пятнице');
  });
});
