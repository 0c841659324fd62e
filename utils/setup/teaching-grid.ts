/**
 * A teacher's groups × disciplines in one table: which cells start ticked, and the teacher roles the ticked cells
 * make. Filled from the administrator's staff list when the profile has this person (their teacher roles, nothing
 * guessed), else guessed from the user's chat titles: a title naming a group and a discipline («Матем. ИСП-22»)
 * ticks that cell. Pure, so the sidebar's card only renders it.
 */

import type { AssignmentRole } from '@/utils/audit/requirements';
import { normalizeGroupCode, normalizeTitle } from '@/utils/profile/normalize-name';
import type { ProfilePerson } from '@/utils/profile/profile-schema';
import { suggestFromChatTitles } from './title-suggestions';

export interface TeachingGrid {
  groups: string[];
  disciplines: string[];
  /** Keys of the ticked cells (`cellKey`). */
  ticked: ReadonlySet<string>;
  /** Where the ticks came from: the staff list, the chat titles, or nowhere (an empty table to fill). */
  source: 'staff-list' | 'chats' | 'none';
}

/** Enough rows and columns for a teacher's week; more would not fit beside MAX. */
export const MAX_GRID_GROUPS = 12;
export const MAX_GRID_DISCIPLINES = 8;

/** One cell, whatever the spelling: «ИСП 22» is «ИСП-22», «математика» is «Математика». */
export const cellKey = (group: string, discipline: string): string =>
  `${normalizeGroupCode(group)}|${normalizeTitle(discipline)}`;

/** The list with `value` added at the end, unless it is already there in another spelling or blank. */
export function withLine(list: readonly string[], value: string, same: (text: string) => string): string[] {
  const text = value.trim();
  if (text === '' || list.some((item) => same(item) === same(text))) return [...list];
  return [...list, text];
}

const byCount = (counts: Map<string, { value: string; count: number }>, max: number): string[] =>
  [...counts.values()]
    .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value, 'ru'))
    .slice(0, max)
    .map((entry) => entry.value);

function count(counts: Map<string, { value: string; count: number }>, key: string, value: string) {
  const found = counts.get(key);
  if (found) found.count++;
  else counts.set(key, { value, count: 1 });
}

export function seedTeachingGrid(titles: readonly string[], person: ProfilePerson | null): TeachingGrid {
  const taught = (person?.roles ?? []).filter((role) => role.role === 'teacher' && role.group && role.discipline);
  if (taught.length > 0) {
    let groups: string[] = [];
    let disciplines: string[] = [];
    const ticked = new Set<string>();
    for (const role of taught) {
      groups = withLine(groups, role.group as string, normalizeGroupCode);
      disciplines = withLine(disciplines, role.discipline as string, normalizeTitle);
      ticked.add(cellKey(role.group as string, role.discipline as string));
    }
    return { groups, disciplines, ticked, source: 'staff-list' };
  }

  const groups = new Map<string, { value: string; count: number }>();
  const disciplines = new Map<string, { value: string; count: number }>();
  const pairs = new Set<string>();
  for (const title of titles) {
    const found = suggestFromChatTitles([title]);
    // Only a title that names both says what is taught where; a curator's «ИСП-22 родители» names no discipline.
    if (found.groups.length === 0 || found.disciplines.length === 0) continue;
    for (const group of found.groups) {
      count(groups, normalizeGroupCode(group.value), group.value);
      for (const discipline of found.disciplines) pairs.add(cellKey(group.value, discipline.value));
    }
    for (const discipline of found.disciplines) count(disciplines, normalizeTitle(discipline.value), discipline.value);
  }
  const shownGroups = byCount(groups, MAX_GRID_GROUPS);
  const shownDisciplines = byCount(disciplines, MAX_GRID_DISCIPLINES);
  const ticked = new Set<string>();
  for (const group of shownGroups)
    for (const discipline of shownDisciplines)
      if (pairs.has(cellKey(group, discipline))) ticked.add(cellKey(group, discipline));
  return {
    groups: shownGroups,
    disciplines: shownDisciplines,
    ticked,
    source: ticked.size > 0 ? 'chats' : 'none',
  };
}

/** The teacher roles of the ticked cells, row by row. */
export function teacherRoles(grid: TeachingGrid): AssignmentRole[] {
  const roles: AssignmentRole[] = [];
  for (const group of grid.groups)
    for (const discipline of grid.disciplines)
      if (grid.ticked.has(cellKey(group, discipline))) roles.push({ role: 'teacher', group, discipline });
  return roles;
}
