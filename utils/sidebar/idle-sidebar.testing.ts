import { signal } from '@preact/signals';
import type { MaxSnapshot } from '@/utils/snapshot/max-snapshot';
import type { SidebarActions, SidebarModel } from './sidebar-types';

const resolved = () => Promise.resolve();

/**
 * Sidebar actions that do nothing and succeed, for rendering the sidebar without a content script (the SidebarApp
 * test, the sidebar bench); a test passes what it watches in `overrides`.
 */
export function idleSidebarActions(overrides: Partial<SidebarActions> = {}): SidebarActions {
  return {
    setOpen: () => {},
    startLoadAll: () => new Promise(() => {}),
    openChat: () => {},
    openMessage: () => {},
    exportSummary: async () => ({ ok: true, fileName: 'sverka-сводка-Иванова-М-П-2026-12-01.json' }),
    saveAssignment: resolved,
    setOverride: resolved,
    removeOverride: resolved,
    setLinkDecision: resolved,
    snooze: resolved,
    unsnooze: resolved,
    answerSafeMode: () => {},
    openPage: () => {},
    diagnostics: () => [],
    setPanelWidth: () => {},
    setProblemsOnly: () => {},
    notes: { save: (note) => Promise.resolve(note), remove: () => Promise.resolve(null) },
    ...overrides,
  };
}

/**
 * The sidebar's state as the content script keeps it, open and with nothing else going on: a snapshot, an audit and
 * a setup given, no notes, links or snoozes. A test or bench passes what it watches in `overrides`.
 */
export function idleSidebarModel(
  snapshot: MaxSnapshot,
  setup: NonNullable<SidebarModel['setup']['value']>,
  overrides: Partial<SidebarModel> = {},
): SidebarModel {
  return {
    snapshot: signal(snapshot),
    pageMarks: signal('active'),
    setup: signal(setup),
    auditResult: signal(null),
    auditChanges: signal(null),
    notes: signal([]),
    links: signal({ findings: [], annul: [], hints: [] }),
    linkDecisions: signal(new Map()),
    snoozes: signal({}),
    safeModeCard: signal(false),
    open: signal(true),
    revealMissing: signal(false),
    theme: signal(null),
    problemsOnly: signal(false),
    panelWidth: signal(360),
    ...overrides,
  };
}
