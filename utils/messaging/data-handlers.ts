/**
 * Messages about all of the user's data at once: backup and restore (options page), «Вернуть как было», wipe, and
 * the data of the director's report (report page). Every input is checked with valibot; a restore, an undo or a wipe
 * tells open tabs the setup changed. Preview, restore and undo never throw: whatever the file or the request, the
 * answer is a result or a message in the user's language.
 */
import * as v from 'valibot';
import {
  exportBackup,
  previewBackup,
  restoreBackup,
  safetyCopyInfo,
  undoRestore,
  wipeAll,
} from '@/utils/backup/backup';
import { MAX_BACKUP_CHARS } from '@/utils/backup/backup-file';
import { auditRepository } from '@/utils/db/audit-repository';
import type { SverkaDatabase } from '@/utils/db/database';
import { linksRepository } from '@/utils/db/links-repository';
import { notesRepository } from '@/utils/db/notes-repository';
import { setupRepository } from '@/utils/db/setup-repository';
import { snapshotRepository } from '@/utils/db/snapshot-repository';
import type { ReportData } from '@/utils/export/report-data';
import { reportText } from '@/utils/i18n/report-messages';
import { errorMessage, type Lang } from '@/utils/i18n/translator';
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
const UndoRequest = v.optional(v.nullable(v.object({ lang: RequestLang })));
/** The language a request asks for, when it says one it may. */
const langOf = (data: unknown): Lang | undefined => {
  const asked = v.safeParse(v.object({ lang: RequestLang }), data);
  return asked.success ? asked.output.lang : undefined;
};

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
  /** Whatever goes wrong unexpectedly becomes an answer, never an exception in the background. */
  const guarded = async <T>(work: () => Promise<T>, fail: (error: string) => T): Promise<T> => {
    try {
      return await work();
    } catch (error) {
      return fail(errorMessage(error));
    }
  };
  const removers = [
    onMessage('exportBackup', () => exportBackup(db, now())),
    onMessage('previewBackup', ({ data }) => {
      const request = v.safeParse(PreviewRequest, data);
      const text = reportText(langOf(data) ?? lang);
      if (!request.success)
        return { ok: false as const, error: text('backupNotSverka', { detail: text('backupDetailBadRequest') }) };
      return guarded(
        () => previewBackup(db, request.output.text, request.output.lang ?? lang),
        (error) => ({ ok: false as const, error: text('backupNotSverka', { detail: error }) }),
      );
    }),
    onMessage('restoreBackup', async ({ data }) => {
      const request = v.safeParse(RestoreRequest, data);
      const text = reportText(langOf(data) ?? lang);
      if (!request.success)
        return { ok: false as const, error: text('backupFailed', { error: text('backupDetailBadRestoreRequest') }) };
      const { mode } = request.output;
      const result = await guarded(
        () => restoreBackup(db, request.output.text, mode, request.output.lang ?? lang, now()),
        (error) => ({ ok: false as const, error: text('backupFailed', { error }) }),
      );
      if (result.ok) await changed().catch(() => {});
      return result;
    }),
    onMessage('getRestoreUndo', () => safetyCopyInfo(db).catch(() => null)),
    onMessage('undoRestore', async ({ data }) => {
      const request = v.safeParse(UndoRequest, data);
      const asked = request.success ? request.output?.lang : undefined;
      const text = reportText(asked ?? lang);
      const result = await guarded(
        () => undoRestore(db, asked ?? lang),
        (error) => ({ ok: false as const, error: text('backupUndoFailed', { error }) }),
      );
      if (result.ok) await changed().catch(() => {});
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
    linkDecisions: await links.decisions(),
    linkHistory: userId === undefined ? {} : await links.history(userId),
    audits: userId === undefined ? [] : (await auditRepository(db).history(userId)).reverse(),
  };
}
