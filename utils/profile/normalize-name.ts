/**
 * How Сверка compares names — of chats, groups and disciplines, in profiles and in MAX's titles. Pure string
 * functions, no DOM.
 *
 * - `normalizeTitle`: lower case, ё→е, NFKC (full-width and «fancy» letters become plain), every character that is
 *   not a letter or a digit (quotes, dashes, dots, emoji, brackets) becomes a space, spaces collapsed. Latin letters
 *   that look like Cyrillic ones (A/А, B/В, C/С, E/Е, H/Н, K/К, M/М, O/О, P/Р, T/Т, X/Х, Y/У) become Cyrillic in a word
 *   that also has Cyrillic letters («ИCП» with a Latin C) and in a word made only of such letters («TM-31», «MAX»).
 *   Other all-Latin words stay Latin («VK», «students»), so English keywords still match.
 * - Group codes (`normalizeGroupCode`; found in titles by utils/audit/title-group.ts) go one step further: remaining Latin letters are
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
