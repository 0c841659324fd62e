/**
 * What needs the user's action, for the sidebar's order and filter, the toggle tab's number and the chat badges in MAX's
 * chat list: pure, so it is tested without a page.
 */
import type { AuditSummary, Finding, FindingStatus } from '@/utils/audit/audit';
import type { Reason } from '@/utils/audit/reason-text';

/** Within a group, rows needing action first: missing, then incomplete, ambiguous, unknown, then fine. */
export const STATUS_ORDER: Record<FindingStatus, number> = {
  missing: 0,
  incomplete: 1,
  ambiguous: 2,
  unknown: 3,
  ok: 4,
};

/** A row «Только проблемы» keeps: anything but fine (a chat marked «не требуется» is fine). */
export function isProblem(finding: Finding): boolean {
  return finding.status !== 'ok';
}

/** The toggle tab's number: requirements the user can act on now (missing, incomplete, ambiguous). */
export function attentionCount(summary: AuditSummary): number {
  return summary.missing + summary.incomplete + summary.ambiguous;
}

type CauseCode = 'few-members' | 'not-owner-or-admin' | 'old-title' | 'topic-title' | 'discipline-chat-only';
const CAUSES: ReadonlySet<Reason['code']> = new Set<CauseCode>([
  'few-members',
  'not-owner-or-admin',
  'old-title',
  'topic-title',
  'discipline-chat-only',
]);

/** The reasons that make a found chat «неполный», each of which says what to do (utils/audit/reason-text.ts). */
export function incompleteCauses(finding: Finding): Reason[] {
  return finding.status === 'incomplete' ? finding.reasons.filter((reason) => CAUSES.has(reason.code)) : [];
}
