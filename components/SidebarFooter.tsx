import type { Translator } from '@/utils/i18n/translator';

/** Support links from the regulation (3.1): the Sferum support bot and prof-sferum.ru. */
export function SidebarFooter({ t }: { t: Translator }) {
  return (
    <footer class="footer">
      <a href="https://max.ru/sferum_help" target="_blank" rel="noopener noreferrer">
        {t.t('footerSupport')}
      </a>
      <a href="https://prof-sferum.ru" target="_blank" rel="noopener noreferrer">
        prof-sferum.ru
      </a>
    </footer>
  );
}
