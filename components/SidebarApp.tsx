import type { ReadonlySignal } from '@preact/signals';
import type { Translator } from '@/utils/i18n/translator';
import type { PageMarksHealth } from '@/utils/max/dom/page-marks';
import { countChats, type MaxSnapshot } from '@/utils/snapshot/max-snapshot';
import { describeSnapshotStatus } from '@/utils/snapshot/snapshot-status';
import { ChatCounts } from './ChatCounts';
import { LoadAllChats, type StartLoadAll } from './LoadAllChats';
import { Sidebar } from './Sidebar';
import { StatusLine } from './StatusLine';
import { ToggleTab } from './ToggleTab';

interface Props {
  snapshot: ReadonlySignal<MaxSnapshot>;
  pageMarks: ReadonlySignal<PageMarksHealth>;
  open: ReadonlySignal<boolean>;
  t: Translator;
  onOpenChange(open: boolean): void;
  startLoadAll: StartLoadAll;
}

/** Everything Сверка draws over MAX web: the toggle tab and, when open, the sidebar. */
export function SidebarApp({ snapshot, pageMarks, open, t, onOpenChange, startLoadAll }: Props) {
  const status = describeSnapshotStatus(snapshot.value, t, pageMarks.value);
  const counts = countChats(snapshot.value);
  return (
    <div class="root">
      <ToggleTab open={open.value} t={t} onToggle={() => onOpenChange(!open.value)} />
      {open.value && (
        <Sidebar t={t} onClose={() => onOpenChange(false)}>
          <StatusLine status={status} />
          {status.canLoadAll && <LoadAllChats t={t} start={startLoadAll} />}
          {counts.total + counts.inactive > 0 ? (
            <ChatCounts counts={counts} t={t} />
          ) : (
            status.tone !== 'problem' && <p class="empty">{t.t('emptyNoData')}</p>
          )}
        </Sidebar>
      )}
    </div>
  );
}
