/**
 * «С прошлой сверки»: each audit run leaves a summary; the sidebar compares the current run
 * with the one before this visit (what is stored: utils/audit/audit-record.ts). Pure: what changed.
 */
import type { AuditRecord } from '@/utils/audit/audit-record';

/** A requirement counts as in place when a chat satisfies it (even an incomplete one) or it is not required. */
const inPlace = (status: string | undefined) => status === 'ok' || status === 'incomplete';

export interface AuditChanges {
  since: number;
  /** Requirements in place now that were not then. */
  appeared: string[];
  /** Requirements in place then that are not now (unknown now does not count: absence is not proven). */
  disappeared: string[];
}

export function diffAudits(previous: AuditRecord, current: AuditRecord): AuditChanges {
  const appeared: string[] = [];
  const disappeared: string[] = [];
  for (const [id, status] of Object.entries(current.requirementStatuses)) {
    const before = previous.requirementStatuses[id];
    if (inPlace(status) && before !== undefined && !inPlace(before)) appeared.push(id);
    if (!inPlace(status) && status !== 'unknown' && inPlace(before)) disappeared.push(id);
  }
  return { since: previous.at, appeared: appeared.sort(), disappeared: disappeared.sort() };
}
