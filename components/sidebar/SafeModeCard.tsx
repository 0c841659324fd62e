import { Button } from '@/components/shared/Button';
import type { Translator } from '@/utils/i18n/translator';

/** The one-time card about MAX's safe mode (regulation 2.10), with the support links (3.1). */
export function SafeModeCard({ t, onDone, onLater }: { t: Translator; onDone(): void; onLater(): void }) {
  return (
    <section class="setup" aria-labelledby="sverka-safe-mode" data-testid="safe-mode-card">
      <h2 id="sverka-safe-mode" class="section-heading">
        {t.t('safeModeHeading')}
      </h2>
      <p>{t.t('safeModeText')}</p>
      <p class="hint">
        {t.t('safeModeHelp')}{' '}
        <a href="https://max.ru/sferum_help" target="_blank" rel="noopener noreferrer">
          max.ru/sferum_help
        </a>
      </p>
      <div class="proposal__actions">
        <Button data-testid="safe-mode-done" onClick={onDone}>
          {t.t('safeModeDone')}
        </Button>
        <Button variant="secondary" onClick={onLater}>
          {t.t('safeModeLater')}
        </Button>
      </div>
    </section>
  );
}
