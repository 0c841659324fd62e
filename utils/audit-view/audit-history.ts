/**
 * «С прошлой сверки»: each audit run leaves a summary; the sidebar compares the current run
 * with the one before this visit. Pure functions: what to store, and what changed.
 */
import type { AuditResult, FindingStatus } from '../audit/audit';
import type { AuditRecord } from '../db/database';
import type { MaxId } from '../max/bridge-events';

/** A requirement counts as in place when a chat satisfies it (even an incomplete one) or it is not required. */
const inPlace = (status: string | undefined) => status === 'ok' || status === 'incomplete';

export function toAuditRecord(result: AuditResult, userId: MaxId): AuditRecord {
  const requirementStatuses: Record<string, FindingStatus> = {};
  for (const finding of result.findings) requirementStatuses[finding.requirement.id] = finding.status;
  return {
    userId,
    at: result.at,
    summary: {
      total: result.summary.total,
      ok: result.summary.ok,
      missing: result.summary.missing,
      unknown: result.summary.unknown,
    },
    requirementStatuses,
  };
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Store a run when its statuses differ from the last stored one, or at most once a day otherwise. */
export function shouldStoreAudit(latest: AuditRecord | undefined, next: AuditRecord): boolean {
  if (!latest) return true;
  if (next.at - latest.at >= DAY_MS) return true;
  const a = latest.requirementStatuses;
  const b = next.requirementStatuses;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) if (a[key] !== b[key]) return true;
  return false;
}

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
