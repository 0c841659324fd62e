import type { Translator } from '@/utils/i18n/translator';

interface Props {
  t: Translator;
  onOpenPage(page: 'options' | 'report'): void;
}

/** Settings and the director's report; support links from the regulation (3.1). */
export function SidebarFooter({ t, onOpenPage }: Props) {
  return (
    <footer class="footer">
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
