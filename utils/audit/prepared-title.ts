/**
 * A chat title prepared once per audit: its normalized forms, computed on first use, and what its words say (kind,
 * old and occasion markers from title-kind.ts; the forms discipline matching reads, title-discipline.ts).
 */
import { groupFormOf, normalizeTitle } from '@/utils/profile/normalize-name';
import { academicYearStart, isDigits, type KindHit, kindOfWords, oldMarkerOfWords, topicMarker } from './title-kind';

/** Forms NFKC turns into digits (full-width, super/subscript, circled, math). */
const EXOTIC_DIGIT = /[\uFF10-\uFF19\u00B2\u00B3\u00B9\u00BC-\u00BE\u2070-\u2089\u2150-\u218F\u2460-\u24FF\uD835]/;

/** A number without leading zeros («01» → «1»); any other word as it is. */
export const stripZeros = (word: string): string =>
  word.charCodeAt(0) === 48 && word.length > 1 && isDigits(word) ? String(Number(word)) : word;

/** The words of `raw` that were followed by a dot («Матем.», «М.П.»), normalized. */
export function dottedWords(raw: string): Set<string> {
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
