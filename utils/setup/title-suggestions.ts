/**
 * Groups and disciplines suggested from the user's chat titles, for setting up: the assignment form's lists and the
 * teaching grid's rows and columns (teaching-grid.ts). Pure string work on titles; nothing is ticked or saved here.
 */

import { BUILTIN_ALIASES } from '@/utils/audit/title-discipline';
import { isGroupChat } from '@/utils/max/chat-kind';
import { normalizeGroupCode, normalizeTitle } from '@/utils/profile/normalize-name';
import type { Profile } from '@/utils/profile/profile-schema';

export interface Suggestion {
  value: string;
  /** In how many titles it was seen. */
  count: number;
}

/** Letter parts that are not group codes («2 курс», «МДК 01», «ОП 04», «кл 5»). */
const NOT_GROUP_LETTERS = new Set([
  'курс',
  'класс',
  'кл',
  'к',
  'группа',
  'гр',
  'мдк',
  'оп',
  'пм',
  'уп',
  'пп',
  'ен',
  'огсэ',
  'оуд',
  'од',
  'сг',
  'ео',
  'ос',
  'уд',
  'каб',
  'корпус',
  'до',
  'от',
  'на',
  'в',
  'с',
  'и',
  'по',
  'лето',
  'зима',
  'весна',
  'осень',
  'экзамен',
  'практика',
]);

const GROUP_IN_TITLE = /(?:^|[^\p{L}\p{N}])(\p{L}{1,6})([\s\-–—._]?)(\d{1,3})(?![\p{L}\p{N}])/gu;
const DISCIPLINE_CODE_IN_TITLE =
  /(?:^|[^\p{L}\p{N}])(мдк|оп|пм|уп|пп)[\s.]*(\d{1,2})(?:[\s.]+(\d{1,2}))?(?![\p{N}])/giu;

const DISPLAY_DISCIPLINES: Record<string, string> = {
  математика: 'Математика',
  информатика: 'Информатика',
  'физическая культура': 'Физическая культура',
  'иностранный язык': 'Иностранный язык',
  'русский язык': 'Русский язык',
  литература: 'Литература',
  'основы безопасности жизнедеятельности': 'Основы безопасности жизнедеятельности',
  история: 'История',
};

function bump(map: Map<string, Suggestion>, key: string, value: string) {
  const found = map.get(key);
  if (found) found.count++;
  else map.set(key, { value, count: 1 });
}

const sorted = (map: Map<string, Suggestion>): Suggestion[] =>
  [...map.values()].sort((a, b) => b.count - a.count || a.value.localeCompare(b.value, 'ru'));

/**
 * Likely group codes («ИСП-21») and disciplines («Математика», «МДК.01.01») in the user's chat titles, most frequent
 * first: suggestions for the manual assignment form. A course form («2 курс») or a discipline code is never a group.
 */
export function suggestFromChatTitles(titles: readonly string[]): { groups: Suggestion[]; disciplines: Suggestion[] } {
  const groups = new Map<string, Suggestion>();
  const disciplines = new Map<string, Suggestion>();
  for (const raw of titles) {
    if (typeof raw !== 'string') continue;
    const title = raw.normalize('NFKC').slice(0, 300);
    const seenHere = new Set<string>();
    for (const m of title.matchAll(GROUP_IN_TITLE)) {
      const letters = m[1] as string;
      const separator = m[2] as string;
      const digits = m[3] as string;
      const code = normalizeGroupCode(`${letters}${digits}`);
      const lettersNorm = normalizeGroupCode(letters);
      if (NOT_GROUP_LETTERS.has(lettersNorm) || lettersNorm.length < 1 || /^20\d\d$/.test(digits)) continue;
      // Codes are written in capitals («ИСП-21», «ТМ 31»); lower case only when glued or dashed («исп-21»), so
      // «Урок 5» or «пара 2» are not groups.
      const capitals = letters === letters.toUpperCase();
      const lower = letters === letters.toLowerCase();
      if (!capitals && !(lower && (separator === '' || separator === '-'))) continue;
      if (seenHere.has(code)) continue;
      seenHere.add(code);
      bump(groups, code, `${lettersNorm.toUpperCase()}-${digits}`);
    }
    for (const m of title.matchAll(DISCIPLINE_CODE_IN_TITLE)) {
      const prefix = (m[1] as string).toUpperCase();
      const a = (m[2] as string).padStart(2, '0');
      const b = m[3] === undefined ? undefined : m[3].padStart(2, '0');
      const value = b === undefined ? `${prefix}.${a}` : `${prefix}.${a}.${b}`;
      bump(disciplines, value, value);
    }
    const norm = normalizeTitle(title);
    const words = norm.split(' ');
    for (const [key, display] of Object.entries(DISPLAY_DISCIPLINES)) {
      const stems = key.split(' ').map((w) => w.slice(0, Math.max(4, w.length - 2)));
      const aliases = BUILTIN_ALIASES[key] ?? [];
      const byStems = stems.every((s) => words.some((w) => w.startsWith(s)));
      const byAlias = aliases.some((a) => {
        const an = normalizeTitle(a);
        return an.length >= 4 && !an.includes(' ') && words.some((w) => w.startsWith(an));
      });
      if (byStems || byAlias) bump(disciplines, key, display);
    }
  }
  return { groups: sorted(groups), disciplines: sorted(disciplines) };
}

/** Titles of the user's group chats: where group codes and disciplines are suggested from. */
export function groupChatTitles(chats: Iterable<{ type: string; title?: string }>): string[] {
  const titles: string[] = [];
  for (const chat of chats) if (isGroupChat(chat) && chat.title) titles.push(chat.title);
  return titles;
}

/** Groups and disciplines to suggest in the assignment form: the profile's, then those seen in the user's chats. */
export function assignmentSuggestions(titles: string[], profile: Profile) {
  const seen = suggestFromChatTitles(titles);
  const unique = (values: string[]) => [...new Set(values)];
  return {
    groups: unique([...profile.groups.map((group) => group.code), ...seen.groups.map((s) => s.value)]),
    disciplines: unique([...Object.keys(profile.aliases ?? {}), ...seen.disciplines.map((s) => s.value)]),
  };
}
