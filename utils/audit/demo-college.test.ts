/**
 * The audit over the demo college (tests/fixtures/demo-college.json, the stand-in MAX web's data): what Иванова
 * Мария Петровна, curator of ИСП-21 and ИСП-22 and teacher of Математика, should see.
 */
import { describe, expect, it } from 'vitest';
import fixture from '@/tests/fixtures/demo-college.json';
import { DEFAULT_PROFILE } from '@/utils/profile/default-profile';
import type { Profile } from '@/utils/profile/profile-schema';
import { suggestFromChatTitles } from '@/utils/setup/title-suggestions';
import { type AuditChat, audit } from './audit';
import { proposePerson } from './requirements';

/** The fixture is MAX's own data, where ids are JSON numbers; the bridge hands the audit their decimal strings. */
type FixtureId = number | string;
interface FixtureChat {
  id: FixtureId;
  type: string;
  status?: string;
  title?: string;
  owner?: FixtureId;
  admins?: FixtureId[];
  participantsCount?: number;
}

const chats: AuditChat[] = (fixture.chats as unknown as FixtureChat[]).map((c) => ({
  id: String(c.id),
  type: c.type,
  status: c.status,
  title: c.title,
  owner: c.owner === undefined ? undefined : String(c.owner),
  admins: c.admins?.map(String),
  participantsCount: c.participantsCount,
}));
const meId = String(fixture.me.id);

const profile: Profile = {
  ...DEFAULT_PROFILE,
  groups: ['ИСП-21', 'ИСП-22', 'ТМ-31'].map((code) => ({ code, size: 25 })),
  people: [
    {
      name: 'Иванова Мария Петровна',
      roles: [
        { role: 'curator', group: 'ИСП-21' },
        { role: 'curator', group: 'ИСП-22' },
        { role: 'teacher', group: 'ИСП-21', discipline: 'Математика' },
        { role: 'teacher', group: 'ИСП-21', discipline: 'Элементы высшей математики' },
        { role: 'teacher', group: 'ИСП-22', discipline: 'Математика' },
        { role: 'teacher', group: 'ТМ-31', discipline: 'Математика' },
      ],
    },
  ],
};

describe('demo college', () => {
  const person = proposePerson(profile, fixture.me.names[0]?.name ?? '');
  it('proposes the person from the MAX name «Мария Иванова»', () => {
    expect(person?.name).toBe('Иванова Мария Петровна');
  });

  it('finds what the fixture was built to show', () => {
    const result = audit(
      profile,
      { roles: person?.roles ?? [] },
      { chats, me: { id: meId }, listComplete: true },
      [],
      fixture.now,
    );
    const byId = Object.fromEntries(
      result.findings.map((f) => [f.requirement.id, [f.status, chats.find((c) => c.id === f.chatId)?.title]]),
    );
    expect(byId).toEqual({
      'curator-students/ИСП-21': ['ok', 'ИСП-21 Студенты 🎓'],
      'curator-parents/ИСП-21': ['ok', 'ИСП-21 Родители'],
      'curator-teachers/ИСП-21': ['ok', '«ИСП-21» преподаватели'],
      'curator-students/ИСП-22': ['ok', 'Группа ИСП 22 — студенты'],
      'curator-parents/ИСП-22': ['missing', undefined], // the VK-era chat was removed
      'curator-teachers/ИСП-22': ['ok', 'Группа ИСП 22 — преподаватели'], // owned by Крылов, she is an admin
      'teacher-discipline/ИСП-21/Математика': ['ok', 'Математика 📐 ИСП-21'],
      'teacher-discipline/ИСП-21/Элементы высшей математики': ['ok', 'ИСП-21 | Элементы высшей математики'],
      'teacher-discipline/ИСП-22/Математика': ['incomplete', 'Матем. ИСП-22'], // 12 of 25
      'teacher-discipline/ТМ-31/Математика': ['missing', undefined], // she is only in the ТМ-31 teachers' chat
    });
  });

  it('with the first page only, nothing is missing: unknown instead', () => {
    const result = audit(
      profile,
      { roles: person?.roles ?? [] },
      { chats: chats.slice(0, 40), me: { id: meId }, listComplete: false },
      [],
      fixture.now,
    );
    expect(result.summary.missing).toBe(0);
  });

  it('suggests the groups of the titles, without ИСП-211 mixed into ИСП-21', () => {
    const { groups } = suggestFromChatTitles(chats.map((c) => c.title ?? ''));
    const values = groups.map((g) => g.value);
    expect(values.slice(0, 2)).toEqual(['ИСП-21', 'ИСП-22']);
    expect(values).toContain('ИСП-211');
    expect(values).not.toContain('ИСП-2');
  });
});
