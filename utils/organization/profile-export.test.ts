import { describe, expect, it } from 'vitest';
import { DEFAULT_PROFILE } from '@/utils/profile/default-profile';
import { parseProfile } from '@/utils/profile/profile-schema';
import { profileFileName, profileFileText } from './profile-export';

describe('the profile for staff', () => {
  it('is a profile file the options page imports as it is: rules, groups with sizes, people', () => {
    const profile = {
      ...DEFAULT_PROFILE,
      organization: { name: 'ГБПОУ МО «Можайский техникум»' },
      groups: [{ code: 'ИСП-21', size: 25 }],
      people: [{ name: 'Иванова Мария Петровна', roles: [{ role: 'curator' as const, group: 'ИСП-21' }] }],
    };
    const parsed = parseProfile(JSON.parse(profileFileText(profile)));
    expect(parsed.ok && parsed.profile).toEqual(profile);
    expect(profileFileName(new Date(2026, 11, 1, 9).getTime())).toBe('sverka-профиль-2026-12-01.json');
  });
});
