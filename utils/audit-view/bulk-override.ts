/**
 * «Не требуется» for several requirements at once, with one reason: which rows may be marked (those still needing
 * something, not already overridden by hand), and the override records one action stores. Each record is the same
 * as a single «не требуется», so each row's own «Отменить» undoes it, and the bulk undo removes exactly these.
 */
import type { Finding } from '@/utils/audit/audit';
import type { OverrideRecord } from '@/utils/audit/setup';

/** As long as the single form's field allows. */
export const MAX_REASON_LENGTH = 1000;

/** Requirements that may be marked «не требуется» together, in the order given. */
export function bulkCandidates(findings: readonly Finding[]): Finding[] {
  return findings.filter((finding) => finding.status !== 'ok' && !finding.notRequired && !finding.linkedByHand);
}

/**
 * The overrides for the chosen requirements (only candidates, each once, in the candidates' order), or null when
 * there is nothing to store: no reason or nothing chosen.
 */
export function notRequiredOverrides(
  candidates: readonly Finding[],
  chosen: ReadonlySet<string>,
  reason: string,
  now: number,
): OverrideRecord[] | null {
  const text = reason.trim().slice(0, MAX_REASON_LENGTH);
  if (text === '') return null;
  const records = candidates
    .filter((finding) => chosen.has(finding.requirement.id))
    .map((finding) => ({ requirementId: finding.requirement.id, notRequiredReason: text, createdAt: now }));
  return records.length > 0 ? records : null;
}
