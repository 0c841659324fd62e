/**
 * What a requirement row shows of a finding, as one string: equal strings, equal rows. Each audit makes new
 * finding objects, so the sidebar compares these to re-render only the rows that changed (a busy chat re-audits
 * many times a minute; most rows stay as they were).
 */
import type { Finding } from '@/utils/audit/audit';

export function findingSignature(finding: Finding): string {
  const { requirement, status, chatId, notRequired, linkedByHand, reasons } = finding;
  return JSON.stringify([requirement, status, chatId, notRequired, linkedByHand, reasons]);
}
