/**
 * From a profile and the user's assignment to the chats the user must have (requirements), plus the helpers of the
 * assignment form: the person in `people[]` that matches the MAX profile name, and groups/disciplines seen in the
 * user's chat titles.
 */
import type { Kind, Per, Profile, ProfilePerson, Role } from '../profile/profile-schema';
import { profileGroup } from '../profile/profile-schema';
import { normalizeGroupCode, normalizeTitle } from './normalize-title';
import { BUILTIN_ALIASES } from './title-discipline';

export interface AssignmentRole {
  role: Role;
  group?: string;
  discipline?: string;
}

export interface Assignment {
  roles: AssignmentRole[];
}

export interface Requirement {
  /** `<rule id>/<group>`, `<rule id>/<group>/<discipline>`, or `<rule id>` for a rule per person. */
  id: string;
  ruleId: string;
  role: Role;
  per: Per;
  kind: Kind;
  group?: string;
  discipline?: string;
  /** The rule's title template filled in: what to call the chat when creating it. */
  suggestedTitle: string;
  clause: string;
  /** Who must be invited, in Russian («родители (законные представители) обучающихся группы ИСП-21»). */
  invite: string;
  /** Keywords of a custom rule. */
  keywords?: string[];
}

const fill = (template: string, group?: string, discipline?: string): string =>
  template
    .replace(/\{group\}/g, group ?? '')
    .replace(/\{discipline\}/g, discipline ?? '')
    .replace(/\s+/g, ' ')
    .trim();

/** Who must be invited to a chat of this kind, in Russian. */
export function inviteWords(kind: Kind, group?: string, discipline?: string): string {
  const ofGroup = group ? ` группы ${group}` : '';
  switch (kind) {
    case 'students':
      return discipline ? `обучающиеся${ofGroup} (дисциплина «${discipline}»)` : `обучающиеся${ofGroup}`;
    case 'parents':
      return `родители (законные представители) обучающихся${ofGroup}`;
    case 'teachers':
      return `преподаватели${ofGroup}`;
    case 'staff':
      return 'сотрудники организации';
    case 'custom':
      return group ? `участники${ofGroup}` : 'участники';
  }
}

/** Same discipline spelled differently («математика», «Математика ») → one key. */
const disciplineKey = (discipline: string): string => normalizeTitle(discipline);

/** The profile's spelling of a discipline (from people[] and aliases), else the assignment's, trimmed. */
function spellDiscipline(profile: Profile, discipline: string): string {
  const key = disciplineKey(discipline);
  for (const name of Object.keys(profile.aliases)) if (disciplineKey(name) === key) return name;
  for (const person of profile.people)
    for (const role of person.roles)
      if (role.discipline && disciplineKey(role.discipline) === key) return role.discipline;
  return discipline.trim();
}

/**
 * The requirements of an assignment under a profile: for every assignment role, every rule of that role —
 * per group (needs the role's group), per discipline (needs group and discipline), per person (once).
 * Multiple roles give the union, deduplicated by id, in a stable order (assignment order, then rule order).
 */
export function requirementsFor(profile: Profile, assignment: Assignment): Requirement[] {
  const out: Requirement[] = [];
  const seen = new Set<string>();
  for (const entry of assignment?.roles ?? []) {
    const rawGroup = typeof entry.group === 'string' ? entry.group.trim() : '';
    const rawDiscipline = typeof entry.discipline === 'string' ? entry.discipline.trim() : '';
    const group = rawGroup === '' ? undefined : (profileGroup(profile, rawGroup)?.code ?? rawGroup);
    const discipline = rawDiscipline === '' ? undefined : spellDiscipline(profile, rawDiscipline);
    for (const rule of profile.rules) {
      if (rule.role !== entry.role) continue;
      if (rule.per !== 'person' && group === undefined) continue;
      if (rule.per === 'discipline' && discipline === undefined) continue;
      const g = rule.per === 'person' ? undefined : group;
      const d = rule.per === 'discipline' ? discipline : undefined;
      const key = [rule.id, g && normalizeGroupCode(g), d && disciplineKey(d)].filter(Boolean).join('/');
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({
        id: [rule.id, g, d].filter((part) => part !== undefined).join('/'),
        ruleId: rule.id,
        role: rule.role,
        per: rule.per,
        kind: rule.kind,
        ...(g !== undefined ? { group: g } : {}),
        ...(d !== undefined ? { discipline: d } : {}),
        suggestedTitle: fill(rule.title, g, d),
        clause: rule.clause,
        invite: inviteWords(rule.kind, g, d),
        ...(rule.keywords ? { keywords: rule.keywords } : {}),
      });
    }
  }
  return out;
}

/** The assignment a person of the profile has. */
export function assignmentOf(person: ProfilePerson): Assignment {
  return {
    roles: person.roles.map((r) => ({
      role: r.role,
      ...(r.group !== undefined ? { group: r.group } : {}),
      ...(r.discipline !== undefined ? { discipline: r.discipline } : {}),
    })),
  };
}

// ---- proposing the person from the MAX profile name ----

const nameWordsOf = (name: unknown): string[] => {
  const norm = normalizeTitle(name);
  return norm === '' ? [] : norm.split(' ');
};

/** «И.» matches «Иванова»'s given name «Ирина»: a one-letter word is an initial. */
const wordMatches = (short: string, full: string): boolean =>
  short === full || (short.length === 1 && full.startsWith(short));

/** How many words of the MAX name are found in the person's name (each person word used once), or 0 if any is not. */
function nameScore(maxWords: readonly string[], personWords: readonly string[]): number {
  const used = new Set<number>();
  let full = 0;
  for (const word of maxWords) {
    const i = personWords.findIndex((p, k) => !used.has(k) && wordMatches(word, p));
    if (i < 0) return 0;
    used.add(i);
    if (word.length > 1) full++;
  }
  return full;
}

/**
 * The person of `people[]` whose name matches the MAX profile name: every word of the MAX name is a word of the
 * person's full name, in any order («Мария Иванова» ~ «Иванова Мария Петровна»; initials allowed), at least two
 * words, one of them full. The best match by matched full words wins; a tie between two people gives null (the user
 * picks by hand).
 */
export function proposePerson(profile: Profile, maxName: string): ProfilePerson | null {
  const maxWords = nameWordsOf(maxName);
  if (maxWords.length < 2) return null;
  let best: ProfilePerson | null = null;
  let bestScore = 0;
  let tie = false;
  for (const person of profile.people) {
    const score = nameScore(maxWords, nameWordsOf(person.name));
    if (score === 0) continue;
    if (score > bestScore) {
      best = person;
      bestScore = score;
      tie = false;
    } else if (score === bestScore) tie = true;
  }
  return tie ? null : best;
}

// ---- suggestions from chat titles ----

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
