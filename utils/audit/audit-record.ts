/**
 * What is kept of each audit run (the database's `audits` table), and when a run is worth keeping: the sidebar's
 * «С прошлой сверки» compares the current run with the one kept before this visit. Pure.
 */

import type { MaxId } from '@/utils/max/bridge-events';
import type { AuditResult, FindingStatus } from './audit';

export interface AuditRecord {
  id?: number;
  userId: MaxId;
  at: number;
  summary: { total: number; ok: number; missing: number; unknown: number };
  requirementStatuses: Record<string, string>;
}

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
