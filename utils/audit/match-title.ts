import { groupFormOf, normalizeTitle } from '../profile/normalize-name';
/**
 * Title rules: what a chat title says about who is in the chat (kind), and whether it names a discipline.
 *
 * Every rule is followed at once by its example titles (`<rule>_`); `match-title.test.ts` checks that every example
 * passes its own rule and fails every other rule of its family, so two rules cannot silently overlap
 * (a parents' chat never counts as the students' chat).
 *
 * Kinds are found by word stems at the start of a title word («родит» finds «Родители», «Родительский», the typo
 * «Родитли»), by a few exact words («мамы»), and by one-letter typos of the full forms («Студетны»). When a title
 * names several kinds, the more specific one wins: parents > teachers > staff > students («Родители студентов
 * ИСП-21» is the parents' chat, «Группа ИСП-22 — преподаватели» the teachers' chat).
 */

export type TitleKind = 'students' | 'parents' | 'teachers' | 'staff';

interface KindFamily {
  kind: TitleKind;
  /** A title word starting with one of these counts. */
  stems: string[];
  /** A title word equal to one of these counts. */
  words: string[];
  /** Full forms: a title word (6+ letters) one typo away from one of these counts. */
  forms: string[];
  /** Stems and words that count, but only weakly (students: «группа», «классный час»). */
  weakStems?: string[];
  weakWords?: string[];
}

const FAMILIES: KindFamily[] = [
  {
    kind: 'parents',
    stems: ['родител', 'родит', 'законн', 'parent'],
    words: ['мамы', 'мам', 'папы', 'мамочки', 'представители', 'представителей'],
    forms: ['родители', 'родителей', 'родительский'],
  },
  {
    kind: 'teachers',
    stems: ['преподават', 'препод', 'педагог', 'педсостав', 'учител', 'коллег', 'предметник', 'teacher'],
    words: [],
    forms: ['преподаватели', 'преподавателей', 'педагоги', 'учителя', 'коллеги'],
  },
  {
    kind: 'staff',
    stems: ['сотрудник', 'работник', 'персонал', 'коллектив', 'staff'],
    words: [],
    forms: ['сотрудники', 'работники'],
  },
  {
    kind: 'students',
    stems: ['студент', 'студенч', 'обучающ', 'учащ', 'ученик', 'курсант', 'student'],
    words: ['студ', 'студенты'],
    forms: ['студенты', 'студентов', 'обучающиеся', 'обучающихся', 'учащиеся'],
    weakStems: ['групп', 'классн', 'group'],
    weakWords: ['кл', 'класс'],
  },
];

/** One insertion, deletion, substitution or swap of neighbours turns `a` into `b` (the first letter kept). */
function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (a[0] !== b[0]) return false;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i++;
  if (la === lb) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

export interface KindHit {
  kind: TitleKind;
  /** The title word that gave the kind (normalized). */
  word: string;
  /** A weak word only («Группа ИСП-21», «СА-12 классный час»). */
  weak: boolean;
}

/** Strong hit of a family on one word, or weak (-1 none). */
function familyHitOnWord(family: KindFamily, word: string): 'strong' | 'weak' | null {
  if (family.words.includes(word)) return 'strong';
  for (const stem of family.stems) if (word.startsWith(stem)) return 'strong';
  if (word.length >= 6) for (const form of family.forms) if (withinOneEdit(word, form)) return 'strong';
  if (family.weakWords?.includes(word)) return 'weak';
  if (family.weakStems?.some((stem) => word.startsWith(stem))) return 'weak';
  return null;
}

interface WordInfo {
  /** Index in FAMILIES of the first family the word is a strong hit of, or -1. */
  strong: number;
  /** Index of the first family the word is a weak hit of, or -1. */
  weak: number;
  topic: boolean;
}

/** Words repeat across titles (group codes, «студенты», «родители»): what a word says is computed once. */
const wordInfos = new Map<string, WordInfo>();
const MAX_WORDS_REMEMBERED = 50_000;

function wordInfo(word: string): WordInfo {
  let info = wordInfos.get(word);
  if (info) return info;
  let strong = -1;
  let weak = -1;
  FAMILIES.forEach((family, i) => {
    if (strong !== -1) return;
    const hit = familyHitOnWord(family, word);
    if (hit === 'strong') strong = i;
    else if (hit === 'weak' && weak === -1) weak = i;
  });
  info = { strong, weak, topic: TOPIC_STEMS.some((stem) => word.startsWith(stem)) };
  if (wordInfos.size >= MAX_WORDS_REMEMBERED) wordInfos.clear();
  wordInfos.set(word, info);
  return info;
}

/** The kind a title's words name (most specific first), or null when it names none. */
export function kindOfWords(words: readonly string[]): KindHit | null {
  let best = -1;
  let bestWord = '';
  let weak = -1;
  let weakWord = '';
  for (const word of words) {
    const info = wordInfo(word);
    if (info.strong !== -1 && (best === -1 || info.strong < best)) {
      best = info.strong;
      bestWord = word;
    }
    if (info.weak !== -1 && weak === -1) {
      weak = info.weak;
      weakWord = word;
    }
  }
  if (best !== -1) return { kind: (FAMILIES[best] as KindFamily).kind, word: bestWord, weak: false };
  if (weak !== -1) return { kind: (FAMILIES[weak] as KindFamily).kind, word: weakWord, weak: true };
  return null;
}

const wordsOf = (title: string): string[] => {
  const norm = normalizeTitle(title);
  return norm === '' ? [] : norm.split(' ');
};

export const titleKind = (title: string): TitleKind | null => kindOfWords(wordsOf(title))?.kind ?? null;

// ---- kind rules, each with its examples ----

export const isStudentsTitle = (title: string): boolean => titleKind(title) === 'students';
export const isStudentsTitle_ = [
  'ИСП-21 Студенты 🎓',
  'Группа ИСП 22 — студенты',
  'Обучающиеся ИСП-21',
  'Студенты ИСП21',
  'ИСП-21 студетны',
  'Учащиеся группы ТМ-31',
  'Студенческий чат ИСП-21',
  'ИСП-21 students',
  'Группа ИСП-21',
  'СА-12 классный час',
  'Кл. час 1 курс',
];

export const isParentsTitle = (title: string): boolean => titleKind(title) === 'parents';
export const isParentsTitle_ = [
  'ИСП-21 Родители',
  'Родители ИСП-21 — 2023/24 (VK)',
  'ИСП-21 Родитли',
  'Родительский чат ИСП-21 (2024-2028)',
  'Родители студентов ИСП-21',
  'ТМ-32 — родители',
  'Законные представители ИСП-21',
  'Мамы и папы ИСП-21',
  'ИСП-21 parents',
  'Чат родителей группы СА-11',
];

export const isTeachersTitle = (title: string): boolean => titleKind(title) === 'teachers';
export const isTeachersTitle_ = [
  '«ИСП-21» преподаватели',
  'Группа ИСП 22 — преподаватели',
  'ТМ-32 преподаватели 🛠',
  'СА-11: педагоги группы',
  'Преподы ИСП-21',
  'Учителя ИСП-21',
  'Коллеги, ведущие в ТМ-31',
  'Педагоги, работающие с ИСП-22',
  'ИСП-21 teachers',
];

export const isStaffTitle = (title: string): boolean => titleKind(title) === 'staff';
export const isStaffTitle_ = ['Сотрудники техникума', 'Коллектив', 'Персонал столовой', 'Работники библиотеки'];

/** A title naming no kind at all: with a group code it is a weaker students' candidate (see audit.ts). */
export const isKindlessTitle = (title: string): boolean => titleKind(title) === null;
export const isKindlessTitle_ = [
  'ИСП-21',
  'ИСП21',
  'Математика 📐 ИСП-21',
  'Матем. ИСП-22',
  'ИСП-21 | Элементы высшей математики',
  'Сферум — ИСП-21 (архив VK)',
  'Практика ИСП-21 лето 2024',
  'Педсовет',
  'Хор «Голоса»',
];

/** The kind rules, for the collector test. */
export const KIND_RULES = {
  isStudentsTitle: [isStudentsTitle, isStudentsTitle_],
  isParentsTitle: [isParentsTitle, isParentsTitle_],
  isTeachersTitle: [isTeachersTitle, isTeachersTitle_],
  isStaffTitle: [isStaffTitle, isStaffTitle_],
  isKindlessTitle: [isKindlessTitle, isKindlessTitle_],
} as const satisfies Record<string, readonly [(title: string) => boolean, readonly string[]]>;

// ---- title markers: an old (archived) chat, a topic/event chat ----

const OLD_WORDS = ['архив', 'архивн', 'vk', 'вк', 'старый', 'старая', 'старое', 'old', 'прошлогодн'];
const TOPIC_STEMS = ['практик', 'экзамен', 'олимпиад', 'конкурс', 'консультац', 'сесси', 'экскурс', 'поход'];

/** The academic year that contains `now` starts on 1 September of this year. */
export function academicYearStart(now: number): number {
  const date = new Date(Number.isFinite(now) ? now : 0);
  return date.getUTCMonth() >= 8 ? date.getUTCFullYear() : date.getUTCFullYear() - 1;
}

/**
 * Why a title looks like a chat of the past, or null: a word like «архив», «VK», or only years that ended before the
 * current academic year («2023/24», «лето 2024»; «(2024-2028)» is the group's whole study period, still current).
 */
export function oldMarker(norm: string, yearStart: number): string | null {
  return oldMarkerOfWords(norm === '' ? [] : norm.split(' '), yearStart);
}

function isDigits(word: string): boolean {
  if (word.length === 0) return false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

const isYear = (word: string) => word.length === 4 && word.startsWith('20') && isDigits(word);

export function oldMarkerOfWords(words: readonly string[], yearStart: number): string | null {
  let latest = -1;
  let text = '';
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    if (OLD_WORDS.includes(word) || word.startsWith('архив')) return word;
    if (!isYear(word)) continue;
    const first = Number(word);
    // «2023 24» / «2024 2028» is a span ending in its second year; a lone «2024» is a calendar year (ends in 2025).
    let end = first + 1;
    let shown = word;
    const next = words[i + 1] ?? '';
    if ((next.length === 2 && isDigits(next)) || isYear(next)) {
      const second = next.length === 2 ? 2000 + Number(next) : Number(next);
      if (second >= first) {
        end = second;
        shown = `${word}/${next}`;
        i++;
      }
    }
    if (end > latest) {
      latest = end;
      text = shown;
    }
  }
  return latest !== -1 && latest <= yearStart ? text : null;
}

export function topicMarker(words: readonly string[]): string | null {
  for (const word of words) if (wordInfo(word).topic) return word;
  return null;
}

// ---- prepared titles (computed once per chat per audit) ----

/** Forms NFKC turns into digits (full-width, super/subscript, circled, math). */
const EXOTIC_DIGIT = /[\uFF10-\uFF19\u00B2\u00B3\u00B9\u00BC-\u00BE\u2070-\u2089\u2150-\u218F\u2460-\u24FF\uD835]/;

const stripZeros = (word: string): string =>
  word.charCodeAt(0) === 48 && word.length > 1 && isDigits(word) ? String(Number(word)) : word;

function dottedWords(raw: string): Set<string> {
  const dotted = new Set<string>();
  const matches = raw
    .normalize('NFKC')
    .toLowerCase()
    .replace(/ё/g, 'е')
    .match(/[\p{L}]+\./gu);
  if (matches) for (const m of matches) dotted.add(normalizeTitle(m));
  return dotted;
}

/** A title prepared once per audit: normalized forms and what its words say. */
export class PreparedTitle {
  #norm: string | undefined;
  #words: string[] | undefined;
  #groupForm: string | undefined;
  // Needed only for chats that name a required group: computed on first use.
  #kind: KindHit | null | undefined;
  #old: string | null | undefined;
  #topic: string | null | undefined;
  #padded: string | undefined;
  #dotted: Set<string> | undefined;
  #layout: TitleLayout | undefined;

  constructor(
    readonly raw: string,
    private readonly yearStart: number,
  ) {}

  /** normalizeTitle(raw) */
  get norm(): string {
    this.#norm ??= normalizeTitle(this.raw);
    return this.#norm;
  }

  get words(): string[] {
    this.#words ??= this.norm === '' ? [] : this.norm.split(' ');
    return this.#words;
  }

  /** For group codes: remaining Latin transliterated. */
  get groupForm(): string {
    this.#groupForm ??= groupFormOf(this.norm);
    return this.#groupForm;
  }

  /**
   * A cheap look before normalizing: could the title name a group code with one of these digit runs? Group codes
   * always have digits, and normalization keeps ASCII digits as they are; a title with digits in another form is
   * always looked at.
   */
  mayHaveDigits(runs: readonly string[]): boolean {
    for (const run of runs) if (this.raw.includes(run)) return true;
    return EXOTIC_DIGIT.test(this.raw);
  }

  /** The words of `groupForm` (the same array as `words` when the title has no Latin letters). */
  get groupWords(): readonly string[] {
    return this.groupForm === this.norm ? this.words : this.groupForm === '' ? [] : this.groupForm.split(' ');
  }

  get kind(): KindHit | null {
    if (this.#kind === undefined) this.#kind = kindOfWords(this.words);
    return this.#kind;
  }

  /** Why the title looks old («2023/24», «архив»), or null. */
  get old(): string | null {
    if (this.#old === undefined) this.#old = oldMarkerOfWords(this.words, this.yearStart);
    return this.#old;
  }

  /** The word that makes it a chat for one occasion («практика»), or null. */
  get topic(): string | null {
    if (this.#topic === undefined) this.#topic = topicMarker(this.words);
    return this.#topic;
  }

  /** Words with numbers without leading zeros («01» → «1»), padded with spaces: for discipline phrases. */
  get padded(): string {
    this.#padded ??= ` ${this.words.map(stripZeros).join(' ')} `;
    return this.#padded;
  }

  /** Title words that were followed by a dot in the raw title («Матем.»). */
  get dotted(): Set<string> {
    this.#dotted ??= this.raw.includes('.') ? dottedWords(this.raw) : new Set();
    return this.#dotted;
  }

  /** Where the title's parts begin and end, and how its words are written: see `layoutOf`. */
  get layout(): TitleLayout {
    this.#layout ??= layoutOf(this.raw, this.words.length);
    return this.#layout;
  }
}

interface TitleLayout {
  /** Per word of `words`: the number of the part of the title it is in. */
  part: number[];
  /** Per word: written in lower case in the raw title (every word of a part written in capitals only counts). */
  lower: boolean[];
}

/**
 * Characters that end a part of a title: anything but letters, digits, spaces, dots, dashes and apostrophes — so
 * brackets, quotes, «|», «/», «:», «,», emoji. «Информатика ИСП-22 (Баранов)» has the parts «Информатика ИСП-22» and
 * «Баранов»; «ИСП-21 — Русский язык и культура речи» is one part (a dash joins as often as it separates).
 */
const PART_BREAK = /[^\p{L}\p{N}\s.\-\u2010-\u2015\u2212'\u2019]+/u;
const TOKEN_BREAK = /[^\p{L}\p{N}]+/u;
const STARTS_LOWER = /^\p{Ll}/u;
const HAS_LOWER = /\p{Ll}/u;

/** The title's parts and letter case, word by word; one part, all lower case, when the words do not line up. */
function layoutOf(raw: string, count: number): TitleLayout {
  const part: number[] = [];
  const lower: boolean[] = [];
  let n = 0;
  for (const piece of raw.normalize('NFKC').split(PART_BREAK)) {
    const tokens = piece.split(TOKEN_BREAK).filter((t) => t !== '');
    if (tokens.length === 0) continue;
    const capitalsOnly = !HAS_LOWER.test(piece);
    for (const token of tokens) {
      part.push(n);
      lower.push(capitalsOnly || STARTS_LOWER.test(token));
    }
    n++;
  }
  if (part.length === count) return { part, lower };
  return { part: new Array(count).fill(0), lower: new Array(count).fill(true) };
}

export function prepareTitle(raw: unknown, now = 0, yearStart = academicYearStart(now)): PreparedTitle {
  return new PreparedTitle(typeof raw === 'string' ? raw : '', yearStart);
}

// ---- disciplines ----

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
  const info = wordInfo(w);
  return info.strong !== -1 || info.weak !== -1 || info.topic || OLD_WORDS.includes(w) || w.startsWith('архив');
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
