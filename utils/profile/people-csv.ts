/**
 * People import: a CSV of `ФИО;роль;группа;дисциплина[;численность]` → `people[]` of the profile, and the size of
 * each group that carries one (the optional fifth column, so «too few members» works without writing JSON).
 *
 * - Encoding: UTF-8 (with or without BOM); bytes that are not valid UTF-8 are read as Windows-1251 (Excel's «CSV»
 *   on a Russian Windows).
 * - Separator: `;` or `,`, detected by papaparse.
 * - A header row is optional; recognized in Russian and English (ФИО/name, роль/role, группа/group,
 *   дисциплина/предмет/discipline/subject), in any column order. Without a header the order is the one above.
 * - Roles in Russian or English; rows of one person (same name, case and ё ignored) are merged.
 * - Every problem names the line and the field («строка 4, поле «роль»: «директор» — неизвестная роль»); any error
 *   rejects the whole file (the caller then keeps what it had). Line numbers count rows of the file; a quoted value
 *   that spans lines shifts them (rare in such files). Messages are in the user's language (Russian unless 'en').
 * - Cells are looked up in Maps, never as object keys: a header or role «constructor» or «__proto__» is just unknown.
 */
import Papa from 'papaparse';
import type { Lang } from '@/utils/i18n/translator';
import type { ProfilePerson, ProfilePersonRole, Role } from './profile-schema';

export type ParsePeopleResult =
  | { ok: true; people: ProfilePerson[]; groups: GroupSize[]; warnings: string[] }
  | { ok: false; errors: string[] };

/** A group's size as the staff list gives it (the `численность` column), spelled as in its first row. */
export interface GroupSize {
  code: string;
  size: number;
}

/** A class or group bigger than this is a typo, not a size. */
const MAX_GROUP_SIZE = 1000;

export const MAX_CSV_BYTES = 5 * 1024 * 1024;
const MAX_MESSAGES = 50;

type Field = 'name' | 'role' | 'group' | 'discipline' | 'size';
const FIELD_NAMES: Record<Lang, Record<Field, string>> = {
  ru: { name: 'ФИО', role: 'роль', group: 'группа', discipline: 'дисциплина', size: 'численность' },
  en: { name: 'name', role: 'role', group: 'group', discipline: 'discipline', size: 'size' },
};

const HEADERS = new Map<string, Field>(
  Object.entries({
    фио: 'name',
    'ф и о': 'name',
    имя: 'name',
    name: 'name',
    'full name': 'name',
    fullname: 'name',
    роль: 'role',
    должность: 'role',
    role: 'role',
    группа: 'group',
    group: 'group',
    дисциплина: 'discipline',
    предмет: 'discipline',
    discipline: 'discipline',
    subject: 'discipline',
    численность: 'size',
    'численность группы': 'size',
    'размер группы': 'size',
    'кол во': 'size',
    'количество обучающихся': 'size',
    size: 'size',
    'group size': 'size',
  } satisfies Record<string, Field>),
);

const ROLE_WORDS = new Map<string, Role>(
  Object.entries({
    куратор: 'curator',
    'классный руководитель': 'curator',
    'кл руководитель': 'curator',
    'классный рук': 'curator',
    curator: 'curator',
    преподаватель: 'teacher',
    учитель: 'teacher',
    педагог: 'teacher',
    teacher: 'teacher',
    сотрудник: 'staff',
    работник: 'staff',
    staff: 'staff',
    администратор: 'admin',
    админ: 'admin',
    admin: 'admin',
    administrator: 'admin',
  } satisfies Record<string, Role>),
);

/** Every message of a CSV import, in both languages. */
const TEXT = {
  ru: {
    unread: 'файл не прочитан',
    tooBig: 'файл слишком большой (больше 5 МБ)',
    empty: 'файл пуст',
    noColumn: (line: number, column: string) => `строка ${line}: в заголовке нет столбца «${column}»`,
    at: (line: number, field: string) => `строка ${line}, поле «${field}»`,
    blank: 'пусто',
    tooLong: 'слишком длинно',
    unknownRole: (role: string) => `«${role}» — неизвестная роль (куратор, преподаватель, сотрудник или администратор)`,
    curatorGroup: 'для куратора нужна группа',
    teacherGroup: 'для преподавателя нужна группа',
    noDiscipline: 'у преподавателя не указана дисциплина — чат по дисциплине не будет проверяться',
    repeated: (line: number) => `строка ${line}: повтор — такая строка уже была`,
    nobody: 'в файле нет ни одной строки с людьми',
    badSize: (value: string) => `«${value}» — не численность группы (целое число от 0 до ${MAX_GROUP_SIZE})`,
    sizeWithoutGroup: 'численность указана, а группа — нет',
    sizeConflict: (code: string, size: number, line: number) =>
      `у группы «${code}» уже указана численность ${size} (строка ${line})`,
  },
  en: {
    unread: 'the file could not be read',
    tooBig: 'the file is too big (over 5 MB)',
    empty: 'the file is empty',
    noColumn: (line: number, column: string) => `line ${line}: the header has no «${column}» column`,
    at: (line: number, field: string) => `line ${line}, field «${field}»`,
    blank: 'empty',
    tooLong: 'too long',
    unknownRole: (role: string) => `«${role}» is not a known role (curator, teacher, staff or admin)`,
    curatorGroup: 'a curator needs a group',
    teacherGroup: 'a teacher needs a group',
    noDiscipline: 'the teacher has no discipline — the discipline chat will not be checked',
    repeated: (line: number) => `line ${line}: a repeat — the same row is above`,
    nobody: 'the file has no rows with people',
    badSize: (value: string) => `«${value}» is not a group size (a whole number from 0 to ${MAX_GROUP_SIZE})`,
    sizeWithoutGroup: 'a size is given but no group',
    sizeConflict: (code: string, size: number, line: number) =>
      `the group «${code}» already has the size ${size} (line ${line})`,
  },
};

const key = (s: string): string =>
  s
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[.\-_]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** UTF-8 when the bytes are valid UTF-8 (BOM dropped), else Windows-1251. */
export function decodeCsvBytes(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1251').decode(bytes);
  }
}

const cell = (row: readonly string[], i: number | undefined): string =>
  i === undefined ? '' : (row[i] ?? '').replace(/\s+/g, ' ').trim();

export function parsePeopleCsv(bytes: Uint8Array, lang: Lang = 'ru'): ParsePeopleResult {
  const say = TEXT[lang === 'en' ? 'en' : 'ru'];
  const fieldName = FIELD_NAMES[lang === 'en' ? 'en' : 'ru'];
  if (!(bytes instanceof Uint8Array)) return { ok: false, errors: [say.unread] };
  if (bytes.length > MAX_CSV_BYTES) return { ok: false, errors: [say.tooBig] };
  const text = decodeCsvBytes(bytes).replace(/^\uFEFF/, '');
  if (text.trim() === '') return { ok: false, errors: [say.empty] };
  const parsed = Papa.parse<string[]>(text, { delimitersToGuess: [';', ',', '\t'], skipEmptyLines: false });
  const rows = parsed.data;

  const errors: string[] = [];
  const warnings: string[] = [];
  let columns: Partial<Record<Field, number>> = { name: 0, role: 1, group: 2, discipline: 3, size: 4 };
  let start = 0;

  const first = rows.findIndex((row) => row.some((c) => c.trim() !== ''));
  if (first >= 0) {
    const header = (rows[first] ?? []).map((c) => HEADERS.get(key(c)));
    if (header.filter(Boolean).length >= 2 || header[0] === 'name') {
      columns = {};
      header.forEach((field, i) => {
        if (field && columns[field] === undefined) columns[field] = i;
      });
      start = first + 1;
      if (columns.name === undefined) errors.push(say.noColumn(first + 1, fieldName.name));
      if (columns.role === undefined) errors.push(say.noColumn(first + 1, fieldName.role));
    }
  }

  const people = new Map<string, ProfilePerson>();
  const roleKeys = new Map<string, Set<string>>();
  const sizes = new Map<string, GroupSize & { line: number }>();
  for (let r = start; r < rows.length && errors.length < MAX_MESSAGES; r++) {
    const row = rows[r] ?? [];
    if (row.every((c) => c.trim() === '')) continue;
    const line = r + 1;
    const at = (field: Field) => say.at(line, fieldName[field]);
    const name = cell(row, columns.name);
    const roleText = cell(row, columns.role);
    const group = cell(row, columns.group);
    const discipline = cell(row, columns.discipline);

    if (name === '') errors.push(`${at('name')}: ${say.blank}`);
    else if (name.length > 200) errors.push(`${at('name')}: ${say.tooLong}`);
    let role: Role | undefined;
    if (roleText === '') errors.push(`${at('role')}: ${say.blank}`);
    else {
      role = ROLE_WORDS.get(key(roleText));
      if (!role) errors.push(`${at('role')}: ${say.unknownRole(roleText.slice(0, 100))}`);
    }
    if (role === 'curator' && group === '') errors.push(`${at('group')}: ${say.curatorGroup}`);
    if (role === 'teacher' && group === '') errors.push(`${at('group')}: ${say.teacherGroup}`);
    if (role === 'teacher' && group !== '' && discipline === '')
      warnings.push(`${at('discipline')}: ${say.noDiscipline}`);
    if (group.length > 200) errors.push(`${at('group')}: ${say.tooLong}`);
    if (discipline.length > 200) errors.push(`${at('discipline')}: ${say.tooLong}`);
    const sizeText = cell(row, columns.size);
    if (sizeText !== '') {
      const size = /^\d{1,4}$/.test(sizeText) ? Number(sizeText) : Number.NaN;
      if (!(size <= MAX_GROUP_SIZE)) errors.push(`${at('size')}: ${say.badSize(sizeText.slice(0, 100))}`);
      else if (group === '') errors.push(`${at('size')}: ${say.sizeWithoutGroup}`);
      else {
        const known = sizes.get(key(group));
        if (!known) sizes.set(key(group), { code: group, size, line });
        else if (known.size !== size)
          errors.push(`${at('size')}: ${say.sizeConflict(known.code, known.size, known.line)}`);
      }
    }
    if (name === '' || !role) continue;

    const personKey = key(name);
    let person = people.get(personKey);
    if (!person) {
      person = { name, roles: [] };
      people.set(personKey, person);
      roleKeys.set(personKey, new Set());
    }
    const entry: ProfilePersonRole = {
      role,
      ...(group !== '' ? { group } : {}),
      ...(discipline !== '' ? { discipline } : {}),
    };
    const entryKey = `${role}|${key(group)}|${key(discipline)}`;
    const seen = roleKeys.get(personKey) as Set<string>;
    if (seen.has(entryKey)) warnings.push(say.repeated(line));
    else {
      seen.add(entryKey);
      person.roles.push(entry);
    }
  }

  if (errors.length > 0) return { ok: false, errors: errors.slice(0, MAX_MESSAGES) };
  if (people.size === 0) return { ok: false, errors: [say.nobody] };
  const groups = [...sizes.values()].map(({ code, size }) => ({ code, size }));
  return { ok: true, people: [...people.values()], groups, warnings: warnings.slice(0, MAX_MESSAGES) };
}
