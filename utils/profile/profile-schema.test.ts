import { describe, expect, it } from 'vitest';
import { DEFAULT_PROFILE } from './default-profile';
import { parseProfile } from './profile-schema';

const design = {
  format: 'sverka-profile',
  version: 1,
  organization: { name: 'ГБПОУ МО «Можайский техникум»' },
  settings: { staleInviteDays: 14 },
  rules: [
    { id: 'curator-students', role: 'curator', per: 'group', kind: 'students', title: '{group} — обучающиеся', clause: '2.5' },
    { id: 'curator-parents', role: 'curator', per: 'group', kind: 'parents', title: '{group} — родители', clause: '2.5' },
    { id: 'curator-teachers', role: 'curator', per: 'group', kind: 'teachers', title: '{group} — преподаватели', clause: '2.5' },
    { id: 'teacher-discipline', role: 'teacher', per: 'discipline', kind: 'students', title: '{group} — {discipline}', clause: '2.6' },
  ],
  groups: [{ code: 'ИСП-21', size: 25 }],
  people: [
    {
      name: 'Иванова Мария Петровна',
      roles: [
        { role: 'curator', group: 'ИСП-21' },
        { role: 'teacher', group: 'ИСП-21', discipline: 'Математика' },
      ],
    },
  ],
  aliases: { Математика: ['матем', 'мат.'] },
};

const clone = () => structuredClone(design) as Record<string, unknown> & typeof design;

describe('parseProfile', () => {
  it('accepts the example of DESIGN.md', () => {
    const result = parseProfile(design);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.profile.people[0]?.roles).toHaveLength(2);
  });

  it('accepts the built-in profile, which cites a clause in every rule', () => {
    expect(parseProfile(DEFAULT_PROFILE)).toEqual({ ok: true, profile: DEFAULT_PROFILE });
    for (const rule of DEFAULT_PROFILE.rules) expect(rule.clause).toMatch(/^2\.\d+$/);
  });

  it('keeps extra fields and fills defaults', () => {
    const input = { ...clone(), note: 'x', settings: undefined, groups: undefined, people: undefined, aliases: undefined };
    const result = parseProfile(input);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.profile.note).toBe('x');
    expect(result.profile.settings.staleInviteDays).toBe(14);
    expect(result.profile.groups).toEqual([]);
  });

  it.each([
    [(p: any) => (p.rules[2].kind = 'pupils'), 'rules[2].kind: ожидается одно из students, parents, teachers, staff, custom'],
    [(p: any) => (p.people[0].name = undefined), 'people[0].name: обязательное поле отсутствует'],
    [(p: any) => delete p.people[0].name, 'people[0].name: обязательное поле отсутствует'],
    [(p: any) => (p.rules[0].role = 'director'), 'rules[0].role: ожидается одно из curator, teacher, staff, admin'],
    [(p: any) => (p.format = 'other'), 'format: ожидается "sverka-profile"'],
    [(p: any) => (p.version = 2), 'version: поддерживается только версия 1'],
    [(p: any) => delete p.organization, 'organization: обязательное поле отсутствует'],
    [(p: any) => (p.groups[0].size = 'много'), 'groups[0].size: ожидается число'],
    [(p: any) => (p.rules = {}), 'rules: ожидается массив'],
    [(p: any) => (p.rules[1].id = 'curator-students'), 'rules[1].id: «curator-students» уже есть в rules[0]'],
    [(p: any) => (p.people[0].roles[1].group = 'ИСП-99'), 'people[0].roles[1].group: группы «ИСП-99» нет в groups'],
    [(p: any) => (p.rules[0].kind = 'custom'), 'rules[0].keywords: обязательное поле отсутствует (kind: custom)'],
    [(p: any) => p.groups.push({ code: 'исп 21' }), 'groups[1].code: «исп 21» уже есть в groups[0]'],
    [(p: any) => (p.rules[3].title = '{group}'), 'rules[3].title: в названии нет {discipline}'],
  ])('names the field: %#', (mutate, message) => {
    const p = clone();
    mutate(p);
    const result = parseProfile(p);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors).toContain(message);
  });

  it('a group referenced with another spelling is found', () => {
    const p = clone();
    p.people[0]!.roles[0]!.group = 'исп 21';
    expect(parseProfile(p).ok).toBe(true);
  });

  it.each([null, undefined, 42, 'x', [], {}])('never throws on %j', (input) => {
    const result = parseProfile(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.length).toBeGreaterThan(0);
  });
});
