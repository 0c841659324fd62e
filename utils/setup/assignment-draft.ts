/**
 * The assignment form's rows, checked before saving: a curator needs a group, a teacher a
 * group and a discipline. Pure, so the sidebar's quick form and the options page share it.
 */
import type { Assignment, AssignmentRole } from '@/utils/audit/requirements';
import type { Role } from '@/utils/profile/profile-schema';

export interface DraftRow {
  role: Role;
  group: string;
  discipline: string;
}

export type DraftProblem = { row: number; field: 'group' | 'discipline' } | { row: -1; field: 'roles' };

export const emptyRow = (role: Role = 'curator'): DraftRow => ({ role, group: '', discipline: '' });

export function rowsOf(assignment: Assignment | null): DraftRow[] {
  if (!assignment || assignment.roles.length === 0) return [emptyRow()];
  return assignment.roles.map((r) => ({ role: r.role, group: r.group ?? '', discipline: r.discipline ?? '' }));
}

const needsGroup = (role: Role) => role === 'curator' || role === 'teacher';

export function checkDraft(
  rows: DraftRow[],
): { ok: true; assignment: Assignment } | { ok: false; problems: DraftProblem[] } {
  const problems: DraftProblem[] = [];
  const roles: AssignmentRole[] = [];
  const seen = new Set<string>();
  rows.forEach((row, index) => {
    const group = row.group.trim();
    const discipline = row.discipline.trim();
    if (needsGroup(row.role) && !group) problems.push({ row: index, field: 'group' });
    if (row.role === 'teacher' && !discipline) problems.push({ row: index, field: 'discipline' });
    const role: AssignmentRole = { role: row.role };
    if (needsGroup(row.role) && group) role.group = group;
    if (row.role === 'teacher' && discipline) role.discipline = discipline;
    const key = `${role.role}|${role.group ?? ''}|${role.discipline ?? ''}`;
    if (!seen.has(key)) {
      seen.add(key);
      roles.push(role);
    }
  });
  if (rows.length === 0) problems.push({ row: -1, field: 'roles' });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, assignment: { roles } };
}
