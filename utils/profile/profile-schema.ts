/**
 * The regulation profile, format v1 (docs/profile.md). Extra fields are kept and ignored
 * (loose objects); every problem is reported in the user's language (Russian unless asked for English) with the path
 * of the field, e.g. «rules[2].kind: ожидается одно из students, parents, teachers, staff, custom». A field named
 * `__proto__`, `constructor` or `prototype` anywhere in the file is refused (utils/files/safe-keys.ts).
 */
import * as v from 'valibot';
import { forbiddenKeyPath } from '@/utils/files/safe-keys';
import type { Lang } from '@/utils/i18n/translator';
import { normalizeGroupCode } from './normalize-name';

export const PROFILE_FORMAT = 'sverka-profile';
export const PROFILE_VERSION = 1;
export const DEFAULT_STALE_INVITE_DAYS = 14;

export const ROLES = ['curator', 'teacher', 'staff', 'admin'] as const;
export const PERS = ['group', 'discipline', 'person'] as const;
export const KINDS = ['students', 'parents', 'teachers', 'staff', 'custom'] as const;

export type Role = (typeof ROLES)[number];
export type Per = (typeof PERS)[number];
export type Kind = (typeof KINDS)[number];

/** A message in the language the parse was asked for (`lang` in valibot's config; Russian unless 'en'). */
const say =
  (ru: string, en: string) =>
  (issue: { lang?: string }): string =>
    issue.lang === 'en' ? en : ru;
const word = (lang: Lang, ru: string, en: string) => (lang === 'en' ? en : ru);

const MISSING = say('обязательное поле отсутствует', 'a required field is missing');
const OBJECT = say('ожидается объект', 'an object is expected');
const ARRAY = say('ожидается массив', 'a list is expected');
const NUMBER = say('ожидается число', 'a number is expected');
const INTEGER = say('ожидается целое число', 'a whole number is expected');
const Text = v.pipe(
  v.string(say('ожидается строка', 'a string is expected')),
  v.trim(),
  v.nonEmpty(say('пустая строка', 'an empty string')),
  v.maxLength(500, say('слишком длинная строка', 'the string is too long')),
);
const OptionalText = v.optional(Text);
const oneOf = (list: readonly string[]) =>
  say(`ожидается одно из ${list.join(', ')}`, `expected one of ${list.join(', ')}`);

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
    keywords: v.optional(v.array(Text, say('ожидается массив строк', 'a list of strings is expected'))),
  },
  OBJECT,
);

export const GroupSchema = v.looseObject(
  {
    code: Text,
    size: v.optional(
      v.pipe(
        v.number(NUMBER),
        v.integer(INTEGER),
        v.minValue(0, say('ожидается число не меньше 0', 'a number of at least 0 is expected')),
      ),
    ),
  },
  OBJECT,
);

export const PersonRoleSchema = v.looseObject(
  { role: v.picklist(ROLES, oneOf(ROLES)), group: OptionalText, discipline: OptionalText },
  OBJECT,
);

export const PersonSchema = v.looseObject({ name: Text, roles: v.array(PersonRoleSchema, ARRAY) }, OBJECT);

export const ProfileSchema = v.looseObject(
  {
    format: v.literal(PROFILE_FORMAT, say(`ожидается "${PROFILE_FORMAT}"`, `"${PROFILE_FORMAT}" is expected`)),
    version: v.literal(
      PROFILE_VERSION,
      say(`поддерживается только версия ${PROFILE_VERSION}`, `only version ${PROFILE_VERSION} is supported`),
    ),
    organization: v.looseObject({ name: Text }, OBJECT),
    settings: v.optional(
      v.looseObject(
        {
          staleInviteDays: v.optional(
            v.pipe(
              v.number(NUMBER),
              v.integer(INTEGER),
              v.minValue(1, say('ожидается число не меньше 1', 'a number of at least 1 is expected')),
            ),
            DEFAULT_STALE_INVITE_DAYS,
          ),
        },
        OBJECT,
      ),
      {},
    ),
    rules: v.array(RuleSchema, ARRAY),
    groups: v.optional(v.array(GroupSchema, ARRAY), []),
    people: v.optional(v.array(PersonSchema, ARRAY), []),
    aliases: v.optional(
      v.record(v.string(), v.array(Text, say('ожидается массив строк', 'a list of strings is expected')), OBJECT),
      {},
    ),
  },
  OBJECT,
);

export type Profile = v.InferOutput<typeof ProfileSchema>;
export type ProfileGroup = v.InferOutput<typeof GroupSchema>;
export type ProfilePerson = v.InferOutput<typeof PersonSchema>;
export type ProfilePersonRole = v.InferOutput<typeof PersonRoleSchema>;

export type ParseProfileResult = { ok: true; profile: Profile } | { ok: false; errors: string[] };

const MAX_ERRORS = 50;

/** One problem: where (`rules[2].kind`, or '' for the file itself) and what. */
export interface ProfileIssue {
  path: string;
  message: string;
}

function pathText(path: readonly { key: unknown }[] | undefined): string {
  let out = '';
  for (const item of path ?? []) {
    if (typeof item.key === 'number') out += `[${item.key}]`;
    else out += out === '' ? String(item.key) : `.${String(item.key)}`;
  }
  return out;
}

function issueOf(issue: v.BaseIssue<unknown>): ProfileIssue {
  const missing = issue.input === undefined && issue.path !== undefined && issue.path.length > 0;
  return { path: pathText(issue.path), message: missing ? MISSING(issue) : issue.message };
}

/** Checks beyond the shape: unique rule ids, keywords for custom rules, groups that exist. */
function checkReferences(profile: Profile, lang: Lang): ProfileIssue[] {
  const errors: ProfileIssue[] = [];
  const ids = new Map<string, number>();
  const add = (path: string, ru: string, en: string) => errors.push({ path, message: word(lang, ru, en) });
  profile.rules.forEach((rule, i) => {
    const first = ids.get(rule.id);
    if (first !== undefined)
      add(`rules[${i}].id`, `«${rule.id}» уже есть в rules[${first}]`, `«${rule.id}» is already in rules[${first}]`);
    else ids.set(rule.id, i);
    if (rule.kind === 'custom' && (rule.keywords === undefined || rule.keywords.length === 0))
      add(
        `rules[${i}].keywords`,
        `${rule.keywords === undefined ? 'обязательное поле отсутствует' : 'нужно хотя бы одно слово'} (kind: custom)`,
        `${rule.keywords === undefined ? 'a required field is missing' : 'at least one word is needed'} (kind: custom)`,
      );
    if (rule.per !== 'person' && !rule.title.includes('{group}'))
      add(`rules[${i}].title`, 'в названии нет {group}', 'the title has no {group}');
    if (rule.per === 'discipline' && !rule.title.includes('{discipline}'))
      add(`rules[${i}].title`, 'в названии нет {discipline}', 'the title has no {discipline}');
  });
  const codes = new Map<string, number>();
  profile.groups.forEach((group, i) => {
    const key = normalizeGroupCode(group.code);
    const first = codes.get(key);
    if (key === '')
      add(
        `groups[${i}].code`,
        `«${group.code}» — не похоже на код группы`,
        `«${group.code}» does not look like a group code`,
      );
    else if (first !== undefined)
      add(
        `groups[${i}].code`,
        `«${group.code}» уже есть в groups[${first}]`,
        `«${group.code}» is already in groups[${first}]`,
      );
    else codes.set(key, i);
  });
  profile.people.forEach((person, i) => {
    person.roles.forEach((role, j) => {
      if (role.group !== undefined && !codes.has(normalizeGroupCode(role.group)))
        add(
          `people[${i}].roles[${j}].group`,
          `группы «${role.group}» нет в groups`,
          `the group «${role.group}» is not in groups`,
        );
    });
  });
  return errors;
}

/** The problems of a profile (already JSON.parse'd), at most MAX_ERRORS; empty when it is good. Never throws. */
export function profileIssues(json: unknown, lang: Lang = 'ru'): ProfileIssue[] {
  const parsed = checkProfile(json, lang);
  return parsed.ok ? [] : parsed.issues;
}

function checkProfile(
  json: unknown,
  lang: Lang,
): { ok: true; profile: Profile } | { ok: false; issues: ProfileIssue[] } {
  const forbidden = forbiddenKeyPath(json);
  if (forbidden !== null)
    return {
      ok: false,
      issues: [
        { path: forbidden, message: word(lang, 'такое имя поля недопустимо', 'this field name is not allowed') },
      ],
    };
  const result = v.safeParse(ProfileSchema, json, { lang });
  if (!result.success) return { ok: false, issues: result.issues.slice(0, MAX_ERRORS).map(issueOf) };
  const errors = checkReferences(result.output, lang);
  if (errors.length > 0) return { ok: false, issues: errors.slice(0, MAX_ERRORS) };
  return { ok: true, profile: result.output };
}

/** «rules[2].kind: …», the file itself named «(файл)» / «(file)». */
export function profileIssueText(issue: ProfileIssue, lang: Lang = 'ru'): string {
  return `${issue.path === '' ? word(lang, '(файл)', '(file)') : issue.path}: ${issue.message}`;
}

/** Parses an imported profile (already JSON.parse'd). Never throws. */
export function parseProfile(json: unknown, lang: Lang = 'ru'): ParseProfileResult {
  const parsed = checkProfile(json, lang);
  if (!parsed.ok) return { ok: false, errors: parsed.issues.map((issue) => profileIssueText(issue, lang)) };
  return { ok: true, profile: parsed.profile };
}

/** The profile's spelling of a group code, or null when the profile does not list it. */
export function profileGroup(profile: Profile, code: string): ProfileGroup | null {
  const key = normalizeGroupCode(code);
  if (key === '') return null;
  for (const group of profile.groups) if (normalizeGroupCode(group.code) === key) return group;
  return null;
}
