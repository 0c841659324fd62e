import { useRef, useState } from 'preact/hooks';
import { Button } from '@/components/shared/Button';
import { errorMessage, type OptionsTranslator } from '@/utils/i18n/translator';

export interface OrganizationSectionActions {
  /** Makes and downloads the user's summary: the file's name, or why there is none. */
  exportSummary(): Promise<{ ok: true; fileName: string } | { ok: false; error: string }>;
  /** Downloads the profile in force for staff; answers the file's name. */
  exportProfile(): Promise<string>;
  organizationUrl: string;
}

type Message = { tone: 'ok' | 'problem'; text: string } | null;

/**
 * The options page's part of the organization picture (issue #17): any member of staff downloads their summary for
 * the administrator; the administrator opens the organization page and downloads the profile for staff.
 */
export function OrganizationSection({ t, actions }: { t: OptionsTranslator; actions: OrganizationSectionActions }) {
  const [message, setMessage] = useState<Message>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const busyRef = useRef<string | null>(null);
  const run = (key: string, work: () => Promise<Message>) => () => {
    if (busyRef.current !== null) return;
    busyRef.current = key;
    setBusy(key);
    work()
      .then(setMessage, (error) => setMessage({ tone: 'problem', text: t.saveError(errorMessage(error)) }))
      .finally(() => {
        busyRef.current = null;
        setBusy(null);
      });
  };
  const state = (key: string) => ({ disabled: busy !== null, 'aria-busy': busy === key });
  return (
    <div class="organization">
      <p class="hint">{t.t('organizationHint')}</p>
      <p class="data__row">
        <Button
          data-testid="summary-export"
          title={t.t('summaryExportHint')}
          {...state('summary')}
          onClick={run('summary', async () => {
            const answer = await actions.exportSummary();
            return answer.ok
              ? { tone: 'ok', text: t.t('summaryExported', { file: answer.fileName }) }
              : { tone: 'problem', text: answer.error };
          })}
        >
          {t.t('summaryExport')}
        </Button>
        <a
          class="button button--secondary"
          href={actions.organizationUrl}
          target="_blank"
          rel="noopener"
          data-testid="organization-open"
        >
          {t.t('organizationOpen')}
        </a>
        <Button
          variant="secondary"
          data-testid="profile-export"
          title={t.t('profileExportHint')}
          {...state('profile')}
          onClick={run('profile', async () => ({
            tone: 'ok',
            text: t.t('profileExported', { file: await actions.exportProfile() }),
          }))}
        >
          {t.t('profileExport')}
        </Button>
      </p>
      <p class="hint">{t.t('summaryExportHint')}</p>
      {message && (
        <p
          class={`message message--${message.tone}`}
          role={message.tone === 'ok' ? 'status' : 'alert'}
          data-testid="organization-message"
        >
          {message.text}
        </p>
      )}
    </div>
  );
}
