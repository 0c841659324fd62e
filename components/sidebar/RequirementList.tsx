import type { VNode } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { AuditResult } from '@/utils/audit/audit';
import type { OverrideRecord } from '@/utils/audit/setup';
import { isProblem } from '@/utils/audit-view/attention';
import { findingSignature } from '@/utils/audit-view/finding-signature';
import { groupFindings } from '@/utils/audit-view/group-findings';
import type { ChatChoice } from '@/utils/audit-view/sidebar-model';
import type { NoteRecord } from '@/utils/db/database';
import type { Translator } from '@/utils/i18n/translator';
import type { MaxId } from '@/utils/max/bridge-events';
import type { SnoozeKind } from '@/utils/reminders/snooze';
import type { NoteActions } from '@/utils/sidebar/sidebar-types';
import { useShownCount } from '@/utils/ui/shown-count';
import { BulkNotRequired } from './BulkNotRequired';
import type { LoadAllControl } from './LoadAllChats';
import { RequirementRow } from './RequirementRow';

/** The handlers (and `t`) must keep their identity from render to render: rows that did not change are reused. */
interface Props {
  result: AuditResult;
  t: Translator;
  chatTitle(chatId: MaxId): string | undefined;
  /** Group chats to link by hand, sorted on first call (only when the user opens the link editor). */
  chatChoices(): ChatChoice[];
  onOpenChat(chatId: MaxId): void;
  onOverride(override: OverrideRecord): Promise<void>;
  onUndoOverride(requirementId: string): Promise<void>;
  noteFor(requirementId: string): NoteRecord | null;
  noteActions: NoteActions;
  snoozes: Record<string, number>;
  onSnooze(requirementId: string, kind: SnoozeKind): Promise<void>;
  onUnsnooze(requirementId: string): Promise<void>;
  /** Opened from a reminder: bring the first missing row into view, once. */
  revealMissing: boolean;
  /** «Только проблемы»: only rows needing action (remembered by the caller). */
  problemsOnly: boolean;
  onProblemsOnly(value: boolean): void;
  /** «Загрузить все чаты» for «неизвестно» rows, while the chat list is partial. */
  loadAll?: LoadAllControl;
}

/**
 * The required chats, by group, within a group those needing action first (utils/audit-view/group-findings.ts);
 * «Только проблемы» hides the fine ones. A screenful first, the rest over the next frames.
 */
export function RequirementList({
  result,
  t,
  chatTitle,
  noteFor,
  snoozes,
  revealMissing,
  problemsOnly,
  onProblemsOnly,
  loadAll,
  ...rowProps
}: Props) {
  const root = useRef<HTMLElement>(null);
  const revealed = useRef(false);
  if (!revealMissing) revealed.current = false;
  // A fresh page may not have loaded the whole list yet: then the reminded rows are still «unknown».
  const hasMissing = result.summary.missing + result.summary.unknown > 0;
  const visible = problemsOnly ? result.findings.filter(isProblem) : result.findings;
  const hidden = result.findings.length - visible.length;
  const shown = useShownCount(visible.length);
  // A row whose finding, chat title, note and snooze are unchanged is the very same VNode as last time, which
  // Preact does not diff again: a re-audit after each MAX event re-renders only the rows that changed.
  const rows = useRef(new Map<string, { signature: string; note: NoteRecord | null; row: VNode }>());
  // Only this render's rows are kept for the next: requirements that went away (a new assignment) are let go.
  const previous = rows.current;
  rows.current = new Map();
  const rowFor = (finding: AuditResult['findings'][number]) => {
    const id = finding.requirement.id;
    const title = finding.chatId === undefined ? undefined : chatTitle(finding.chatId);
    const note = noteFor(id);
    const signature = `${findingSignature(finding)}|${title ?? ''}|${snoozes[id] ?? ''}|${loadAll ? 'load-all' : ''}`;
    const cached = previous.get(id);
    if (cached && cached.signature === signature && cached.note === note) {
      rows.current.set(id, cached);
      return cached.row;
    }
    const row = (
      <RequirementRow
        key={id}
        finding={finding}
        chatTitle={title}
        note={note}
        snoozedUntil={snoozes[id]}
        t={t}
        loadAll={loadAll}
        {...rowProps}
      />
    );
    rows.current.set(id, { signature, note, row });
    return row;
  };
  useEffect(() => {
    if (!revealMissing || revealed.current || !hasMissing) return;
    const row = root.current?.querySelector<HTMLElement>('[data-status="missing"], [data-status="unknown"]');
    if (!row) return; // not rendered yet: looked for again as more rows appear
    revealed.current = true;
    row.tabIndex = -1;
    row.scrollIntoView({ block: 'center' });
    row.focus();
  }, [revealMissing, hasMissing, shown]);
  if (result.findings.length === 0) return <p class="empty">{t.t('requirementsNone')}</p>;
  let budget = shown;
  return (
    <section class="requirements" aria-labelledby="sverka-requirements-heading" ref={root}>
      <div class="requirements__head">
        <h2 id="sverka-requirements-heading" class="section-heading">
          {t.t('requirementsHeading')}
        </h2>
        <label class="switch">
          <input
            type="checkbox"
            role="switch"
            data-testid="filter-problems"
            checked={problemsOnly}
            aria-checked={problemsOnly}
            onChange={(event) => onProblemsOnly(event.currentTarget.checked)}
          />
          {t.t('filterProblems')}
        </label>
      </div>
      <BulkNotRequired
        t={t}
        findings={result.findings}
        onOverride={rowProps.onOverride}
        onUndoOverride={rowProps.onUndoOverride}
      />
      {problemsOnly && visible.length === 0 && (
        <p class="empty" data-testid="problems-none">
          {t.t('problemsNone')}
        </p>
      )}
      {groupFindings(visible, { problemsFirst: true }).map(({ group, findings: all }) => {
        const findings = all.slice(0, Math.max(0, budget));
        budget -= findings.length;
        if (findings.length === 0) return null;
        return (
          <section class="requirement-group" key={group ?? '-'} aria-label={group ?? t.t('otherHeading')}>
            <h3 class="requirement-group__heading">{group ? t.t('groupHeading', { group }) : t.t('otherHeading')}</h3>
            <ul class="requirement-group__list">{findings.map(rowFor)}</ul>
          </section>
        );
      })}
      {problemsOnly && hidden > 0 && visible.length > 0 && (
        <p class="hint" data-testid="problems-hidden">
          {t.tn('problemsHidden', hidden)}
        </p>
      )}
    </section>
  );
}
