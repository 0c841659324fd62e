/**
 * How findings are listed: by group (in the order the user's assignment names them), then by role (curator before
 * teacher), then requirement id; requirements without a group last. The sidebar (`problemsFirst`) puts the rows
 * needing action first within a group: missing, incomplete, ambiguous, unknown, then fine; the director's report keeps
 * the plain order.
 */
import type { Finding } from '@/utils/audit/audit';
import type { Role } from '@/utils/profile/profile-schema';
import { STATUS_ORDER } from './attention';

export interface FindingGroup {
  /** The group code, or null for requirements per person. */
  group: string | null;
  findings: Finding[];
}

const ROLE_ORDER: Record<Role, number> = { curator: 0, teacher: 1, staff: 2, admin: 3 };

export function groupFindings(
  findings: readonly Finding[],
  { problemsFirst = false }: { problemsFirst?: boolean } = {},
): FindingGroup[] {
  const groups = new Map<string | null, Finding[]>();
  for (const finding of findings) {
    const key = finding.requirement.group ?? null;
    const list = groups.get(key);
    if (list) list.push(finding);
    else groups.set(key, [finding]);
  }
  const ordered = [...groups.entries()].sort(([a], [b]) => (a === null ? 1 : b === null ? -1 : 0));
  return ordered.map(([group, list]) => ({
    group,
    findings: [...list].sort(
      (a, b) =>
        (problemsFirst ? STATUS_ORDER[a.status] - STATUS_ORDER[b.status] : 0) ||
        ROLE_ORDER[a.requirement.role] - ROLE_ORDER[b.requirement.role] ||
        a.requirement.id.localeCompare(b.requirement.id, 'ru'),
    ),
  }));
}
