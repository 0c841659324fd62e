/**
 * An administrator's file on the options page: a regulation profile (JSON) or a staff list
 * (CSV `ФИО;роль;группа;дисциплина`, which becomes the current profile's people). Read into a
 * preview first; nothing is stored until the user applies it, and a rejected file changes nothing.
 */
import { decodeCsvBytes, MAX_CSV_BYTES, parsePeopleCsv } from '../profile/people-csv';
import { type Profile, parseProfile } from '../profile/profile-schema';

export type ImportPreview =
  | { ok: true; kind: 'profile' | 'people'; profile: Profile; warnings: string[] }
  | { ok: false; errors: string[] };

export const MAX_IMPORT_BYTES = MAX_CSV_BYTES;

function looksLikeJson(fileName: string, bytes: Uint8Array): boolean {
  if (/\.json$/i.test(fileName)) return true;
  if (/\.(csv|txt)$/i.test(fileName)) return false;
  return /^\s*[{[]/.test(decodeCsvBytes(bytes.subarray(0, 64)).replace(/^\uFEFF/, ''));
}

export function readImportFile(fileName: string, bytes: Uint8Array, current: Profile): ImportPreview {
  if (bytes.length === 0) return { ok: false, errors: ['Файл пуст.'] };
  if (bytes.length > MAX_IMPORT_BYTES) return { ok: false, errors: ['Файл слишком большой (больше 5 МБ).'] };

  if (looksLikeJson(fileName, bytes)) {
    let json: unknown;
    try {
      json = JSON.parse(decodeCsvBytes(bytes).replace(/^\uFEFF/, ''));
    } catch (error) {
      return { ok: false, errors: [`Файл не является корректным JSON: ${(error as Error).message}`] };
    }
    const parsed = parseProfile(json);
    return parsed.ok
      ? { ok: true, kind: 'profile', profile: parsed.profile, warnings: [] }
      : { ok: false, errors: parsed.errors };
  }

  const people = parsePeopleCsv(bytes);
  if (!people.ok) return { ok: false, errors: people.errors };
  // The staff list replaces the people of the profile in force; groups named in it are added.
  const known = new Set(current.groups.map((group) => group.code));
  const groups = [...current.groups];
  for (const person of people.people)
    for (const role of person.roles)
      if (role.group && !known.has(role.group)) {
        known.add(role.group);
        groups.push({ code: role.group });
      }
  const profile = parseProfile({ ...current, groups, people: people.people });
  return profile.ok
    ? { ok: true, kind: 'people', profile: profile.profile, warnings: people.warnings }
    : { ok: false, errors: profile.errors };
}
