import type { SidebarActions } from './sidebar-types';

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
