/**
 * Every message with a number, in Russian and English, agrees with its number: plural messages have every form the
 * language needs and are walked through the numbers where Russian changes form; a number in a plain message may stand
 * only before a word that does not change with it (after a colon, «из», «МБ»…), never before a noun.
 */
import { describe, expect, it } from 'vitest';
import { en, ru } from './messages';
import { optionsEn, optionsRu } from './options-messages';
import { orgEn, orgRu } from './organization-messages';
import type { PluralForms } from './plural';
import { plural } from './plural';
import { reportEn, reportRu } from './report-messages';

const NUMBERS = [0, 1, 2, 4, 5, 11, 12, 14, 21, 22, 25, 101, 111];
const catalogs = { ru, en, optionsRu, optionsEn, reportRu, reportEn, orgRu, orgEn } as unknown as Record<
  string,
  Record<string, string | PluralForms>
>;
const langOf = (name: string) => (name.toLowerCase().endsWith('en') ? 'en' : 'ru');

/** The form Russian needs for n (CLDR: 1, 21, 101 → one; 2–4, 22 → few; 0, 5–20, 25, 111 → many). */
function russianForm(n: number): 'one' | 'few' | 'many' {
  if (n % 10 === 1 && n % 100 !== 11) return 'one';
  if (n % 10 >= 2 && n % 10 <= 4 && (n % 100 < 12 || n % 100 > 14)) return 'few';
  return 'many';
}

/** Words that stay the same whatever number stands before them. */
const INVARIANT = new Set([
  ...['из', 'на', 'в', 'нет', 'МБ', 'КБ', 'мин', 'ч'],
  ...['of', 'in', 'more', 'MB', 'KB', 'stale', 'unused', 'missing', 'incomplete', 'ambiguous', 'unknown'],
]);

describe('messages with numbers', () => {
  for (const [name, catalog] of Object.entries(catalogs)) {
    const lang = langOf(name);
    const plurals = Object.entries(catalog).filter((e): e is [string, PluralForms] => typeof e[1] === 'object');

    it(`${name}: every plural message has the forms ${lang === 'ru' ? 'one, few, many' : 'one, other'}`, () => {
      for (const [key, forms] of plurals) {
        const needed = lang === 'ru' ? (['one', 'few', 'many'] as const) : (['one', 'other'] as const);
        for (const form of needed) expect(forms[form], `${name}.${key}.${form}`).toMatch(/\{n\}/);
      }
    });

    it(`${name}: each plural message takes the right form at ${NUMBERS.join(', ')}`, () => {
      for (const [key, forms] of plurals) {
        for (const n of NUMBERS) {
          const text = plural(lang, n, forms);
          expect(text, `${name}.${key} at ${n}`).toContain(String(n));
          const form = lang === 'ru' ? russianForm(n) : n === 1 ? 'one' : 'other';
          expect(text, `${name}.${key} at ${n}`).toBe((forms[form] as string).replace('{n}', String(n)));
        }
      }
    });

    it(`${name}: no plain message puts a number before a word that changes with it`, () => {
      const offending: string[] = [];
      for (const [key, text] of Object.entries(catalog)) {
        if (typeof text !== 'string') continue;
        for (const m of text.matchAll(/\{(\w+)\}\s+([\p{L}]+)/gu)) {
          if (!INVARIANT.has(m[2] as string)) offending.push(`${key}: ${m[0]}`);
        }
      }
      expect(offending).toEqual([]);
    });
  }

  it('the Russian forms really differ where Russian changes form (no copy-pasted forms)', () => {
    for (const name of ['ru', 'optionsRu', 'reportRu', 'orgRu']) {
      for (const [key, forms] of Object.entries(catalogs[name] as Record<string, string | PluralForms>)) {
        if (typeof forms !== 'object') continue;
        expect(new Set([forms.one, forms.few, forms.many]).size, `${name}.${key}`).toBeGreaterThan(1);
      }
    }
  });
});
