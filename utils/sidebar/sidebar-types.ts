/**
 * What the sidebar (components/sidebar/SidebarApp.tsx) is given by the content script's controller
 * (utils/sidebar/sidebar-controller.ts): its state as signals the controller keeps current, and what it can ask for.
 */
import type { ReadonlySignal } from '@preact/signals';
import type { AuditResult } from '@/utils/audit/audit';
import type { Assignment } from '@/utils/audit/requirements';
import type { OverrideRecord, Setup } from '@/utils/audit/setup';
import type { AuditChanges } from '@/utils/audit-view/audit-history';
import type { LinkDecision, NoteRecord } from '@/utils/db/database';
import type { AnnulGroup } from '@/utils/links/annul-order';
import type { OwnLinkHint } from '@/utils/links/link-advice';
import type { LinkFinding } from '@/utils/links/link-status';
import type { MaxId } from '@/utils/max/bridge-events';
import type { LoadAllOutcome } from '@/utils/max/dom/load-all-chats';
import type { PageMarksHealth } from '@/utils/max/dom/page-marks';
import type { SnoozeKind } from '@/utils/reminders/snooze';
import type { MaxSnapshot } from '@/utils/snapshot/max-snapshot';

/** «Загрузить все чаты»: scrolls MAX's own list until its end, saying how many chats are known as it goes. */
export type StartLoadAll = (signal: AbortSignal, onProgress: (known: number) => void) => Promise<LoadAllOutcome>;

/** A note's saves and removal, through the background (saves of one note run one after another). */
export interface NoteActions {
  save(note: NoteRecord): Promise<NoteRecord>;
  remove(id: number): Promise<NoteRecord | null>;
}

export interface SidebarActions {
  setOpen(open: boolean): void;
  startLoadAll: StartLoadAll;
  openChat(chatId: MaxId): void;
  openMessage(chatId: MaxId, url: string): void;
  saveAssignment(assignment: Assignment): Promise<void>;
  setOverride(override: OverrideRecord): Promise<void>;
  removeOverride(requirementId: string): Promise<void>;
  notes: NoteActions;
  setLinkDecision(url: string, decision: LinkDecision | null, chatId?: MaxId): Promise<void>;
  snooze(requirementId: string, kind: SnoozeKind): Promise<void>;
  unsnooze(requirementId: string): Promise<void>;
  /** The safe-mode card was answered: done (never again) or later (again in a week). */
  answerSafeMode(answer: 'done' | 'later'): void;
  openPage(page: 'options' | 'report'): void;
  /**
   * «Сводка для администратора»: the summary file is made by the background and downloaded through a link put into
   * `into` (an element of the sidebar, out of MAX's sight). Answers the file's name, or why there is none.
   */
  exportSummary(into: Element): Promise<{ ok: true; fileName: string } | { ok: false; error: string }>;
  /** «Что видит Сверка», as lines of text: shapes and counts only (utils/max/diagnostics-report.ts). */
  diagnostics(): string[];
  /** «Только проблемы» switched: shown at once, remembered (utils/ui/sidebar-preference.ts). */
  setProblemsOnly(value: boolean): void;
  /** The panel's width dragged by its edge (clamped and remembered by the controller). */
  setPanelWidth(width: number): void;
}

/** The sidebar's state: signals the content script keeps current. */
export interface SidebarModel {
  snapshot: ReadonlySignal<MaxSnapshot>;
  pageMarks: ReadonlySignal<PageMarksHealth>;
  setup: ReadonlySignal<Setup | null>;
  auditResult: ReadonlySignal<AuditResult | null>;
  auditChanges: ReadonlySignal<AuditChanges | null>;
  notes: ReadonlySignal<NoteRecord[]>;
  links: ReadonlySignal<{ findings: LinkFinding[]; annul: AnnulGroup[]; hints: OwnLinkHint[] }>;
  linkDecisions: ReadonlySignal<Map<string, LinkDecision | undefined>>;
  snoozes: ReadonlySignal<Record<string, number>>;
  /** Show the one-time safe-mode card. */
  safeModeCard: ReadonlySignal<boolean>;
  open: ReadonlySignal<boolean>;
  /** Opened from a reminder's notification: bring the missing rows into view. */
  revealMissing: ReadonlySignal<boolean>;
  /** MAX web's theme, when known; else the system's. */
  theme: ReadonlySignal<'light' | 'dark' | null>;
  /** «Только проблемы»: the list of required chats shows only rows needing action. */
  problemsOnly: ReadonlySignal<boolean>;
  /** The panel's width in px (320–560). */
  panelWidth: ReadonlySignal<number>;
}
