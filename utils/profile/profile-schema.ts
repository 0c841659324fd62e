/**
 * The regulation profile, format v1 (DESIGN.md «Regulation profile»). Extra fields are kept and ignored
 * (loose objects); every problem is reported in Russian with the path of the field, e.g.
 * «rules[2].kind: ожидается одно из students, parents, teachers, staff, custom».
 */
import * as v from 'valibot';
import { normalizeGroupCode } from '../audit/normalize-title';

export const PROFILE_FORMAT = 'sverka-profile';
export const PROFILE_VERSION = 1;
export const DEFAULT_STALE_INVITE_DAYS = 14;

export const ROLES = ['curator', 'teacher', 'staff', 'admin'] as const;
export const PERS = ['group', 'discipline', 'person'] as const;
export const KINDS = ['students', 'parents', 'teachers', 'staff', 'custom'] as const;

export type Role = (typeof ROLES)[number];
export type Per = (typeof PERS)[number];
export type Kind = (typeof KINDS)[number];

const MISSING = 'обязательное поле отсутствует';
const Text = v.pipe(
  v.string('ожидается строка'),
  v.trim(),
  v.nonEmpty('пустая строка'),
  v.maxLength(500, 'слишком длинная строка'),
);
const OptionalText = v.optional(Text);
const oneOf = (list: readonly string[]) => `ожидается одно из ${list.join(', ')}`;

export const RuleSchema = v.looseObject(
  {
    id: Text,
    role: v.picklist(ROLES, oneOf(ROLES)),
    per: v.picklist(PERS, oneOf(PERS)),
    kind: v.picklist(KINDS, oneOf(KINDS)),
    /** Suggested chat title; {group} and {discipline} are filled in. */
    title: Text,
    /** The regulation's clause, e.g. "2.5". */
    clause: Text,
    /** Title keywords (word starts) for kind "custom". */
    keywords: v.optional(v.array(Text, 'ожидается массив строк')),
  },
  'ожидается объект',
);

export const GroupSchema = v.looseObject(
  {
    code: Text,
    size: v.optional(
      v.pipe(
        v.number('ожидается число'),
        v.integer('ожидается целое число'),
        v.minValue(0, 'ожидается число не меньше 0'),
      ),
    ),
  },
  'ожидается объект',
);

export const PersonRoleSchema = v.looseObject(
  { role: v.picklist(ROLES, oneOf(ROLES)), group: OptionalText, discipline: OptionalText },
  'ожидается объект',
);

export const PersonSchema = v.looseObject(
  { name: Text, roles: v.array(PersonRoleSchema, 'ожидается массив') },
  'ожидается объект',
);

export const ProfileSchema = v.looseObject(
  {
    format: v.literal(PROFILE_FORMAT, `ожидается "${PROFILE_FORMAT}"`),
    version: v.literal(PROFILE_VERSION, `поддерживается только версия ${PROFILE_VERSION}`),
    organization: v.looseObject({ name: Text }, 'ожидается объект'),
    settings: v.optional(
      v.looseObject(
        {
          staleInviteDays: v.optional(
            v.pipe(
              v.number('ожидается число'),
              v.integer('ожидается целое число'),
              v.minValue(1, 'ожидается число не меньше 1'),
            ),
            DEFAULT_STALE_INVITE_DAYS,
          ),
        },
        'ожидается объект',
      ),
      {},
    ),
    rules: v.array(RuleSchema, 'ожидается массив'),
    groups: v.optional(v.array(GroupSchema, 'ожидается массив'), []),
    people: v.optional(v.array(PersonSchema, 'ожидается массив'), []),
    aliases: v.optional(v.record(v.string(), v.array(Text, 'ожидается массив строк'), 'ожидается объект'), {}),
  },
  'ожидается объект',
);

export type Profile = v.InferOutput<typeof ProfileSchema>;
export type ProfileGroup = v.InferOutput<typeof GroupSchema>;
export type ProfilePerson = v.InferOutput<typeof PersonSchema>;
export type ProfilePersonRole = v.InferOutput<typeof PersonRoleSchema>;

export type ParseProfileResult = { ok: true; profile: Profile } | { ok: false; errors: string[] };

const MAX_ERRORS = 50;

function pathText(path: readonly { key: unknown }[] | undefined): string {
  let out = '';
  for (const item of path ?? []) {
    if (typeof item.key === 'number') out += `[${item.key}]`;
    else out += out === '' ? String(item.key) : `.${String(item.key)}`;
  }
  return out === '' ? '(файл)' : out;
}

function issueText(issue: v.BaseIssue<unknown>): string {
  const missing = issue.input === undefined && issue.path !== undefined && issue.path.length > 0;
  return `${pathText(issue.path)}: ${missing ? MISSING : issue.message}`;
}

/** Checks beyond the shape: unique rule ids, keywords for custom rules, groups that exist. */
function checkReferences(profile: Profile): string[] {
  const errors: string[] = [];
  const ids = new Map<string, number>();
  profile.rules.forEach((rule, i) => {
    const first = ids.get(rule.id);
    if (first !== undefined) errors.push(`rules[${i}].id: «${rule.id}» уже есть в rules[${first}]`);
    else ids.set(rule.id, i);
    if (rule.kind === 'custom' && (rule.keywords === undefined || rule.keywords.length === 0))
      errors.push(
        `rules[${i}].keywords: ${rule.keywords === undefined ? MISSING : 'нужно хотя бы одно слово'} (kind: custom)`,
      );
    if (rule.per !== 'person' && !rule.title.includes('{group}'))
      errors.push(`rules[${i}].title: в названии нет {group}`);
    if (rule.per === 'discipline' && !rule.title.includes('{discipline}'))
      errors.push(`rules[${i}].title: в названии нет {discipline}`);
  });
  const codes = new Map<string, number>();
  profile.groups.forEach((group, i) => {
    const key = normalizeGroupCode(group.code);
    const first = codes.get(key);
    if (key === '') errors.push(`groups[${i}].code: «${group.code}» — не похоже на код группы`);
    else if (first !== undefined) errors.push(`groups[${i}].code: «${group.code}» уже есть в groups[${first}]`);
    else codes.set(key, i);
  });
  profile.people.forEach((person, i) => {
    person.roles.forEach((role, j) => {
      if (role.group !== undefined && !codes.has(normalizeGroupCode(role.group)))
        errors.push(`people[${i}].roles[${j}].group: группы «${role.group}» нет в groups`);
    });
  });
  return errors;
}

/** Parses an imported profile (already JSON.parse'd). Never throws. */
export function parseProfile(json: unknown): ParseProfileResult {
  const result = v.safeParse(ProfileSchema, json);
  if (!result.success) {
    return { ok: false, errors: result.issues.slice(0, MAX_ERRORS).map(issueText) };
  }
  const errors = checkReferences(result.output);
  if (errors.length > 0) return { ok: false, errors: errors.slice(0, MAX_ERRORS) };
  return { ok: true, profile: result.output };
}

/** The profile's spelling of a group code, or null when the profile does not list it. */
export function profileGroup(profile: Profile, code: string): ProfileGroup | null {
  const key = normalizeGroupCode(code);
  if (key === '') return null;
  for (const group of profile.groups) if (normalizeGroupCode(group.code) === key) return group;
  return null;
}
