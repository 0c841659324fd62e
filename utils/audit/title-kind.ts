/**
 * Title kinds: what a chat title says about who is in the chat (students, parents, teachers, staff), and whether it
 * looks like a chat of the past («архив», «2023/24») or of one occasion («практика»).
 *
 * Every rule is followed at once by its example titles (`<rule>_`); `title-kind.test.ts` checks that every example
 * passes its own rule and fails every other rule, so two rules cannot silently overlap (a parents' chat never counts
 * as the students' chat).
 *
 * Kinds are found by word stems at the start of a title word («родит» finds «Родители», «Родительский», the typo
 * «Родитли»), by a few exact words («мамы»), and by one-letter typos of the full forms («Студетны»). When a title
 * names several kinds, the more specific one wins: parents > teachers > staff > students («Родители студентов
 * ИСП-21» is the parents' chat, «Группа ИСП-22 — преподаватели» the teachers' chat).
 */
import { normalizeTitle } from '@/utils/profile/normalize-name';

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

export function isDigits(word: string): boolean {
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

/**
 * A word that says who a chat is for, that it is old, or that it is for one occasion: it does not make a title name
 * a longer discipline (title-discipline.ts).
 */
export function isKindOrMarkerWord(word: string): boolean {
  const info = wordInfo(word);
  return info.strong !== -1 || info.weak !== -1 || info.topic || OLD_WORDS.includes(word) || word.startsWith('архив');
}
