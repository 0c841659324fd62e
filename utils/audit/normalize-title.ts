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

/** Characters NFKC changes in practice: superscripts, enclosed and full-width forms, ligatures, math letters. */
const NEEDS_NFKC =
  /[\u00AA\u00B2\u00B3\u00B9\u00BA\u00BC-\u00BE\u2070-\u209F\u2100-\u218F\u2460-\u24FF\uFB00-\uFB06\uFF00-\uFFEF\uD835]/;
/** Letters outside a–z and а–я (accented Latin, Greek, other Cyrillic, CJK…): the slow, Unicode-aware path. */
const OTHER_LETTERS = /[\u00C0-\u03FF\u0452-\u04FF\u0500-\u1FFF\u2C00-\u2DFF\u3040-\uD7FF\uF900-\uFAFF]/;
const NOT_WORD_FAST = /[^a-z0-9а-я]+/g;
const NOT_WORD_UNICODE = /[^\p{L}\p{N}]+/gu;

/**
 * The sidebar audits again on every change of the chat list, mostly over the same titles: results are remembered
 * (bounded; forgotten all at once when full). Pure: the same title always gives the same result.
 */
const remembered = new Map<string, string>();
const MAX_REMEMBERED = 20_000;

/** Lower case, ё→е, look-alikes, punctuation/emoji → space, spaces collapsed. */
export function normalizeTitle(raw: unknown): string {
  if (typeof raw !== 'string' || raw.length === 0) return '';
  const known = remembered.get(raw);
  if (known !== undefined) return known;
  const norm = normalizeUncached(raw);
  if (remembered.size >= MAX_REMEMBERED) remembered.clear();
  remembered.set(raw, norm);
  return norm;
}

function normalizeUncached(raw: string): string {
  let lower = (NEEDS_NFKC.test(raw) ? raw.normalize('NFKC') : raw).toLowerCase();
  if (lower.includes('ё')) lower = lower.replace(/ё/g, 'е');
  const text = lower.replace(OTHER_LETTERS.test(lower) ? NOT_WORD_UNICODE : NOT_WORD_FAST, ' ').trim();
  if (!LATIN.test(text)) return text;
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

const COURSE_WORDS = new Set(['курс', 'курса', 'класс', 'кл', 'к']);
const isDigitCode = (code: number) => code >= 0x30 && code <= 0x39;
const MAX_CODE_TOKENS = 4;

/**
 * Every group code a title could name, as `normalizeGroupCode` spells it: each word, and each run of up to four
 * neighbouring words joined where a letter meets a digit («исп 21» → «исп21»; «исп 21 1» → also «исп211»). A code
 * is therefore found only standing alone: «ИСП-211», «1ИСП-21» and «ИСП-21а» give other keys. A number followed by
 * a course word («1 курс», «2 к.») gives no key.
 */
export function groupKeysOf(groupForm: string): Set<string> {
  const keys = new Set<string>();
  forEachGroupKey(groupForm, (key) => keys.add(key));
  return keys;
}

function hasDigit(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (isDigitCode(word.charCodeAt(i))) return true;
  return false;
}

function allDigits(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (!isDigitCode(word.charCodeAt(i))) return false;
  return true;
}

/** `groupKeysOf` without the set: calls `add` for each key with a digit (group codes always have one). */
export function forEachGroupKey(
  groupForm: string,
  add: (key: string) => void,
  tokens: readonly string[] = groupForm === '' ? [] : groupForm.split(' '),
): void {
  for (let i = 0; i < tokens.length; i++) {
    let key = tokens[i] as string;
    let digit = hasDigit(key);
    for (let j = i; ; ) {
      if (digit && !(allDigits(key) && COURSE_WORDS.has(tokens[j + 1] ?? ''))) add(key);
      const next = tokens[j + 1];
      if (next === undefined || j - i + 1 >= MAX_CODE_TOKENS) break;
      if (isDigitCode(key.charCodeAt(key.length - 1)) === isDigitCode(next.charCodeAt(0))) break;
      key += next;
      digit ||= hasDigit(next);
      j++;
    }
  }
}

/**
 * A matcher for one group code over titles' group forms (see `groupFormOf`): letters and digits of the code may be
 * separated by a dash, dot or space in the title, and the code must stand alone (see `groupKeysOf`).
 */
export function groupMatcher(group: string): (groupForm: string) => boolean {
  const code = normalizeGroupCode(group);
  if (code === '' || !hasDigit(code)) return () => false;
  return (groupForm) => groupKeysOf(groupForm).has(code);
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
