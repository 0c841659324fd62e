import type { ComponentChildren } from 'preact';
import type { Translator } from '@/utils/i18n/translator';
import { PANEL_MAX_WIDTH, PANEL_MIN_WIDTH } from '@/utils/ui/panel-width';
import { SidebarFooter, type SummaryExport } from './SidebarFooter';

interface Props {
  t: Translator;
  onClose(): void;
  onOpenPage(page: 'options' | 'report'): void;
  onExportSummary: SummaryExport;
  diagnostics(): string[];
  /** The panel's width (px) and its change by dragging the left edge or with the arrow keys on it. */
  width: number;
  onResize(width: number): void;
  children: ComponentChildren;
}

/** The sidebar's frame: heading, close button, content, footer. */
export function Sidebar({ t, onClose, onOpenPage, onExportSummary, diagnostics, width, onResize, children }: Props) {
  const startDrag = (event: PointerEvent) => {
    const handle = event.currentTarget as HTMLElement;
    handle.setPointerCapture(event.pointerId);
    const right = window.innerWidth;
    const move = (e: PointerEvent) => onResize(right - e.clientX);
    handle.addEventListener('pointermove', move);
    handle.addEventListener('pointerup', () => handle.removeEventListener('pointermove', move), { once: true });
  };
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
      {/* biome-ignore lint/a11y/useSemanticElements: a draggable splitter has no HTML element; role separator is ARIA's. */}
      <div
        class="sidebar__resize"
        role="separator"
        aria-orientation="vertical"
        aria-label={t.t('panelResize')}
        aria-valuemin={PANEL_MIN_WIDTH}
        aria-valuemax={PANEL_MAX_WIDTH}
        aria-valuenow={width}
        tabIndex={0}
        data-testid="sidebar-resize"
        onPointerDown={startDrag}
        onKeyDown={(event) => {
          if (event.key === 'ArrowLeft') onResize(width + 16);
          else if (event.key === 'ArrowRight') onResize(width - 16);
          else return;
          event.preventDefault();
        }}
      />
      <header class="sidebar__header">
        <h1 id="sverka-title" class="sidebar__title">
          {t.t('appName')}
        </h1>
        <button type="button" class="icon-button" aria-label={t.t('close')} title={t.t('close')} onClick={onClose}>
          ×
        </button>
      </header>
      <div class="sidebar__body">{children}</div>
      <SidebarFooter t={t} onOpenPage={onOpenPage} onExportSummary={onExportSummary} diagnostics={diagnostics} />
    </aside>
  );
}
