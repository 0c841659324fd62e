/**
 * An administrator's file on the options page: a regulation profile (JSON) or a staff list (CSV
 * `ФИО;роль;группа;дисциплина[;численность]`, which becomes the current profile's people). Its size is checked before a byte is
 * read; then it is read into a preview. Nothing is stored until the user applies it, and a rejected file changes
 * nothing. Every message is in the user's language. Never throws.
 */
import { errorMessage, type Lang } from '@/utils/i18n/translator';
import { normalizeGroupCode } from './normalize-name';
import { decodeCsvBytes, MAX_CSV_BYTES, parsePeopleCsv } from './people-csv';
import { type Profile, parseProfile } from './profile-schema';

export type ProfileFilePreview =
  | { ok: true; kind: 'profile' | 'people'; profile: Profile; warnings: string[] }
  | { ok: false; errors: string[] };

/** What the page has of a chosen file: its name and size at once, its bytes only when asked. */
export interface ChosenFile {
  name: string;
  size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

export const MAX_PROFILE_FILE_BYTES = MAX_CSV_BYTES;

const TEXT = {
  ru: {
    empty: 'Файл пуст.',
    tooBig: (mb: string) => `Файл слишком большой: ${mb} МБ, а профиль или список сотрудников — не больше 5 МБ.`,
    unread: (error: string) => `Файл не удалось прочитать: ${error}.`,
    notJson: (error: string) => `Файл не является корректным JSON: ${error}`,
  },
  en: {
    empty: 'The file is empty.',
    tooBig: (mb: string) => `The file is too big: ${mb} MB, while a profile or a staff list is at most 5 MB.`,
    unread: (error: string) => `The file could not be read: ${error}.`,
    notJson: (error: string) => `The file is not valid JSON: ${error}`,
  },
};

function looksLikeJson(fileName: string, bytes: Uint8Array): boolean {
  if (/\.json$/i.test(fileName)) return true;
  if (/\.(csv|txt)$/i.test(fileName)) return false;
  return /^\s*[{[]/.test(decodeCsvBytes(bytes.subarray(0, 64)).replace(/^\uFEFF/, ''));
}

/** The bytes of a profile or staff-list file → what it holds, or why it is refused. */
export function previewProfileBytes(
  fileName: string,
  bytes: Uint8Array,
  current: Profile,
  lang: Lang = 'ru',
): ProfileFilePreview {
  const say = TEXT[lang === 'en' ? 'en' : 'ru'];
  if (bytes.length === 0) return { ok: false, errors: [say.empty] };
  if (bytes.length > MAX_PROFILE_FILE_BYTES)
    return { ok: false, errors: [say.tooBig((bytes.length / 1024 / 1024).toFixed(1))] };

  if (looksLikeJson(fileName, bytes)) {
    let json: unknown;
    try {
      json = JSON.parse(decodeCsvBytes(bytes).replace(/^\uFEFF/, ''));
    } catch (error) {
      return { ok: false, errors: [say.notJson(errorMessage(error))] };
    }
    const parsed = parseProfile(json, lang);
    return parsed.ok
      ? { ok: true, kind: 'profile', profile: parsed.profile, warnings: [] }
      : { ok: false, errors: parsed.errors };
  }

  const people = parsePeopleCsv(bytes, lang);
  if (!people.ok) return { ok: false, errors: people.errors };
  // The staff list replaces the people of the profile in force; groups named in it are added, and a size it gives
  // (the `численность` column) replaces the one the profile had; sizes it does not give are kept.
  // Group codes are compared as the audit compares them («ИСП 21» is «ИСП-21»), so no group is listed twice.
  const known = new Set(current.groups.map((group) => normalizeGroupCode(group.code)));
  const groups = [...current.groups];
  for (const person of people.people)
    for (const role of person.roles)
      if (role.group && !known.has(normalizeGroupCode(role.group))) {
        known.add(normalizeGroupCode(role.group));
        groups.push({ code: role.group });
      }
  for (const { code, size } of people.groups) {
    const i = groups.findIndex((group) => normalizeGroupCode(group.code) === normalizeGroupCode(code));
    const group = groups[i];
    if (group) groups[i] = { ...group, size };
  }
  const profile = parseProfile({ ...current, groups, people: people.people }, lang);
  return profile.ok
    ? { ok: true, kind: 'people', profile: profile.profile, warnings: people.warnings }
    : { ok: false, errors: profile.errors };
}

/** A chosen file: its size is checked first (a file too big is never read), then its bytes are previewed. */
export async function readProfileFile(
  file: ChosenFile,
  current: Profile,
  lang: Lang = 'ru',
): Promise<ProfileFilePreview> {
  const say = TEXT[lang === 'en' ? 'en' : 'ru'];
  if (!Number.isFinite(file.size) || file.size > MAX_PROFILE_FILE_BYTES)
    return { ok: false, errors: [say.tooBig((file.size / 1024 / 1024).toFixed(1))] };
  if (file.size === 0) return { ok: false, errors: [say.empty] };
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch (error) {
    return { ok: false, errors: [say.unread(errorMessage(error))] };
  }
  try {
    return previewProfileBytes(file.name, bytes, current, lang);
  } catch (error) {
    return { ok: false, errors: [say.unread(errorMessage(error))] };
  }
}
