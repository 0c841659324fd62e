import type { Translator } from '@/utils/i18n/translator';
import { DiagnosticsPanel } from './DiagnosticsPanel';

interface Props {
  t: Translator;
  onOpenPage(page: 'options' | 'report'): void;
  diagnostics(): string[];
}

/** Settings and the director's report; support links from the regulation (3.1); what Сверка sees of MAX. */
export function SidebarFooter({ t, onOpenPage, diagnostics }: Props) {
  return (
    <footer class="footer">
      <DiagnosticsPanel t={t} lines={diagnostics} />
      <button type="button" class="link-button" data-testid="open-report" onClick={() => onOpenPage('report')}>
        {t.t('reportOpen')}
      </button>
      <button type="button" class="link-button" data-testid="open-options" onClick={() => onOpenPage('options')}>
        {t.t('openOptions')}
      </button>
      <a href="https://max.ru/sferum_help" target="_blank" rel="noopener noreferrer">
        {t.t('footerSupport')}
      </a>
      <a href="https://prof-sferum.ru" target="_blank" rel="noopener noreferrer">
        prof-sferum.ru
      </a>
    </footer>
  );
}
