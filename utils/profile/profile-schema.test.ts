import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PROFILE } from './default-profile';
import { parseProfile } from './profile-schema';

// The example profile of docs/profile.md: the documented format must stay one this schema accepts.
const documented = (() => {
  const text = readFileSync(join(process.cwd(), 'docs/profile.md'), 'utf8');
  const json = /```json\n([\s\S]*?)\n```/.exec(text)?.[1];
  if (json === undefined) throw new Error('docs/profile.md has no json example');
  return JSON.parse(json);
})();

const clone = () => structuredClone(documented) as Record<string, unknown> & typeof documented;

describe('parseProfile', () => {
  it('accepts the example of docs/profile.md', () => {
    const result = parseProfile(documented);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.profile.people[0]?.roles).toHaveLength(2);
  });

  it('accepts the built-in profile, which cites a clause in every rule', () => {
    expect(parseProfile(DEFAULT_PROFILE)).toEqual({ ok: true, profile: DEFAULT_PROFILE });
    for (const rule of DEFAULT_PROFILE.rules) expect(rule.clause).toMatch(/^2\.\d+$/);
  });

  it('keeps extra fields and fills defaults', () => {
    const input = {
      ...clone(),
      note: 'x',
      settings: undefined,
      groups: undefined,
      people: undefined,
      aliases: undefined,
    };
    const result = parseProfile(input);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.profile.note).toBe('x');
    expect(result.profile.settings.staleInviteDays).toBe(14);
    expect(result.profile.groups).toEqual([]);
  });

  const DELETE = Symbol('delete');
  /** Sets (or deletes) the value at a dotted path such as «rules.2.kind» in a copy of the example. */
  function mutated(path: string, value: unknown): unknown {
    const copy = clone() as unknown as Record<string, unknown>;
    const keys = path.split('.');
    const last = keys.pop() as string;
    let at = copy;
    for (const key of keys) at = at[key] as Record<string, unknown>;
    if (value === DELETE) delete at[last];
    else at[last] = value;
    return copy;
  }

  it.each([
    ['rules.2.kind', 'pupils', 'rules[2].kind: ожидается одно из students, parents, teachers, staff, custom'],
    ['people.0.name', undefined, 'people[0].name: обязательное поле отсутствует'],
    ['people.0.name', DELETE, 'people[0].name: обязательное поле отсутствует'],
    ['rules.0.role', 'director', 'rules[0].role: ожидается одно из curator, teacher, staff, admin'],
    ['format', 'other', 'format: ожидается "sverka-profile"'],
    ['version', 2, 'version: поддерживается только версия 1'],
    ['organization', DELETE, 'organization: обязательное поле отсутствует'],
    ['groups.0.size', 'много', 'groups[0].size: ожидается число'],
    ['rules', {}, 'rules: ожидается массив'],
    ['rules.1.id', 'curator-students', 'rules[1].id: «curator-students» уже есть в rules[0]'],
    ['people.0.roles.1.group', 'ИСП-99', 'people[0].roles[1].group: группы «ИСП-99» нет в groups'],
    ['rules.0.kind', 'custom', 'rules[0].keywords: обязательное поле отсутствует (kind: custom)'],
    ['groups.1', { code: 'исп 21' }, 'groups[1].code: «исп 21» уже есть в groups[0]'],
    ['rules.3.title', '{group}', 'rules[3].title: в названии нет {discipline}'],
  ])('%s = %j → %s', (path, value, message) => {
    const result = parseProfile(mutated(path, value));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors).toContain(message);
  });

  it('a group referenced with another spelling is found', () => {
    expect(parseProfile(mutated('people.0.roles.0.group', 'исп 21')).ok).toBe(true);
  });

  it.each([null, undefined, 42, 'x', [], {}])('never throws on %j', (input) => {
    const result = parseProfile(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.length).toBeGreaterThan(0);
  });
});
