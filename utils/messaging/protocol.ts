/**
 * Typed messages between the content script (and options page) and the background,
 * which alone opens the database.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { AuditRecord } from '@/utils/audit/audit-record';
import type { Assignment } from '@/utils/audit/requirements';
import type { OverrideRecord, Setup } from '@/utils/audit/setup';
import type {
  BackupError,
  BackupPreview,
  RestoreMode,
  RestoreResult,
  SafetyCopyInfo,
  UndoResult,
} from '@/utils/backup/backup';
import type { LinkDecision, LinkRecord, NoteRecord, NoteSubject, SummaryRecord } from '@/utils/db/database';
import type { ReportData } from '@/utils/export/report-data';
import type { OwnLinkHistory } from '@/utils/links/link-history';
import type { MaxId } from '@/utils/max/bridge-events';
import type { ImportResult, SummaryFile } from '@/utils/organization/import-summaries';
import type { Profile } from '@/utils/profile/profile-schema';
import type { ReminderSchedule } from '@/utils/reminders/schedule';
import type { StoredSnapshot } from '@/utils/snapshot/max-snapshot';
import { assertSenderMayAsk } from './sender-guard';

interface ProtocolMap {
  /** Stores the last snapshot of the signed-in MAX user. */
  saveSnapshot(snapshot: StoredSnapshot): void;
  /** The stored snapshot of that user (or of the last user seen, when no id is given). */
  getSnapshot(query: { userId?: MaxId }): StoredSnapshot | null;
  /** Profile in force, assignment, overrides. */
  getSetup(): Setup;
  /** Validates and stores a profile; answers the errors (field paths) when it is rejected, and then stores nothing. */
  saveProfile(profile: unknown): { ok: true } | { ok: false; errors: string[] };
  /** Back to the built-in profile. */
  resetProfile(): void;
  saveAssignment(assignment: Assignment): void;
  setOverride(override: OverrideRecord): void;
  removeOverride(requirementId: string): void;
  /** Keeps an audit run (when it says something new); answers the latest run stored before it. */
  recordAudit(record: AuditRecord): AuditRecord | null;
  /** Notes, newest first: all of them, or those on one subject. */
  listNotes(subject: { subjectType: NoteSubject; subjectKey: string } | null): NoteRecord[];
  /** Creates or updates a note; answers it as stored (with its id). */
  saveNote(note: NoteRecord): NoteRecord;
  /** Deletes a note; answers it so it can be restored (undo). */
  deleteNote(id: number): NoteRecord | null;
  /** The user's link decisions («аннулирована», «оставить»), as stored (the decision in `mark`). */
  listLinkDecisions(): LinkRecord[];
  setLinkDecision(request: { url: string; decision: LinkDecision | null; chatId?: MaxId }): void;
  getLinkHistory(userId: MaxId): OwnLinkHistory;
  saveLinkHistory(request: { userId: MaxId; history: OwnLinkHistory }): void;
  /** MAX web was opened: the background checks reminders when the last check is old. */
  maxOpened(): void;
  getReminders(): { schedule: ReminderSchedule; snoozes: Record<string, number> };
  /** Stores the schedule (anything invalid becomes the default) and re-creates the alarm; answers what was stored. */
  saveReminderSchedule(schedule: ReminderSchedule): ReminderSchedule;
  snooze(request: { requirementId: string; kind: '1d' | '1w' | { until: string } }): void;
  unsnooze(requirementId: string): void;
  /** All of Сверка's data as the text of one backup file (JSON; a Blob cannot cross messaging). */
  exportBackup(): string;
  /** What a backup file holds (tables, rows, schema version, date), or why it cannot be restored. Changes nothing. */
  previewBackup(request: { text: string; lang?: 'ru' | 'en' }): BackupPreview | BackupError;
  /** Restores a backup, merged with what is stored or replacing it, in one transaction: all or nothing. */
  restoreBackup(request: { text: string; mode: RestoreMode; lang?: 'ru' | 'en' }): RestoreResult;
  /** The safety copy the last restore kept of what was stored before («Вернуть как было»), or null. */
  getRestoreUndo(): SafetyCopyInfo | null;
  /** «Вернуть как было»: the store becomes the safety copy again, in one transaction; the copy is then removed. */
  undoRestore(request: { lang?: 'ru' | 'en' } | null): UndoResult;
  /** Deletes all of Сверка's data in one transaction; refuses (throws) without the word УДАЛИТЬ. */
  wipeAll(request: { confirm: 'УДАЛИТЬ' }): void;
  /** Everything the director's report needs; the page runs `audit()` and `linkFindings()` on it. */
  getReportData(): ReportData;
  /**
   * The user's summary for the administrator (format `sverka-summary`), from the stored data, as a file's name and
   * text; or why it cannot be made, in the asked language. Asked by the sidebar's footer and the options page.
   */
  exportSummary(
    request: { lang?: 'ru' | 'en' } | null,
  ): { ok: true; fileName: string; text: string } | { ok: false; error: string };
  /** The administrator imports staff summaries: each file kept or refused with its reason; all kept in one write. */
  importSummaries(request: { files: SummaryFile[] }): ImportResult[];
  /** What the organization page shows: the profile in force and every kept summary. */
  getOrganizationData(): { profile: Profile; summaries: SummaryRecord[] };
  /** Opens the options page or the director's report in a tab (the sidebar cannot open extension pages itself). */
  openExtensionPage(page: 'options' | 'report'): void;
  /** To a MAX tab, from the background: open the sidebar on the missing rows (a reminder was clicked). */
  revealMissing(): void;
  /** To the MAX tab in front, from the background: the manifest's shortcut (commands) was pressed. */
  toggleSidebar(): void;
}

export type MessageType = keyof ProtocolMap;

const messaging = defineExtensionMessaging<ProtocolMap>();
export const { sendMessage } = messaging;
/** Every handler first checks who asks (./sender-guard.ts): MAX's page gets only what the sidebar needs. */
export const onMessage: typeof messaging.onMessage = (type, onReceived) =>
  messaging.onMessage(type, (message) => {
    assertSenderMayAsk(type, message.sender);
    return onReceived(message);
  });
