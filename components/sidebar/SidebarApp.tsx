import { useMemo, useRef, useState } from 'preact/hooks';
import { ErrorBoundary } from '@/components/shared/ErrorBoundary';
import { assignmentOf, proposePerson } from '@/utils/audit/requirements';
import { attentionCount } from '@/utils/audit-view/attention';
import { linkableChats } from '@/utils/audit-view/sidebar-model';
import type { NoteRecord } from '@/utils/db/database';
import type { Translator } from '@/utils/i18n/translator';
import { noteSubjectLabel } from '@/utils/labels/labels';
import type { MaxId } from '@/utils/max/bridge-events';
import { seedTeachingGrid } from '@/utils/setup/teaching-grid';
import { assignmentSuggestions, groupChatTitles } from '@/utils/setup/title-suggestions';
import type { SidebarActions, SidebarModel } from '@/utils/sidebar/sidebar-types';
import { chatDisplayTitle } from '@/utils/snapshot/display-titles';
import { countChats, type MaxSnapshot } from '@/utils/snapshot/max-snapshot';
import { describeSnapshotStatus } from '@/utils/snapshot/snapshot-status';
import { AuditSummary } from './AuditSummary';
import { ChatCounts } from './ChatCounts';
import { LinksTab } from './LinksTab';
import { LoadAllChats, useLoadAll } from './LoadAllChats';
import { NotesTab } from './NotesTab';
import { PanelFailed } from './PanelFailed';
import { RequirementList } from './RequirementList';
import { SafeModeCard } from './SafeModeCard';
import { SetupCard } from './SetupCard';
import { Sidebar } from './Sidebar';
import { type SidebarTab, SidebarTabs } from './SidebarTabs';
import { SinceLastAudit } from './SinceLastAudit';
import { StatusLine } from './StatusLine';
import { ToggleTab } from './ToggleTab';

interface Props {
  model: SidebarModel;
  t: Translator;
  actions: SidebarActions;
}

/** The words for what the background could not read and replaced (utils/db/setup-repository.ts). */
const UNREADABLE_PART = {
  profile: 'unreadableProfile',
  assignment: 'unreadableAssignment',
  overrides: 'unreadableOverrides',
} as const;

/** Everything Сверка draws over MAX web: the toggle tab and, when open, the sidebar. */
export function SidebarApp({ model, t, actions }: Props) {
  const { snapshot, pageMarks, setup, auditResult, auditChanges, notes, links, linkDecisions, snoozes, open } = model;
  const [tab, setTab] = useState<SidebarTab>('audit');
  const current = snapshot.value;
  const status = describeSnapshotStatus(current, t, pageMarks.value);
  const counts = countChats(current);
  const currentSetup = setup.value;
  const result = auditResult.value;
  const hasChats = counts.total + counts.inactive > 0;
  // One «Загрузить все чаты» run, started from under the status line or from an «неизвестно» row.
  const loadAll = useLoadAll(actions.startLoadAll);
  // Sorting ~2,000 titles costs more than the rest of a render: only when a link editor asks, once per snapshot.
  // One function for the component's life (requirement rows are reused while unchanged), reading the latest list.
  const latest = useRef(current);
  latest.current = current;
  const chatChoices = useMemo(() => {
    let sorted: { from: MaxSnapshot; chats: ReturnType<typeof linkableChats> } | undefined;
    return () => {
      if (sorted?.from !== latest.current) sorted = { from: latest.current, chats: linkableChats(latest.current) };
      return sorted.chats;
    };
  }, []);
  // Suggestions and the proposed person only matter while the first-run card is shown.
  const showSetupCard = Boolean(currentSetup && !currentSetup.assignment && hasChats);
  const suggestions =
    showSetupCard && currentSetup
      ? assignmentSuggestions(groupChatTitles(Object.values(current.chats)), currentSetup.profile)
      : null;
  const proposal =
    showSetupCard && currentSetup && current.me?.name ? proposePerson(currentSetup.profile, current.me.name) : null;

  // A tab that fails to render is replaced by a message; the sidebar's frame, its footer (settings: backup,
  // restore, wipe) and the other tabs stay.
  const failed = () => <PanelFailed t={t} onOpenOptions={() => actions.openPage('options')} />;
  const unreadable = currentSetup?.unreadable ?? [];

  const knownChatTitle = (chatId: MaxId): string | undefined => {
    const chat = current.chats[chatId];
    return chat ? chatDisplayTitle(chat, current) : undefined;
  };
  const chatTitleOf = (chatId: MaxId): string => knownChatTitle(chatId) ?? String(chatId);
  const notesOn = (subjectType: NoteRecord['subjectType'], subjectKey: string) =>
    notes.value.find((note) => note.subjectType === subjectType && note.subjectKey === subjectKey) ?? null;
  const subjectLabel = (note: NoteRecord): string => noteSubjectLabel(note, t, result?.findings ?? [], knownChatTitle);

  return (
    <div
      class="root"
      data-theme={model.theme.value ?? undefined}
      style={{ '--sv-width': `${model.panelWidth.value}px` }}
    >
      <ToggleTab
        open={open.value}
        t={t}
        attention={result ? attentionCount(result.summary) : null}
        onToggle={() => actions.setOpen(!open.value)}
      />
      {open.value && (
        <Sidebar
          t={t}
          onClose={() => actions.setOpen(false)}
          onOpenPage={actions.openPage}
          onExportSummary={actions.exportSummary}
          diagnostics={actions.diagnostics}
          width={model.panelWidth.value}
          onResize={actions.setPanelWidth}
        >
          <StatusLine status={status} />
          {status.canLoadAll && <LoadAllChats t={t} control={loadAll} />}
          <SidebarTabs t={t} tabs={['audit', 'links', 'notes']} current={tab} onSelect={setTab} />
          {tab === 'audit' && (
            <div role="tabpanel" id="sverka-panel-audit" aria-labelledby="sverka-tab-audit" class="panel">
              {unreadable.length > 0 && (
                <p class="message message--problem" role="alert" data-testid="setup-unreadable">
                  {t.t('setupUnreadable', { parts: unreadable.map((part) => t.t(UNREADABLE_PART[part])).join(', ') })}
                </p>
              )}
              <ErrorBoundary fallback={failed} resetKey={result}>
                {showSetupCard && suggestions && (
                  <SetupCard
                    t={t}
                    proposal={proposal}
                    current={null}
                    groupSuggestions={suggestions.groups}
                    disciplineSuggestions={suggestions.disciplines}
                    onSave={actions.saveAssignment}
                    onConfirmProposal={(person) => actions.saveAssignment(assignmentOf(person))}
                    teachingGrid={() => seedTeachingGrid(groupChatTitles(Object.values(current.chats)), proposal)}
                  />
                )}
                {model.safeModeCard.value && currentSetup?.assignment && (
                  <SafeModeCard
                    t={t}
                    onDone={() => actions.answerSafeMode('done')}
                    onLater={() => actions.answerSafeMode('later')}
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
                    <RequirementList
                      result={result}
                      t={t}
                      chatTitle={knownChatTitle}
                      chatChoices={chatChoices}
                      onOpenChat={actions.openChat}
                      onOverride={actions.setOverride}
                      onUndoOverride={actions.removeOverride}
                      noteFor={(id) => notesOn('requirement', id)}
                      snoozes={snoozes.value}
                      onSnooze={actions.snooze}
                      onUnsnooze={actions.unsnooze}
                      revealMissing={model.revealMissing.value}
                      noteActions={actions.notes}
                      problemsOnly={model.problemsOnly.value}
                      onProblemsOnly={actions.setProblemsOnly}
                      loadAll={status.canLoadAll ? loadAll : undefined}
                    />
                  </>
                )}
                {hasChats ? (
                  <ChatCounts counts={counts} t={t} />
                ) : (
                  status.tone !== 'problem' && <p class="empty">{t.t('emptyNoData')}</p>
                )}
              </ErrorBoundary>
            </div>
          )}
          {tab === 'links' && (
            <div role="tabpanel" id="sverka-panel-links" aria-labelledby="sverka-tab-links" class="panel">
              <ErrorBoundary fallback={failed} resetKey={links.value}>
                <LinksTab
                  t={t}
                  findings={links.value.findings}
                  annul={links.value.annul}
                  hints={links.value.hints}
                  decisions={linkDecisions.value}
                  noteFor={(url) => notesOn('link', url)}
                  chatTitle={chatTitleOf}
                  actions={{
                    openMessage: actions.openMessage,
                    setDecision: actions.setLinkDecision,
                    notes: actions.notes,
                  }}
                />
              </ErrorBoundary>
            </div>
          )}
          {tab === 'notes' && (
            <div role="tabpanel" id="sverka-panel-notes" aria-labelledby="sverka-tab-notes" class="panel">
              <ErrorBoundary fallback={failed} resetKey={notes.value}>
                <NotesTab t={t} notes={notes.value} subjectLabel={subjectLabel} actions={actions.notes} />
              </ErrorBoundary>
            </div>
          )}
        </Sidebar>
      )}
    </div>
  );
}
