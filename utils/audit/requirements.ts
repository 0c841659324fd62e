/**
 * From a profile and the user's assignment to the chats the user must have (requirements), plus a helper of the
 * assignment form: the person in `people[]` that matches the MAX profile name. (Groups and disciplines seen in the
 * user's chat titles are suggested by utils/setup/title-suggestions.ts.)
 */

import { normalizeGroupCode, normalizeTitle } from '@/utils/profile/normalize-name';
import {
  type Kind,
  type Per,
  type Profile,
  type ProfilePerson,
  profileGroup,
  type Role,
} from '@/utils/profile/profile-schema';

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
