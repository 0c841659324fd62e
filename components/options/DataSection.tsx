import { useEffect, useRef, useState } from 'preact/hooks';
import { Button } from '@/components/shared/Button';
import type {
  BackupError,
  BackupPreview,
  DataCounts,
  RestoreMode,
  RestoreResult,
  SafetyCopyInfo,
  UndoResult,
} from '@/utils/backup/backup';
import { readBackupFile } from '@/utils/backup/backup-file';
import type { OptionsTranslator } from '@/utils/i18n/translator';

export interface DataActions {
  exportCsv(): Promise<void>;
  exportJson(): Promise<void>;
  downloadBackup(): Promise<void>;
  previewBackup(text: string): Promise<BackupPreview | BackupError>;
  restoreBackup(text: string, mode: RestoreMode): Promise<RestoreResult>;
  /** The safety copy the last restore kept («Вернуть как было»), or null. */
  loadUndo(): Promise<SafetyCopyInfo | null>;
  undoRestore(): Promise<UndoResult>;
  wipeAll(): Promise<void>;
}

type Message = { tone: 'ok' | 'problem'; text: string } | null;

const countParams = (counts: DataCounts) => ({
  notes: counts.notes,
  overrides: counts.overrides,
  linkDecisions: counts.linkDecisions,
});

/**
 * Export for the director, the report, backup and restore (a replace asks first, naming what it loses, and can be
 * undone), and wiping everything. Needs nothing of the setup: it works even when the rest of the page cannot.
 */
export function DataSection({
  t,
  actions,
  reportUrl,
}: {
  t: OptionsTranslator;
  actions: DataActions;
  reportUrl: string;
}) {
  const [backup, setBackup] = useState<{ text: string; preview: BackupPreview } | null>(null);
  const [backupError, setBackupError] = useState<string | null>(null);
  const [mode, setMode] = useState<RestoreMode>('merge');
  const [asking, setAsking] = useState<BackupPreview | null>(null);
  const [message, setMessage] = useState<Message>(null);
  const [undo, setUndo] = useState<SafetyCopyInfo | null>(null);
  const [confirm, setConfirm] = useState('');
  const [wipeMessage, setWipeMessage] = useState<Message>(null);
  const fail = (error: unknown) => ({
    tone: 'problem' as const,
    text: t.saveError(error),
  });
  // One piece of work at a time: the button that started it says it is busy, and none runs twice.
  const [busy, setBusy] = useState<string | null>(null);
  const busyRef = useRef<string | null>(null);
  const run = (key: string, action: () => Promise<void>) => () => {
    if (busyRef.current !== null) return;
    busyRef.current = key;
    setBusy(key);
    action()
      .catch((error) => setMessage(fail(error)))
      .finally(() => {
        busyRef.current = null;
        setBusy(null);
      });
  };
  /** A button's props while work runs: disabled, and `aria-busy` on the one that started it. */
  const state = (key: string) => ({ disabled: busy !== null, 'aria-busy': busy === key });
  const refreshUndo = () =>
    actions.loadUndo().then(
      (info) => setUndo(info),
      () => setUndo(null),
    );
  useEffect(() => {
    void refreshUndo();
  }, []);

  const restore = async (text: string) => {
    setAsking(null);
    const result = await actions.restoreBackup(text, mode);
    if (!result.ok) return setMessage({ tone: 'problem', text: result.error });
    const counts = Object.entries(result.counts)
      .map(([table, c]) => `${table}: ${c.restored}`)
      .join(', ');
    const repeats = result.duplicateRows > 0 ? ` ${t.t('backupRestoredRepeats', { count: result.duplicateRows })}` : '';
    setMessage({ tone: 'ok', text: `${t.t('backupRestored', { counts })}${repeats}` });
    setBackup(null);
    await refreshUndo();
  };

  return (
    <div class="data">
      <p class="hint">{t.t('dataHint')}</p>
      <p class="data__row">
        <a class="button" href={reportUrl} target="_blank" rel="noopener" data-testid="report-open">
          {t.t('reportOpen')}
        </a>
        <Button
          variant="secondary"
          data-testid="export-csv"
          {...state('export-csv')}
          onClick={run('export-csv', actions.exportCsv)}
        >
          {t.t('exportCsv')}
        </Button>
        <Button
          variant="secondary"
          data-testid="export-json"
          {...state('export-json')}
          onClick={run('export-json', actions.exportJson)}
        >
          {t.t('exportJson')}
        </Button>
      </p>
      <p class="hint">{t.t('exportHint')}</p>

      <p class="data__row">
        <Button
          variant="secondary"
          data-testid="backup-export"
          {...state('backup-export')}
          onClick={run('backup-export', actions.downloadBackup)}
        >
          {t.t('backupExport')}
        </Button>
      </p>
      <label class="import__label" for="sverka-backup-import">
        {t.t('backupImportLabel')}
      </label>
      <input
        id="sverka-backup-import"
        type="file"
        accept=".json,application/json"
        data-testid="backup-import"
        onChange={async (event) => {
          setMessage(null);
          setBackupError(null);
          setAsking(null);
          setBackup(null);
          const file = event.currentTarget.files?.[0];
          if (!file) return;
          // The size is checked before the file is read.
          const read = await readBackupFile(file, t.lang);
          if (!read.ok) return setBackupError(read.error);
          try {
            const preview = await actions.previewBackup(read.text);
            if (preview.ok) setBackup({ text: read.text, preview });
            else setBackupError(preview.error);
          } catch (error) {
            setMessage(fail(error));
          }
        }}
      />
      {backupError && (
        <p class="message message--problem" role="alert" data-testid="backup-error">
          {backupError}
        </p>
      )}
      {backup && (
        <div class="preview" data-testid="backup-preview">
          <p>
            {t.t('backupPreview', {
              date: backup.preview.exportedAt ? t.dateTime(backup.preview.exportedAt) : '—',
              tables: backup.preview.tables.map((table) => `${table.name}: ${table.rows}`).join(', '),
            })}
          </p>
          {backup.preview.ignoredTables.length > 0 && (
            <p class="hint">{t.t('backupIgnored', { tables: backup.preview.ignoredTables.join(', ') })}</p>
          )}
          {backup.preview.duplicateRows > 0 && (
            <p class="hint" data-testid="backup-duplicates">
              {t.t('backupDuplicates', {
                count: backup.preview.duplicateRows,
                list: backup.preview.duplicates
                  .map((d) => t.t('backupDuplicate', { table: d.table, key: d.key, rows: d.rows.join(', ') }))
                  .join('; '),
              })}
            </p>
          )}
          <fieldset>
            <label>
              <input
                type="radio"
                name="restore-mode"
                checked={mode === 'merge'}
                onChange={() => {
                  setMode('merge');
                  setAsking(null);
                }}
                data-testid="backup-merge"
              />{' '}
              {t.t('backupMerge')}
            </label>
            <label>
              <input
                type="radio"
                name="restore-mode"
                checked={mode === 'replace'}
                onChange={() => setMode('replace')}
                data-testid="backup-replace"
              />{' '}
              {t.t('backupReplace')}
            </label>
          </fieldset>
          <Button
            data-testid="backup-restore"
            {...state('backup-restore')}
            onClick={run('backup-restore', async () => {
              if (mode === 'merge') return restore(backup.text);
              // A replace asks first, with what it would lose counted now (not when the file was chosen).
              const fresh = await actions.previewBackup(backup.text);
              if (!fresh.ok) return setMessage({ tone: 'problem', text: fresh.error });
              setAsking(fresh);
            })}
          >
            {t.t('backupRestore')}
          </Button>
          {asking && mode === 'replace' && (
            <div class="message message--problem" role="alertdialog" aria-labelledby="backup-replace-ask">
              <p id="backup-replace-ask" data-testid="backup-replace-summary">
                {t.t('backupReplaceAsk', countParams(asking.replaceLoses))}
              </p>
              <p class="data__row">
                <Button
                  variant="danger"
                  data-testid="backup-replace-confirm"
                  {...state('backup-replace-confirm')}
                  onClick={run('backup-replace-confirm', () => restore(backup.text))}
                >
                  {t.t('backupReplaceConfirm')}
                </Button>
                <Button variant="secondary" onClick={() => setAsking(null)}>
                  {t.t('backupCancel')}
                </Button>
              </p>
            </div>
          )}
        </div>
      )}
      {message && (
        <p
          class={`message message--${message.tone}`}
          role={message.tone === 'ok' ? 'status' : 'alert'}
          data-testid="backup-message"
        >
          {message.text}
        </p>
      )}
      {undo && (
        <p class="data__row" data-testid="backup-undo-info">
          <span>{t.t('backupUndoAvailable', { date: t.dateTime(undo.at), ...countParams(undo.counts) })}</span>
          <Button
            variant="secondary"
            data-testid="backup-undo"
            {...state('backup-undo')}
            onClick={run('backup-undo', async () => {
              const result = await actions.undoRestore();
              setMessage(
                result.ok ? { tone: 'ok', text: t.t('backupUndone') } : { tone: 'problem', text: result.error },
              );
              await refreshUndo();
            })}
          >
            {t.t('backupUndo')}
          </Button>
        </p>
      )}

      <h3>{t.t('wipeHeading')}</h3>
      <p class="hint">{t.t('wipeHint')}</p>
      <p class="data__row">
        <input
          aria-label={t.t('wipeHeading')}
          data-testid="wipe-confirm"
          value={confirm}
          onInput={(event) => setConfirm(event.currentTarget.value)}
        />
        <Button
          variant="danger"
          data-testid="wipe-apply"
          disabled={confirm.trim() !== 'УДАЛИТЬ'}
          onClick={() =>
            actions.wipeAll().then(
              () => {
                setConfirm('');
                setWipeMessage({ tone: 'ok', text: t.t('wipeDone') });
                void refreshUndo();
              },
              (error) => setWipeMessage(fail(error)),
            )
          }
        >
          {t.t('wipeApply')}
        </Button>
      </p>
      {wipeMessage && (
        <p class={`message message--${wipeMessage.tone}`} role={wipeMessage.tone === 'ok' ? 'status' : 'alert'}>
          {wipeMessage.text}
        </p>
      )}
    </div>
  );
}
