import { useRef, useState } from 'preact/hooks';
import { errorMessage, type Translator } from '@/utils/i18n/translator';
import { DiagnosticsPanel } from './DiagnosticsPanel';

/** Makes and downloads the summary for the administrator; the link for the download goes into `into`. */
export type SummaryExport = (into: Element) => Promise<{ ok: true; fileName: string } | { ok: false; error: string }>;

interface Props {
  t: Translator;
  onOpenPage(page: 'options' | 'report'): void;
  onExportSummary: SummaryExport;
  diagnostics(): string[];
}

/**
 * Settings and the director's report; the summary for the administrator; support links from the regulation (3.1);
 * what Сверка sees of MAX.
 */
export function SidebarFooter({ t, onOpenPage, onExportSummary, diagnostics }: Props) {
  const footer = useRef<HTMLElement>(null);
  const [summary, setSummary] = useState<{ tone: 'ok' | 'problem'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const exportSummary = async () => {
    if (busy || !footer.current) return;
    setBusy(true);
    try {
      const answer = await onExportSummary(footer.current);
      setSummary(
        answer.ok
          ? { tone: 'ok', text: t.t('summaryExported', { file: answer.fileName }) }
          : { tone: 'problem', text: t.t('summaryExportFailed', { error: answer.error }) },
      );
    } catch (error) {
      setSummary({ tone: 'problem', text: t.t('summaryExportFailed', { error: errorMessage(error) }) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <footer class="footer" ref={footer}>
      <DiagnosticsPanel t={t} lines={diagnostics} />
      <button type="button" class="link-button" data-testid="open-report" onClick={() => onOpenPage('report')}>
        {t.t('reportOpen')}
      </button>
      <button type="button" class="link-button" data-testid="open-options" onClick={() => onOpenPage('options')}>
        {t.t('openOptions')}
      </button>
      <button
        type="button"
        class="link-button"
        data-testid="summary-export"
        title={t.t('summaryExportHint')}
        aria-busy={busy}
        disabled={busy}
        onClick={() => void exportSummary()}
      >
        {t.t('summaryExport')}
      </button>
      <a href="https://max.ru/sferum_help" target="_blank" rel="noopener noreferrer">
        {t.t('footerSupport')}
      </a>
      <a href="https://prof-sferum.ru" target="_blank" rel="noopener noreferrer">
        prof-sferum.ru
      </a>
      {summary && (
        <p class={`footer__message footer__message--${summary.tone}`} role="status" data-testid="summary-export-result">
          {summary.text}
        </p>
      )}
    </footer>
  );
}
