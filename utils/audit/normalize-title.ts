/**
 * Title normalization for matching chats to requirements. Pure string functions, no DOM.
 *
 * - `normalizeTitle`: lower case, ё→е, NFKC (full-width and «fancy» letters become plain), every character that is
 *   not a letter or a digit (quotes, dashes, dots, emoji, brackets) becomes a space, spaces collapsed. Latin letters
 *   that look like Cyrillic ones (A/А, B/В, C/С, E/Е, H/Н, K/К, M/М, O/О, P/Р, T/Т, X/Х, Y/У) become Cyrillic in a word
 *   that also has Cyrillic letters («ИCП» with a Latin C) and in a word made only of such letters («TM-31», «MAX»).
 *   Other all-Latin words stay Latin («VK», «students»), so English keywords still match.
 * - Group codes (`normalizeGroupCode`, `titleHasGroup`) go one step further: remaining Latin letters are
 *   transliterated (ISP-21 → исп21), and separators between letters and digits do not matter.
 */

const LOOKALIKE: Record<string, string> = {
  a: 'а',
  b: 'в',
  c: 'с',
  e: 'е',
  h: 'н',
  k: 'к',
  m: 'м',
  o: 'о',
  p: 'р',
  t: 'т',
  x: 'х',
  y: 'у',
};

/** Best-effort transliteration for all-Latin group codes («ISP-21», «SA-11»). */
const TRANSLIT: Record<string, string> = {
  a: 'а',
  b: 'б',
  c: 'с',
  d: 'д',
  e: 'е',
  f: 'ф',
  g: 'г',
  h: 'х',
  i: 'и',
  j: 'й',
  k: 'к',
  l: 'л',
  m: 'м',
  n: 'н',
  o: 'о',
  p: 'п',
  q: 'к',
  r: 'р',
  s: 'с',
  t: 'т',
  u: 'у',
  v: 'в',
  w: 'в',
  x: 'кс',
  y: 'ы',
  z: 'з',
};

const CYRILLIC = /[а-я]/;
const LATIN = /[a-z]/;
const LATIN_ALL = /[a-z]/g;
const NOT_WORD = /[^\p{L}\p{N}]+/gu;

function mapLatin(token: string, table: Record<string, string>): string {
  return token.replace(LATIN_ALL, (ch) => table[ch] ?? ch);
}

function isAllLookalike(token: string): boolean {
  for (const ch of token) if (ch >= 'a' && ch <= 'z' && LOOKALIKE[ch] === undefined) return false;
  return true;
}

function normalizeToken(token: string): string {
  if (!LATIN.test(token)) return token;
  if (CYRILLIC.test(token) || isAllLookalike(token)) return mapLatin(token, LOOKALIKE);
  return token;
}

/** Lower case, ё→е, look-alikes, punctuation/emoji → space, spaces collapsed. */
export function normalizeTitle(raw: unknown): string {
  if (typeof raw !== 'string' || raw.length === 0) return '';
  const text = raw.normalize('NFKC').toLowerCase().replace(/ё/g, 'е').replace(NOT_WORD, ' ').trim();
  if (text.length === 0) return '';
  return text.split(' ').map(normalizeToken).join(' ');
}

/** The normalized title with its remaining Latin letters transliterated: the form group codes are looked for in. */
export function groupFormOf(normalized: string): string {
  return LATIN.test(normalized) ? mapLatin(normalized, TRANSLIT) : normalized;
}

/** «ИСП-21», «исп 21», «ИСП.21», «ИCП-21» (Latin C), «ISP-21» → «исп21». */
export function normalizeGroupCode(code: string): string {
  return groupFormOf(normalizeTitle(code)).replace(/ /g, '');
}

const COURSE_AFTER = '(?! ?(?:курс|класс|кл(?: |$)|к(?: |$)))';

/**
 * A compiled matcher for one group code, to run over many titles' group forms (see `groupFormOf`).
 * Letters and digits of the code may be separated by one space (any dash, dot or space in the title); the code must
 * stand alone: «ИСП-211», «1ИСП-21» and «ИСП-21а» are other groups. A purely numeric code («101») never matches
 * a course form («1 курс», «2 к.»).
 */
export function groupMatcher(group: string): (groupForm: string) => boolean {
  const code = normalizeGroupCode(group);
  const runs = code.match(/\p{L}+|\p{N}+/gu);
  if (!runs || runs.length === 0) return () => false;
  const numericOnly = runs.every((run) => /^\p{N}+$/u.test(run));
  const body = runs.map((run) => run.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join(' ?');
  const pattern = new RegExp(`(?:^| )${body}(?= |$)${numericOnly ? COURSE_AFTER : ''}`, 'u');
  return (groupForm) => pattern.test(groupForm);
}

/** Whether a chat title names the group: «ИСП 21 родители» has ИСП-21; «ИСП-211 студенты» and «1ИСП-21» do not. */
export function titleHasGroup(title: string, group: string): boolean {
  return groupMatcher(group)(groupFormOf(normalizeTitle(title)));
}
export const titleHasGroup_: ReadonlyArray<readonly [title: string, group: string, expected: boolean]> = [
  ['ИСП-21 Родители', 'ИСП-21', true],
  ['ИСП 21 родители', 'ИСП-21', true],
  ['исп21', 'ИСП-21', true],
  ['ИСП.21 студенты', 'ИСП-21', true],
  ['«ИСП—21»', 'ИСП-21', true],
  ['ИCП-21 (Latin C)', 'ИСП-21', true],
  ['ISP-21 students', 'ИСП-21', true],
  ['TM-31 родители', 'ТМ-31', true],
  ['Группа ТМ 31 — преподаватели', 'ТМ 31', true],
  ['ИСП-21, ИСП-22 — родители', 'ИСП-22', true],
  ['Группа 101', '101', true],
  ['ИСП-211 студенты', 'ИСП-21', false],
  ['1ИСП-21', 'ИСП-21', false],
  ['ИСП-21а', 'ИСП-21', false],
  ['СИСП-21', 'ИСП-21', false],
  ['ИСП-12', 'ИСП-21', false],
  ['ИСП-2', 'ИСП-21', false],
  ['ТМ-31', 'ИСП-21', false],
  ['1 курс', '1', false],
  ['Кл. час 2 курс', '2', false],
  ['Группа 1011', '101', false],
];

/** Normalized person name: words sorted are compared by `proposePerson`; here only the words. */
export function nameWords(name: unknown): string[] {
  const norm = normalizeTitle(name);
  return norm === '' ? [] : norm.split(' ');
}
