import type { ReadonlySignal } from '@preact/signals';
import type { AuditResult } from '@/utils/audit/audit';
import { type Assignment, assignmentOf, proposePerson } from '@/utils/audit/requirements';
import type { AuditChanges } from '@/utils/audit-view/audit-history';
import { assignmentSuggestions, groupChatTitles, linkableChats } from '@/utils/audit-view/sidebar-model';
import type { OverrideRecord } from '@/utils/db/database';
import type { Setup } from '@/utils/db/setup-repository';
import type { Translator } from '@/utils/i18n/translator';
import type { PageMarksHealth } from '@/utils/max/dom/page-marks';
import { chatDisplayTitle } from '@/utils/snapshot/display-titles';
import { countChats, type MaxSnapshot } from '@/utils/snapshot/max-snapshot';
import { describeSnapshotStatus } from '@/utils/snapshot/snapshot-status';
import { AuditSummary } from './AuditSummary';
import { ChatCounts } from './ChatCounts';
import { LoadAllChats, type StartLoadAll } from './LoadAllChats';
import { RequirementList } from './RequirementList';
import { SetupCard } from './SetupCard';
import { Sidebar } from './Sidebar';
import { SinceLastAudit } from './SinceLastAudit';
import { StatusLine } from './StatusLine';
import { ToggleTab } from './ToggleTab';

export interface SidebarActions {
  setOpen(open: boolean): void;
  startLoadAll: StartLoadAll;
  openChat(chatId: number): void;
  saveAssignment(assignment: Assignment): Promise<void>;
  setOverride(override: OverrideRecord): Promise<void>;
  removeOverride(requirementId: string): Promise<void>;
}

interface Props {
  snapshot: ReadonlySignal<MaxSnapshot>;
  pageMarks: ReadonlySignal<PageMarksHealth>;
  setup: ReadonlySignal<Setup | null>;
  auditResult: ReadonlySignal<AuditResult | null>;
  auditChanges: ReadonlySignal<AuditChanges | null>;
  open: ReadonlySignal<boolean>;
  t: Translator;
  actions: SidebarActions;
}

/** Everything Сверка draws over MAX web: the toggle tab and, when open, the sidebar. */
export function SidebarApp({ snapshot, pageMarks, setup, auditResult, auditChanges, open, t, actions }: Props) {
  const current = snapshot.value;
  const status = describeSnapshotStatus(current, t, pageMarks.value);
  const counts = countChats(current);
  const currentSetup = setup.value;
  const result = auditResult.value;
  const hasChats = counts.total + counts.inactive > 0;
  const suggestions = currentSetup
    ? assignmentSuggestions(groupChatTitles(Object.values(current.chats)), currentSetup.profile)
    : null;
  const proposal = currentSetup && current.me?.name ? proposePerson(currentSetup.profile, current.me.name) : null;

  return (
    <div class="root">
      <ToggleTab open={open.value} t={t} onToggle={() => actions.setOpen(!open.value)} />
      {open.value && (
        <Sidebar t={t} onClose={() => actions.setOpen(false)}>
          <StatusLine status={status} />
          {status.canLoadAll && <LoadAllChats t={t} start={actions.startLoadAll} />}
          {currentSetup && suggestions && !currentSetup.assignment && hasChats && (
            <SetupCard
              t={t}
              proposal={proposal}
              current={null}
              groupSuggestions={suggestions.groups}
              disciplineSuggestions={suggestions.disciplines}
              onSave={actions.saveAssignment}
              onConfirmProposal={(person) => actions.saveAssignment(assignmentOf(person))}
            />
          )}
          {result && (
            <>
              <AuditSummary summary={result.summary} t={t} />
              {auditChanges.value && (
                <SinceLastAudit
                  changes={auditChanges.value}
                  t={t}
                  titleOf={(id) =>
                    result.findings.find((f) => f.requirement.id === id)?.requirement.suggestedTitle ?? id
                  }
                />
              )}
              {!result.listComplete && result.summary.unknown > 0 && <p class="hint">{t.t('loadAllForAudit')}</p>}
              <RequirementList
                result={result}
                t={t}
                chatTitle={(chatId) => {
                  const chat = current.chats[chatId];
                  return chat ? chatDisplayTitle(chat, current) : undefined;
                }}
                chatChoices={linkableChats(current)}
                onOpenChat={actions.openChat}
                onOverride={actions.setOverride}
                onUndoOverride={actions.removeOverride}
              />
            </>
          )}
          {hasChats ? (
            <ChatCounts counts={counts} t={t} />
          ) : (
            status.tone !== 'problem' && <p class="empty">{t.t('emptyNoData')}</p>
          )}
        </Sidebar>
      )}
    </div>
  );
}
