/**
 * Messages about all of the user's data at once: backup and restore (options page), wipe, and the data of the
 * director's report (report page). Every input is checked with valibot; a restore or a wipe tells open tabs the
 * setup changed.
 */
import * as v from 'valibot';
import { exportBackup, MAX_BACKUP_CHARS, previewBackup, restoreBackup, wipeAll } from '../backup/backup';
import { auditRepository } from '../db/audit-repository';
import type { SverkaDatabase } from '../db/database';
import { linksRepository } from '../db/links-repository';
import { notesRepository } from '../db/notes-repository';
import { setupRepository } from '../db/setup-repository';
import { snapshotRepository } from '../db/snapshot-repository';
import type { ReportData } from '../export/report-data';
import { reportText } from '../i18n/report-messages';
import type { Lang } from '../i18n/translator';
import { onMessage } from './protocol';
import { notifySetupChanged } from './setup-changes';

/** The word the user types to confirm deleting everything. */
export const WIPE_CONFIRMATION = 'УДАЛИТЬ';

export interface DataHandlerOptions {
  /** The language of error messages (Russian unless the browser is in English). */
  lang?: Lang;
  /** The data was replaced (restore, wipe): e.g. the toolbar badge is counted again. */
  onDataChanged?(): void;
}

const BackupText = v.pipe(v.string(), v.maxLength(MAX_BACKUP_CHARS));
/** The page asking says which language its user reads (the background's own may differ). */
const RequestLang = v.optional(v.picklist(['ru', 'en']));
const PreviewRequest = v.object({ text: BackupText, lang: RequestLang });
const RestoreRequest = v.object({ text: BackupText, mode: v.picklist(['merge', 'replace']), lang: RequestLang });
const WipeRequest = v.object({ confirm: v.literal(WIPE_CONFIRMATION) });

export function registerDataHandlers(
  db: SverkaDatabase,
  now: () => number = Date.now,
  options: DataHandlerOptions = {},
): () => void {
  const lang = options.lang ?? 'ru';
  const r = reportText(lang);
  const changed = async () => {
    await notifySetupChanged(now());
    options.onDataChanged?.();
  };
  const removers = [
    onMessage('exportBackup', () => exportBackup(db, now())),
    onMessage('previewBackup', ({ data }) => {
      const request = v.safeParse(PreviewRequest, data);
      if (!request.success)
        return { ok: false as const, error: r('backupNotSverka', { detail: 'ожидался текст файла' }) };
      return previewBackup(db, request.output.text, request.output.lang ?? lang);
    }),
    onMessage('restoreBackup', async ({ data }) => {
      const request = v.safeParse(RestoreRequest, data);
      if (!request.success)
        return {
          ok: false as const,
          error: r('backupFailed', { error: 'непонятный запрос (нужны текст файла и режим)' }),
        };
      const result = await restoreBackup(db, request.output.text, request.output.mode, request.output.lang ?? lang);
      if (result.ok) await changed();
      return result;
    }),
    onMessage('wipeAll', async ({ data }) => {
      if (!v.is(WipeRequest, data)) throw new Error(r('wipeNeedsConfirm'));
      await wipeAll(db);
      await changed();
    }),
    onMessage('getReportData', () => reportData(db, now())),
  ];
  return () => {
    for (const remove of removers) remove();
  };
}

async function reportData(db: SverkaDatabase, at: number): Promise<ReportData> {
  const setup = await setupRepository(db).get();
  const snapshot = await snapshotRepository(db).get();
  const links = linksRepository(db);
  const userId = snapshot?.userId;
  return {
    organization: setup.profile.organization.name,
    userName: snapshot?.userName ?? null,
    at,
    setup,
    snapshot,
    notes: await notesRepository(db).list(),
    linkMarks: await links.marks(),
    linkHistory: userId === undefined ? {} : await links.history(userId),
    audits: userId === undefined ? [] : (await auditRepository(db).history(userId)).reverse(),
  };
}
