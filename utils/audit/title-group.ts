/**
 * Where a chat title names a group code: every code a title could name (`groupKeysOf`), and one code's matcher.
 * Codes and titles are compared in the form utils/profile/normalize-name.ts gives them.
 */
import { groupFormOf, normalizeGroupCode, normalizeTitle } from '@/utils/profile/normalize-name';

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
