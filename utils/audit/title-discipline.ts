import { normalizeTitle } from '@/utils/profile/normalize-name';
import { dottedWords, type PreparedTitle, prepareTitle, stripZeros } from './prepared-title';
import { isKindOrMarkerWord } from './title-kind';
/**
 * Title disciplines: whether a chat title names a discipline, and whether it names the discipline itself or a
 * longer one that contains its words («Основы философии» is not «Философия»).
 *
 * Every rule is followed at once by its examples (`<rule>_`: title, discipline, expected); `title-discipline.test.ts`
 * checks that every example gives its answer, and that one true for a rule is false for the other.
 */

/** How a discipline was found in a title; the order is the strength. */
export type DisciplineHit = 'exact' | 'code' | 'alias' | 'stem' | 'abbreviation';

export const DISCIPLINE_HIT_SCORE: Record<DisciplineHit, number> = {
  exact: 100,
  code: 100,
  alias: 90,
  stem: 90,
  abbreviation: 80,
};

/** Built-in short forms of common disciplines (keys normalized); the profile's `aliases` add to these. */
export const BUILTIN_ALIASES: Record<string, string[]> = {
  математика: ['матем', 'мат.', 'математ'],
  // «Информатика и ИКТ» is not a longer discipline: it is the school subject «Информатика» under its name of the 2004
  // standard (ИКТ, information and communication technologies, is what it teaches), still used for the same ОУД in
  // colleges' plans and chat titles. As an alias it counts as «Информатика» itself; a profile that names both still
  // gets each chat to its own (the longer name covers the same words, exactly).
  информатика: ['информ', 'инф.', 'информатика и икт'],
  'физическая культура': ['физкультура', 'физра', 'физ-ра', 'фк'],
  'иностранный язык': ['английский', 'англ.', 'немецкий', 'ин. яз.', 'иняз'],
  'русский язык': ['русский', 'рус. яз.'],
  литература: ['литра', 'лит.'],
  'основы безопасности жизнедеятельности': ['обж', 'обзр'],
  история: ['ист.'],
};

const STOP_WORDS = new Set(['и', 'в', 'во', 'на', 'по', 'с', 'со', 'для', 'к', 'о', 'об', 'из', 'от']);
const CODE_PREFIXES = ['мдк', 'оп', 'пм', 'уп', 'пп', 'ен', 'огсэ', 'оуд', 'од', 'сг', 'ео', 'ос', 'уд'];
const CODE_PATTERN = new RegExp(`(?:^| )(?:${CODE_PREFIXES.join('|')})(?: \\d+)+(?= |$)`);

/** Russian ending off, for stems of discipline words («математики» → «математик»). */
export function stemWord(word: string): string {
  if (word.length <= 4) return word;
  const stem = word.replace(
    /(?:ами|ями|ого|его|ому|ему|ой|ей|ий|ый|ая|яя|ое|ее|ые|ие|ых|их|ов|ев|ам|ям|ах|ях|а|я|о|е|и|ы|у|ю|ь|й)$/,
    '',
  );
  return stem.length >= 4 ? stem : word.slice(0, 4);
}

interface AliasForm {
  words: string[];
  /** Per word: the alias wrote it with a dot (an abbreviation: the title word must be exactly it). */
  exact: boolean[];
}

function aliasForm(alias: string): AliasForm | null {
  const norm = normalizeTitle(alias);
  if (norm === '') return null;
  const words = norm.split(' ');
  const dotted = dottedWords(alias);
  return { words, exact: words.map((w) => dotted.has(w) || w.length <= 2) };
}

function aliasMatches(form: AliasForm, words: readonly string[]): boolean {
  const n = form.words.length;
  outer: for (let i = 0; i + n <= words.length; i++) {
    for (let j = 0; j < n; j++) {
      const w = words[i + j] as string;
      const a = form.words[j] as string;
      if (form.exact[j] ? w !== a : !w.startsWith(a)) continue outer;
    }
    return true;
  }
  return false;
}

/** Where a discipline was found in a title. */
export interface DisciplineMatch {
  hit: DisciplineHit;
  /** The title words (indices into `words`) that are the discipline's: its words, their stems, abbreviations, aliases. */
  covered: number[];
  /**
   * Empty when the title names the discipline itself. Otherwise the title names a longer discipline that contains
   * this one's words («Основы философии» for «Философия»), and these are the words that make it longer.
   */
  extra: string[];
}

export interface DisciplineMatcher {
  discipline: string;
  /** `normalizeTitle(discipline)`: two matchers with the same key are the same discipline. */
  key: string;
  /** How many words its name has (not counting «и», «в»…, numbers, code letters). */
  size: number;
  match(title: PreparedTitle): DisciplineHit | null;
  /** `match`, and which words of the title are the discipline's and which make it a longer one. */
  locate(title: PreparedTitle): DisciplineMatch | null;
}

/**
 * A matcher for one discipline: the whole name as a phrase (exact), its code alone («МДК 01.01» = «МДК.01.01» =
 * «мдк 1.1», «ОП.04» = «ОП 04»), an alias (profile or built-in), the stems of all its words («Элементы высшей
 * математики» in «элементов высшей математики»), or an abbreviation: each word shortened with a dot or to 5+ letters
 * («Матем.», «Рус. яз.»), or the first letters of a name of 3+ words («ЭВМ» for «Элементы высшей математики»; never a
 * word followed by a number, which is a group code such as «ИСП 21»).
 *
 * `locate` also tells a longer discipline from the discipline itself (see `extraWords`).
 */
export function disciplineMatcher(discipline: string, aliases: readonly string[] = []): DisciplineMatcher {
  const norm = normalizeTitle(discipline);
  const words = norm === '' ? [] : norm.split(' ');
  const phrase = ` ${words.map(stripZeros).join(' ')} `;
  const codeFound = phrase.trim().match(CODE_PATTERN);
  const code = codeFound ? ` ${codeFound[0].trim()} ` : null;
  const significant = words.filter((w) => !STOP_WORDS.has(w) && !/^\d+$/.test(w) && !CODE_PREFIXES.includes(w));
  const stems = significant.map(stemWord);
  const initials = significant.length >= 3 ? significant.map((w) => w[0]).join('') : null;
  const forms = [...aliases, ...(BUILTIN_ALIASES[norm] ?? [])].map(aliasForm).filter((f): f is AliasForm => f !== null);

  /** A title word shortened from `target`: with a dot, or to 5+ letters. */
  function shortened(title: PreparedTitle, w: string, target: string): boolean {
    if (w.length >= target.length || !target.startsWith(w)) return false;
    return w.length >= 5 || (title.dotted.has(w) && w.length >= (significant.length === 1 ? 3 : 2));
  }

  function abbreviated(title: PreparedTitle): boolean {
    if (significant.length === 0) return false;
    let from = 0;
    for (const target of significant) {
      let found = false;
      for (let i = from; i < title.words.length; i++) {
        const w = title.words[i] as string;
        if (w === target || shortened(title, w, target)) {
          found = true;
          from = i + 1;
          break;
        }
      }
      if (!found) return false;
    }
    return true;
  }

  function match(title: PreparedTitle): DisciplineHit | null {
    if (words.length === 0 || title.words.length === 0) return null;
    if (title.padded.includes(phrase)) return 'exact';
    if (code && title.padded.includes(code)) return 'code';
    for (const form of forms) if (aliasMatches(form, title.words)) return 'alias';
    if (stems.length > 0 && stems.every((stem) => title.words.some((w) => w.startsWith(stem)))) return 'stem';
    if (abbreviated(title)) return 'abbreviation';
    if (initials) {
      const ws = title.words;
      for (let i = 0; i < ws.length; i++) if (ws[i] === initials && !/^\d/.test(ws[i + 1] ?? '')) return 'abbreviation';
    }
    return null;
  }

  /** A title word that is the discipline's: one of its words, their stems, an abbreviation, an alias's word. */
  function covers(title: PreparedTitle, w: string): boolean {
    if (STOP_WORDS.has(w)) return false;
    if (w === initials) return true;
    for (let j = 0; j < significant.length; j++) {
      const target = significant[j] as string;
      if (w === target || w.startsWith(stems[j] as string) || shortened(title, w, target)) return true;
    }
    for (const form of forms)
      for (let j = 0; j < form.words.length; j++) {
        const a = form.words[j] as string;
        if (form.exact[j] ? w === a : w.startsWith(a)) return true;
      }
    return false;
  }

  function locate(title: PreparedTitle): DisciplineMatch | null {
    const hit = match(title);
    if (!hit) return null;
    const covered: number[] = [];
    title.words.forEach((w, i) => {
      if (covers(title, w)) covered.push(i);
    });
    // A code names one discipline whatever follows it («МДК 01.01 Разработка программных модулей»).
    const named = code !== null && title.padded.includes(code);
    return { hit, covered, extra: named ? [] : extraWords(title, covered) };
  }

  return { discipline, key: norm, size: significant.length, match, locate };
}

/**
 * Words that say nothing about which discipline a chat is for: what a chat is, kinds of work, time and place.
 * (Kind words, group and discipline codes, numbers, years, old and occasion markers, initials are not counted either.)
 */
const FILLER_WORDS = new Set([
  'чат',
  'чатик',
  'беседа',
  'общий',
  'общая',
  'основной',
  'официальный',
  'новый',
  'сферум',
  'max',
  'макс',
  'online',
  'онлайн',
  'дистант',
  'дистанционно',
  'дистанционное',
  'дз',
  'домашка',
  'домашнее',
  'домашние',
  'задание',
  'задания',
  'занятия',
  'урок',
  'уроки',
  'пары',
  'лекции',
  'семинары',
  'лабораторные',
  'работы',
  'материалы',
  'вопросы',
  'объявления',
  'информация',
  'расписание',
  'подгруппа',
  'подгруппы',
  'семестр',
  'полугодие',
  'четверть',
  'курс',
  'курса',
  'год',
  'уч',
]);

function isNeutralWord(words: readonly string[], i: number): boolean {
  const w = words[i] as string;
  if (w.length === 1 || /\d/.test(w) || FILLER_WORDS.has(w)) return true;
  // The letters of a group or discipline code: «ИСП 21», «ОП 04».
  if (/^\d/.test(words[i + 1] ?? '') && (w.length <= 4 || CODE_PREFIXES.includes(w))) return true;
  return isKindOrMarkerWord(w);
}

/**
 * The words that make a title name a longer discipline than the one whose words are `covered` (empty: the title
 * names the discipline itself). Looked for in each part of the title that has covered words (see `layoutOf`); the
 * discipline itself is named when one such part has nothing else but neutral words (`isNeutralWord`). In a part:
 *
 * - any other word before the discipline's words or between them makes it longer: «Основы философии», «Техническая
 *   механика», «Элементы высшей математики»;
 * - after them, a word joined by «и», «в», «по»… («Русский язык и культура речи», «Иностранный язык в
 *   профессиональной деятельности») or written in lower case («Экономика организации») makes it longer; a word
 *   written with a capital is taken as a name and ends the look («Математика Иванова»). A part written in capitals
 *   only counts as lower case. A word beside initials is a name anywhere («Иванова М.П. — Математика»).
 */
function extraWords(title: PreparedTitle, covered: readonly number[]): string[] {
  if (covered.length === 0) return [];
  const { words } = title;
  const { part, lower } = title.layout;
  const isCovered = new Set(covered);
  const initial = (i: number) => (words[i] ?? '').length === 1 && title.dotted.has(words[i] as string);
  const connector = (i: number) => STOP_WORDS.has(words[i] as string) && lower[i] === true && !initial(i);
  // A surname beside initials («Иванова М.П.», «М.П. Иванова») is a person, wherever it stands.
  const name = (i: number) => initial(i + 1) || initial(i - 1);
  let first: string[] | null = null;
  const parts = [...new Set(covered.map((i) => part[i] as number))];
  for (const p of parts) {
    const inPart = covered.filter((i) => part[i] === p);
    const last = inPart[inPart.length - 1] as number;
    const extra: string[] = [];
    let joined = false;
    let after: 'open' | 'longer' | 'closed' = 'open';
    for (let i = 0; i < words.length; i++) {
      if (part[i] !== p || isCovered.has(i) || isNeutralWord(words, i) || name(i)) continue;
      if (connector(i)) {
        if (i > last) joined = true;
        continue;
      }
      if (i < last) extra.push(words[i] as string);
      else if (after === 'longer') extra.push(words[i] as string);
      else if (after === 'open') {
        after = joined || lower[i] === true ? 'longer' : 'closed';
        if (after === 'longer') extra.push(words[i] as string);
      }
    }
    if (extra.length === 0) return [];
    first ??= extra;
  }
  return first ?? [];
}

/** Stems that make a title look like a discipline chat even when the discipline is not in the profile. */
const DISCIPLINE_HINTS = [
  'математ',
  'матем',
  'информат',
  'физик',
  'физкульт',
  'физра',
  'химия',
  'химии',
  'биолог',
  'истори',
  'обществозн',
  'литератур',
  'русск',
  'английск',
  'немецк',
  'иностран',
  'экономик',
  'географ',
  'астроном',
  'черчен',
  'электротехн',
  'программир',
  'обж',
  'обзр',
  'инженерн',
  'метролог',
  'материаловед',
  'дисциплин',
  'предмет',
];

/** Whether a title names some discipline (a known one, a code such as «МДК.01.01», or a common subject). */
export function looksLikeDisciplineTitle(title: PreparedTitle, known: readonly DisciplineMatcher[]): boolean {
  if (CODE_PATTERN.test(title.padded.trim())) return true;
  for (const word of title.words) for (const hint of DISCIPLINE_HINTS) if (word.startsWith(hint)) return true;
  for (const matcher of known) if (matcher.match(title) !== null) return true;
  return false;
}

// ---- discipline rules, each with its examples (title, discipline, expected) ----

/** How a title names a discipline: the discipline itself, a longer one containing its words, or not at all. */
export function disciplineInTitle(
  title: string,
  discipline: string,
  aliases: readonly string[] = [],
): 'itself' | 'longer' | null {
  const found = disciplineMatcher(discipline, aliases).locate(prepareTitle(title));
  return found === null ? null : found.extra.length > 0 ? 'longer' : 'itself';
}

/** The title names the discipline itself (not a longer discipline that contains its words). */
export const titleHasDiscipline = (title: string, discipline: string, aliases: readonly string[] = []): boolean =>
  disciplineInTitle(title, discipline, aliases) === 'itself';
export const titleHasDiscipline_: ReadonlyArray<readonly [title: string, discipline: string, expected: boolean]> = [
  ['Математика 📐 ИСП-21', 'Математика', true],
  ['Матем. ИСП-22', 'Математика', true],
  ['Матем ИСП-22', 'Математика', true],
  ['ИСП-21 мат.', 'Математика', true],
  ['"Математика" ИСП-11 (2023)', 'Математика', true],
  ['ИСП-21 | Элементы высшей математики', 'Элементы высшей математики', true],
  ['ЭВМ ИСП-21', 'Элементы высшей математики', true],
  ['ИСП-21 МДК.01.01', 'МДК 01.01', true],
  ['ИСП-21 мдк 1.1', 'МДК 01.01', true],
  ['ИСП-21 МДК 01.01 Разработка программных модулей', 'МДК.01.01', true], // a code names one discipline
  ['ОП 04 ИСП-21', 'ОП.04', true],
  ['Рус. яз. ИСП-21', 'Русский язык', true],
  ['Физра ТМ-31', 'Физическая культура', true],
  ['Информатика ИСП-22 (Баранов)', 'Информатика', true],
  ['ИСП-21 Студенты 🎓', 'Математика', false],
  ['Математика 📐 ИСП-21', 'Элементы высшей математики', false],
  ['ИСП-21 Материаловедение', 'Математика', false],
  ['ИСП-21 МДК.01.02', 'МДК 01.01', false],
  ['ИСП-21 МДК.01.011', 'МДК 01.01', false],
  ['ОП.14 ИСП-21', 'ОП.04', false],
  ['ИСП-21 Информатика', 'Информационные системы и программирование', false],
  ['ИСП-21', 'Информационные системы и программирование', false],
  ['ИСП-21 Информатика и ИКТ', 'Информатика', true], // the same subject under its older name (see BUILTIN_ALIASES)
  ['Математика Иванова М.П. ИСП-21', 'Математика', true], // a capitalized word after it is a name
  ['Математика ИСП-21 (Иванова)', 'Математика', true],
  ['Иванова М.П. — Математика ИСП-21', 'Математика', true],
  ['Математика для ИСП-21: домашние задания', 'Математика', true],
  ['ИСП-21 Английский язык', 'Иностранный язык', true],
  ['МАТЕМАТИКА ИСП-21', 'Математика', true],
  ['ИСП-21 Русский язык и культура речи', 'Русский язык и культура речи', true],
  ['ИСП-21 Русский язык и культура речи', 'Русский язык', false],
  ['Основы философии ИСП-21', 'Философия', false],
];

/**
 * The title names a longer discipline that contains this one's words: another discipline, not a weaker match
 * (see `extraWords`). The audit takes such a chat for the discipline at best as `ambiguous`.
 */
export const titleHasLongerDiscipline = (title: string, discipline: string, aliases: readonly string[] = []): boolean =>
  disciplineInTitle(title, discipline, aliases) === 'longer';
export const titleHasLongerDiscipline_: ReadonlyArray<readonly [title: string, discipline: string, expected: boolean]> =
  [
    ['ИСП-21 Русский язык и культура речи', 'Русский язык', true],
    ['Основы философии ИСП-21', 'Философия', true],
    ['Техническая механика ТМ-31', 'Механика', true],
    ['ИСП-21 | Элементы высшей математики', 'Математика', true],
    ['Высшая математика ИСП-21', 'Математика', true],
    ['Мат. анализ ИСП-21', 'Математика', true], // математический анализ
    ['Иностранный язык в профессиональной деятельности ИСП-21', 'Иностранный язык', true],
    ['ИСП-21 Английский язык в проф. деятельности', 'Иностранный язык', true],
    ['Электротехника и электроника ТМ-31', 'Электротехника', true],
    ['ИСП-21 Экономика организации', 'Экономика', true],
    ['Адаптивная физическая культура ИСП-21', 'Физическая культура', true],
    ['ИСП-21 Информационные технологии', 'Информатика', true], // «информ…» is Информатика's alias
    ['РУССКИЙ ЯЗЫК И КУЛЬТУРА РЕЧИ — ИСП-21', 'Русский язык', true],
    ['Практикум по высшей математике ИСП-21', 'Математика', true],
    ['ИСП-21 Информатика и ИКТ', 'Информатика', false],
    ['Математика Иванова М.П. ИСП-21', 'Математика', false],
    ['ИСП-21 Русский язык и культура речи', 'Русский язык и культура речи', false],
    ['Математика 📐 ИСП-21', 'Элементы высшей математики', false],
    ['ИСП-21 Материаловедение', 'Математика', false],
  ];

/** The discipline rules, for the collector test: an example true for one is false for the other. */
export const DISCIPLINE_RULES = {
  titleHasDiscipline: [titleHasDiscipline, titleHasDiscipline_],
  titleHasLongerDiscipline: [titleHasLongerDiscipline, titleHasLongerDiscipline_],
} as const;
