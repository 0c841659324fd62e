import type { ComponentChildren } from 'preact';
import type { Translator } from '@/utils/i18n/translator';
import { SidebarFooter } from './SidebarFooter';

interface Props {
  t: Translator;
  onClose(): void;
  onOpenPage(page: 'options' | 'report'): void;
  diagnostics(): string[];
  children: ComponentChildren;
}

/** The sidebar's frame: heading, close button, content, footer. */
export function Sidebar({ t, onClose, onOpenPage, diagnostics, children }: Props) {
  return (
    <aside
      id="sverka-sidebar"
      class="sidebar"
      data-testid="sverka-sidebar"
      aria-labelledby="sverka-title"
      onKeyDown={(event) => {
        if (event.key === 'Escape') onClose();
      }}
    >
      <header class="sidebar__header">
        <h1 id="sverka-title" class="sidebar__title">
          {t.t('appName')}
        </h1>
        <button type="button" class="icon-button" aria-label={t.t('close')} title={t.t('close')} onClick={onClose}>
          ×
        </button>
      </header>
      <div class="sidebar__body">{children}</div>
      <SidebarFooter t={t} onOpenPage={onOpenPage} diagnostics={diagnostics} />
    </aside>
  );
}
