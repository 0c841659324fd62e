import type { Translator } from '@/utils/i18n/translator';

interface Props {
  open: boolean;
  t: Translator;
  onToggle(): void;
}

/** A small tab on the page's right edge: all that shows of Сверка while the sidebar is closed. */
export function ToggleTab({ open, t, onToggle }: Props) {
  const label = open ? t.t('toggleClose') : t.t('toggleOpen');
  return (
    <button
      type="button"
      class={`toggle ${open ? 'toggle--open' : ''}`}
      data-testid="sverka-toggle"
      aria-expanded={open}
      aria-controls="sverka-sidebar"
      aria-label={label}
      title={label}
      onClick={onToggle}
    >
      <span aria-hidden="true">✓</span>
      <span class="toggle__text">{t.t('appName')}</span>
    </button>
  );
}
