import { describe, expect, it } from 'vitest';
import { DEFAULT_PROFILE } from '@/utils/profile/default-profile';
import type { Profile } from '@/utils/profile/profile-schema';
import { proposePerson, requirementsFor } from './requirements';

const profile: Profile = {
  ...DEFAULT_PROFILE,
  groups: [{ code: 'ИСП-21', size: 25 }, { code: 'ИСП-22' }],
  people: [
    { name: 'Иванова Мария Петровна', roles: [{ role: 'curator', group: 'ИСП-21' }] },
    { name: 'Иванова Мария Сергеевна', roles: [{ role: 'teacher', group: 'ИСП-22', discipline: 'Физика' }] },
    { name: 'Крылов Пётр Ильич', roles: [{ role: 'curator', group: 'ИСП-22' }] },
  ],
  aliases: { Математика: ['матем'] },
};

describe('requirementsFor', () => {
  it('curator and teacher: the union, ids as in the profile, words for whom to invite', () => {
    const reqs = requirementsFor(profile, {
      roles: [
        { role: 'curator', group: 'исп 21' },
        { role: 'teacher', group: 'ИСП-21', discipline: 'математика' },
        { role: 'teacher', group: 'ИСП-22', discipline: 'Математика' },
        { role: 'curator', group: 'ИСП-21' },
      ],
    });
    expect(reqs.map((r) => r.id)).toEqual([
      'curator-students/ИСП-21',
      'curator-parents/ИСП-21',
      'curator-teachers/ИСП-21',
      'teacher-discipline/ИСП-21/Математика',
      'teacher-discipline/ИСП-22/Математика',
    ]);
    expect(reqs[1]).toMatchObject({
      suggestedTitle: 'ИСП-21 — родители',
      clause: '2.5',
      kind: 'parents',
      role: 'curator',
      group: 'ИСП-21',
      invite: 'родители (законные представители) обучающихся группы ИСП-21',
    });
    expect(reqs[0]?.invite).toBe('обучающиеся группы ИСП-21');
    expect(reqs[2]?.invite).toBe('преподаватели группы ИСП-21');
    expect(reqs[3]).toMatchObject({ suggestedTitle: 'ИСП-21 — Математика', discipline: 'Математика', clause: '2.6' });
  });

  it('a group not in the profile keeps the assignment’s spelling; roles without rules give nothing', () => {
    const reqs = requirementsFor(profile, {
      roles: [
        { role: 'curator', group: 'ТМ-31' },
        { role: 'admin' },
        { role: 'staff' },
        { role: 'teacher', group: 'ТМ-31' },
      ],
    });
    expect(reqs.map((r) => r.id)).toEqual([
      'curator-students/ТМ-31',
      'curator-parents/ТМ-31',
      'curator-teachers/ТМ-31',
    ]);
  });

  it('per-person rules are instantiated once', () => {
    const custom: Profile = {
      ...profile,
      rules: [{ id: 'staff-all', role: 'staff', per: 'person', kind: 'staff', title: 'Сотрудники', clause: '2.7' }],
    };
    expect(
      requirementsFor(custom, { roles: [{ role: 'staff' }, { role: 'staff', group: 'ИСП-21' }] }).map((r) => r.id),
    ).toEqual(['staff-all']);
  });
});

describe('proposePerson', () => {
  it.each([
    ['Мария Иванова', null], // two Ивановы Марии: the user picks
    ['Иванова Мария Петровна', 'Иванова Мария Петровна'],
    ['Мария Петровна Иванова', 'Иванова Мария Петровна'],
    ['Пётр Крылов', 'Крылов Пётр Ильич'],
    ['петр крылов', 'Крылов Пётр Ильич'],
    ['Крылов П. И.', 'Крылов Пётр Ильич'],
    ['Крылов', null],
    ['Анна Смирнова', null],
    ['', null],
  ])('%s → %s', (maxName, expected) => {
    expect(proposePerson(profile, maxName)?.name ?? null).toBe(expected);
  });
});
