/** What the background hands the director's report page (message `getReportData`). */

import type { AuditRecord } from '@/utils/audit/audit-record';
import type { Setup } from '@/utils/audit/setup';
import type { LinkRecord, NoteRecord } from '@/utils/db/database';
import type { OwnLinkHistory } from '@/utils/links/link-history';
import type { StoredSnapshot } from '@/utils/snapshot/max-snapshot';

export interface ReportData {
  /** The profile's organization name. */
  organization: string;
  /** The last MAX user seen (their stored snapshot's name), or null before any snapshot. */
  userName: string | null;
  /** When the data was read (ms). */
  at: number;
  setup: Setup;
  /** The last MAX user's stored snapshot. */
  snapshot: StoredSnapshot | null;
  notes: NoteRecord[];
  /** The link decisions, as stored (the decision in `mark`). */
  linkDecisions: LinkRecord[];
  /** The last user's history of chats' own links (to tell a reset link: `revoked`). */
  linkHistory: OwnLinkHistory;
  /** The last user's audit runs, oldest first (at most a year's worth), for the progress chart. */
  audits: AuditRecord[];
}
