import { describe, expect, it } from 'vitest';
import { DEFAULT_PROFILE } from '@/utils/profile/default-profile';
import type { Profile } from '@/utils/profile/profile-schema';
import { assignmentSuggestions, groupChatTitles, suggestFromChatTitles } from './title-suggestions';

describe('suggestFromChatTitles', () => {
  it('groups and disciplines, most frequent first; course forms are not groups', () => {
    const s = suggestFromChatTitles([
      'ИСП-21 Родители',
      'ИСП-21 Студенты 🎓',
      'Группа ИСП 22 — студенты',
      'Матем. ИСП-22',
      'Кл. час 1 курс',
      '2 курс',
      'Практика ИСП-21 лето 2024',
      'ИСП-21 МДК.01.01',
      'Информатика ИСП-22 (Баранов)',
      'исп-23 родители',
      'Урок 5',
      'ТМ 31 преподаватели',
    ]);
    expect(s.groups.map((g) => g.value)).toEqual(['ИСП-21', 'ИСП-22', 'ИСП-23', 'ТМ-31']);
    expect(s.groups[0]?.count).toBe(4);
    expect(s.disciplines.map((d) => d.value).sort()).toEqual(['Информатика', 'Математика', 'МДК.01.01'].sort());
  });
});

describe('groupChatTitles', () => {
  it('takes the titles of group chats only: dialogs, channels and untitled chats suggest nothing', () => {
    const chats = [
      { type: 'CHAT', title: 'Матем. ИСП-22' },
      { type: 'DIALOG', title: 'Иванова ИСП-23' },
      { type: 'CHANNEL', title: 'Новости ТМ-31' },
      { type: 'CHAT' },
      { type: 'CHAT', title: 'ИСП-21 Родители' },
    ];
    expect(groupChatTitles(chats)).toEqual(['Матем. ИСП-22', 'ИСП-21 Родители']);
  });
});

describe('assignmentSuggestions', () => {
  const profile: Profile = {
    ...DEFAULT_PROFILE,
    groups: [{ code: 'ТМ-31' }, { code: 'ИСП-21' }],
    aliases: { 'Технология разработки ПО': ['трпо'] },
  };

  it('offers the profile’s groups and disciplines first, then those seen in the chats, each once', () => {
    const s = assignmentSuggestions(['ИСП-21 Родители', 'Матем. ИСП-22', 'ИСП-22 Студенты'], profile);
    expect(s.groups).toEqual(['ТМ-31', 'ИСП-21', 'ИСП-22']);
    expect(s.disciplines).toEqual(['Технология разработки ПО', 'Математика']);
  });

  it('with no chats, only the profile’s', () => {
    expect(assignmentSuggestions([], { ...profile, aliases: {} })).toEqual({
      groups: ['ТМ-31', 'ИСП-21'],
      disciplines: [],
    });
  });
});
