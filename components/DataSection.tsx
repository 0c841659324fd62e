import { useState } from 'preact/hooks';
import type { BackupError, BackupPreview, RestoreMode, RestoreResult } from '@/utils/backup/backup';
import type { OptionsTranslator } from '@/utils/i18n/translator';

export interface DataActions {
  exportCsv(): Promise<void>;
  exportJson(): Promise<void>;
  downloadBackup(): Promise<void>;
  previewBackup(text: string): Promise<BackupPreview | BackupError>;
  restoreBackup(text: string, mode: RestoreMode): Promise<RestoreResult>;
  wipeAll(): Promise<void>;
}

type Message = { tone: 'ok' | 'problem'; text: string } | null;

/** Export for the director, the report, backup and restore, and wiping everything. */
export function DataSection({
  t,
  actions,
  reportUrl,
}: {
  t: OptionsTranslator;
  actions: DataActions;
  reportUrl: string;
}) {
  const [backup, setBackup] = useState<{ text: string; preview: BackupPreview | BackupError } | null>(null);
  const [mode, setMode] = useState<RestoreMode>('merge');
  const [message, setMessage] = useState<Message>(null);
  const [confirm, setConfirm] = useState('');
  const [wipeMessage, setWipeMessage] = useState<Message>(null);
  const fail = (error: unknown) => ({
    tone: 'problem' as const,
    text: t.saveError(error),
  });
  const run = (action: () => Promise<void>) => () => action().catch((error) => setMessage(fail(error)));

  return (
    <div class="data">
      <p class="hint">{t.t('dataHint')}</p>
      <p class="data__row">
        <a class="button" href={reportUrl} target="_blank" rel="noopener" data-testid="report-open">
          {t.t('reportOpen')}
        </a>
        <button
          type="button"
          class="button button--secondary"
          data-testid="export-csv"
          onClick={run(actions.exportCsv)}
        >
          {t.t('exportCsv')}
        </button>
        <button
          type="button"
          class="button button--secondary"
          data-testid="export-json"
          onClick={run(actions.exportJson)}
        >
          {t.t('exportJson')}
        </button>
      </p>
      <p class="hint">{t.t('exportHint')}</p>

      <p class="data__row">
        <button
          type="button"
          class="button button--secondary"
          data-testid="backup-export"
          onClick={run(actions.downloadBackup)}
        >
          {t.t('backupExport')}
        </button>
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
          const file = event.currentTarget.files?.[0];
          if (!file) return setBackup(null);
          const text = await file.text();
          try {
            setBackup({ text, preview: await actions.previewBackup(text) });
          } catch (error) {
            setMessage(fail(error));
          }
        }}
      />
      {backup && !backup.preview.ok && (
        <p class="message message--problem" role="alert" data-testid="backup-error">
          {backup.preview.error}
        </p>
      )}
      {backup?.preview.ok && (
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
          <fieldset>
            <label>
              <input
                type="radio"
                name="restore-mode"
                checked={mode === 'merge'}
                onChange={() => setMode('merge')}
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
          <button
            type="button"
            class="button"
            data-testid="backup-restore"
            onClick={run(async () => {
              const result = await actions.restoreBackup(backup.text, mode);
              if (!result.ok) return setMessage({ tone: 'problem', text: result.error });
              const counts = Object.entries(result.counts)
                .map(([table, c]) => `${table}: ${c.restored}`)
                .join(', ');
              setMessage({ tone: 'ok', text: t.t('backupRestored', { counts }) });
              setBackup(null);
            })}
          >
            {t.t('backupRestore')}
          </button>
        </div>
      )}
      {message && (
        <p class={`message message--${message.tone}`} role={message.tone === 'ok' ? 'status' : 'alert'}>
          {message.text}
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
        <button
          type="button"
          class="button button--danger"
          data-testid="wipe-apply"
          disabled={confirm.trim() !== 'УДАЛИТЬ'}
          onClick={() =>
            actions.wipeAll().then(
              () => {
                setConfirm('');
                setWipeMessage({ tone: 'ok', text: t.t('wipeDone') });
              },
              (error) => setWipeMessage(fail(error)),
            )
          }
        >
          {t.t('wipeApply')}
        </button>
      </p>
      {wipeMessage && (
        <p class={`message message--${wipeMessage.tone}`} role={wipeMessage.tone === 'ok' ? 'status' : 'alert'}>
          {wipeMessage.text}
        </p>
      )}
    </div>
  );
}
