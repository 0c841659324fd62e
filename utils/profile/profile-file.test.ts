import { describe, expect, it } from 'vitest';
import { DEFAULT_PROFILE } from './default-profile';
import { previewProfileBytes as readImportFile, readProfileFile } from './profile-file';
import { profileGroup } from './profile-schema';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('reading an imported file into a preview', () => {
  it('a profile JSON becomes a profile preview', () => {
    const file = { ...DEFAULT_PROFILE, organization: { name: 'ГБПОУ МО «Можайский техникум»' } };
    const preview = readImportFile('mozhaysk.json', utf8(JSON.stringify(file)), DEFAULT_PROFILE);
    expect(preview.ok && preview.kind).toBe('profile');
    if (preview.ok) expect(preview.profile.organization.name).toBe('ГБПОУ МО «Можайский техникум»');
  });

  it('broken JSON and a profile with a bad field are rejected with a message naming the problem', () => {
    const broken = readImportFile('p.json', utf8('{"format": "sverka-profile",'), DEFAULT_PROFILE);
    expect(broken.ok).toBe(false);
    if (!broken.ok) expect(broken.errors[0]).toMatch(/JSON/);
    const bad = readImportFile('p.json', utf8(JSON.stringify({ ...DEFAULT_PROFILE, version: 7 })), DEFAULT_PROFILE);
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.errors.join(' ')).toMatch(/version/);
  });

  it('a staff CSV fills the people of the profile in force and adds their groups', () => {
    const csv =
      '\uFEFFФИО;роль;группа;дисциплина\nИванова Мария Петровна;куратор;ИСП-21;\nИванова Мария Петровна;преподаватель;ТМ-31;Математика\n';
    const preview = readImportFile('staff.csv', utf8(csv), DEFAULT_PROFILE);
    expect(preview.ok && preview.kind).toBe('people');
    if (!preview.ok) return;
    expect(preview.profile.rules).toEqual(DEFAULT_PROFILE.rules);
    expect(preview.profile.people).toHaveLength(1);
    expect(preview.profile.people[0]?.roles).toHaveLength(2);
    expect(preview.profile.groups.map((group) => group.code)).toEqual(['ИСП-21', 'ТМ-31']);
  });

  it('the CSV’s «численность» sets the sizes of its groups, keeps the others, and «too few members» can use them', () => {
    const current = {
      ...DEFAULT_PROFILE,
      groups: [
        { code: 'ИСП-21', size: 30 },
        { code: 'ИСП-22', size: 20 },
      ],
    };
    const csv =
      'ФИО;роль;группа;дисциплина;численность\nИванова Мария;куратор;ИСП 21;;25\nКрылов Пётр;куратор;ТМ-31;;12\n';
    const preview = readImportFile('staff.csv', utf8(csv), current);
    expect(preview.ok).toBe(true);
    if (!preview.ok) return;
    expect(profileGroup(preview.profile, 'ИСП-21')?.size).toBe(25);
    expect(profileGroup(preview.profile, 'ИСП-22')?.size).toBe(20);
    expect(profileGroup(preview.profile, 'ТМ-31')?.size).toBe(12);
  });

  it('a CSV with an unknown role names the line and the field', () => {
    const preview = readImportFile('staff.csv', utf8('Петров Пётр;директор;ИСП-21;\n'), DEFAULT_PROFILE);
    expect(preview.ok).toBe(false);
    if (!preview.ok) expect(preview.errors[0]).toMatch(/строка 1.*роль/);
  });

  it('an empty file is said so', () => {
    expect(readImportFile('x.csv', new Uint8Array(), DEFAULT_PROFILE)).toEqual({ ok: false, errors: ['Файл пуст.'] });
  });

  it('a file too big is refused before a byte of it is read, in the user’s language', async () => {
    const file = { name: 'big.csv', size: 6 * 1024 * 1024, arrayBuffer: () => Promise.reject(new Error('read')) };
    expect(await readProfileFile(file, DEFAULT_PROFILE, 'en')).toEqual({
      ok: false,
      errors: ['The file is too big: 6.0 MB, while a profile or a staff list is at most 5 MB.'],
    });
  });
});
