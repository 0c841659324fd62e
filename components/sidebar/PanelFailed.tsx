import { Button } from '@/components/shared/Button';
import type { Translator } from '@/utils/i18n/translator';

interface Props {
  t: Translator;
  onOpenOptions(): void;
}

/** Shown instead of a part of the sidebar that failed to render: what is safe, and where the data section is. */
export function PanelFailed({ t, onOpenOptions }: Props) {
  return (
    <div class="message message--problem" role="alert" data-testid="panel-failed">
      <p>{t.t('panelFailed')}</p>
      <Button onClick={onOpenOptions}>{t.t('openOptions')}</Button>
    </div>
  );
}
