import type { Translator } from '@/utils/i18n/translator';

interface Props {
  open: boolean;
  t: Translator;
  /** Requirements needing action (missing, incomplete, ambiguous); null before the first audit. */
  attention: number | null;
  onToggle(): void;
}

/**
 * A small tab on the page's right edge: all that shows of Сверка while the sidebar is closed. It says how many
 * required chats need action, or ✓ when none does.
 */
export function ToggleTab({ open, t, attention, onToggle }: Props) {
  const base = open ? t.t('toggleClose') : t.t('toggleOpen');
  const label = attention ? `${base}. ${t.tn('toggleAttention', attention)}` : base;
  return (
    <button
      type="button"
      class={`toggle ${open ? 'toggle--open' : ''} ${attention ? 'toggle--attention' : ''}`}
      data-testid="sverka-toggle"
      data-attention={attention ?? undefined}
      aria-expanded={open}
      aria-controls="sverka-sidebar"
      aria-label={label}
      title={label}
      onClick={onToggle}
    >
      {attention === 0 && <span aria-hidden="true">✓</span>}
      {attention !== null && attention > 0 && (
        <span class="toggle__count" aria-hidden="true" data-testid="sverka-toggle-count">
          {attention}
        </span>
      )}
      <span class="toggle__text">{t.t('appName')}</span>
    </button>
  );
}
