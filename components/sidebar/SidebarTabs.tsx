import type { Translator } from '@/utils/i18n/translator';

export type SidebarTab = 'audit' | 'links' | 'notes';

const LABELS = { audit: 'tabAudit', links: 'tabLinks', notes: 'tabNotes' } as const;

/** The sidebar's sections, as ARIA tabs (arrow keys move between them). */
interface Props {
  t: Translator;
  tabs: SidebarTab[];
  current: SidebarTab;
  onSelect(tab: SidebarTab): void;
}

export function SidebarTabs({ t, tabs, current, onSelect }: Props) {
  return (
    <div
      class="tabs"
      role="tablist"
      aria-label={t.t('appName')}
      onKeyDown={(event) => {
        if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
        const index = tabs.indexOf(current);
        const next = tabs[(index + (event.key === 'ArrowRight' ? 1 : tabs.length - 1)) % tabs.length];
        if (next) onSelect(next);
      }}
    >
      {tabs.map((tab) => (
        <button
          key={tab}
          type="button"
          role="tab"
          id={`sverka-tab-${tab}`}
          class="tabs__tab"
          data-testid={`sverka-tab-${tab}`}
          aria-selected={current === tab}
          aria-controls={`sverka-panel-${tab}`}
          tabIndex={current === tab ? 0 : -1}
          onClick={() => onSelect(tab)}
        >
          {t.t(LABELS[tab])}
        </button>
      ))}
    </div>
  );
}
