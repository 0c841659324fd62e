/**
 * Everything the sidebar shows and does, wired from its parts: the live snapshot, the setup, the audit, the
 * links, the page marks in MAX's page, notes, reminders' snoozes, the open state and MAX's theme. The content script
 * entrypoint only mounts SidebarApp with what this returns.
 */
import { computed, effect, signal } from '@preact/signals';
import { createLinkBadger } from '@/utils/audit-view/link-badge';
import { chatBadges } from '@/utils/audit-view/sidebar-model';
import type { NoteRecord } from '@/utils/db/database';
import { downloadFile, MIME } from '@/utils/export/download';
import { createTranslator, pickLang, type Translator } from '@/utils/i18n/translator';
import { diagnosticsLines } from '@/utils/max/diagnostics-report';
import { loadAllChats } from '@/utils/max/dom/load-all-chats';
import { openChatInMax } from '@/utils/max/dom/open-chat';
import { reservePanelSpace } from '@/utils/max/dom/page-layout';
import { initPageMarks, type PageMarksHealth } from '@/utils/max/dom/page-marks';
import { type PageTheme, watchPageTheme } from '@/utils/max/dom/page-theme';
import { revealLinkInMessages } from '@/utils/max/dom/reveal-link';
import { countSelectors } from '@/utils/max/dom/selector-census';
import { onMessage, sendMessage } from '@/utils/messaging/protocol';
import { buildTitleOrder } from '@/utils/snapshot/display-titles';
import { toStoredSnapshot } from '@/utils/snapshot/max-snapshot';
import { afterNextPaint } from '@/utils/ui/after-paint';
import { isToggleShortcut } from '@/utils/ui/keyboard';
import { clampPanelWidth, PANEL_DEFAULT_WIDTH, reservedWidth } from '@/utils/ui/panel-width';
import {
  panelWidthItem,
  problemsOnlyItem,
  safeModeAnswerItem,
  shouldShowSafeModeCard,
  sidebarOpenItem,
} from '@/utils/ui/sidebar-preference';
import { trackAudit } from './audit-state';
import type { Lifetime } from './lifetime';
import { trackLinks } from './link-state';
import { startLiveSnapshot } from './live-snapshot';
import { watchSetup } from './setup-state';
import type { SidebarActions, SidebarModel } from './sidebar-types';

export interface SidebarController {
  model: SidebarModel;
  actions: SidebarActions;
  t: Translator;
}

/** Starts at document_start (no bridge event is missed) and resolves once the page's DOM is there. */
export async function startSidebar(win: Window, doc: Document, life: Lifetime): Promise<SidebarController> {
  const store = startLiveSnapshot(win, life);
  const { setup, refresh: refreshSetup } = watchSetup(life);
  // Reminders are checked again when MAX web is opened after a gap.
  sendMessage('maxOpened', undefined).catch(() => {});
  const { auditResult, auditChanges } = trackAudit(store.snapshot, setup, life);

  const t = createTranslator(pickLang(navigator.language));
  // Both read at once; the safe-mode answer is not awaited, the card may show a moment after the sidebar.
  // A failed read (the extension reloaded under the page) leaves the card hidden rather than an unhandled rejection.
  const safeModeAnswer = safeModeAnswerItem.getValue().catch(() => undefined);
  // Read together, so that the first render already has both; «Только проблемы» unread is simply off.
  const [openAtStart, problemsOnlyAtStart, widthAtStart] = await Promise.all([
    sidebarOpenItem.getValue(),
    problemsOnlyItem.getValue().catch(() => false),
    panelWidthItem.getValue().catch(() => PANEL_DEFAULT_WIDTH),
  ]);
  const open = signal(openAtStart);
  const setOpen = (value: boolean) => {
    open.value = value;
    void sidebarOpenItem.setValue(value);
  };
  life.onInvalidated(
    sidebarOpenItem.watch((value) => {
      open.value = value;
    }),
  );
  const panelWidth = signal(clampPanelWidth(widthAtStart));
  const windowWidth = signal(win.innerWidth);
  win.addEventListener(
    'resize',
    () => {
      windowWidth.value = win.innerWidth;
    },
    { signal: life.signal },
  );
  // Open on a wide window, the panel sits beside MAX web: MAX's page gives up the panel's width.
  life.onInvalidated(
    effect(() => reservePanelSpace(doc, reservedWidth(open.value, panelWidth.value, windowWidth.value))),
  );
  life.onInvalidated(() => reservePanelSpace(doc, null));
  const problemsOnly = signal(problemsOnlyAtStart);
  life.onInvalidated(
    problemsOnlyItem.watch((value) => {
      problemsOnly.value = value;
    }),
  );
  win.addEventListener(
    'keydown',
    (event) => {
      if (!isToggleShortcut(event)) return;
      event.preventDefault();
      setOpen(!open.value);
    },
    { capture: true, signal: life.signal },
  );

  if (doc.readyState === 'loading') {
    await new Promise((resolve) => doc.addEventListener('DOMContentLoaded', resolve, { once: true }));
  }

  const { linkHistory, linkDecisions, links, refreshLinkDecisions } = trackLinks(store.snapshot, setup, life);

  // Page marks: chat badges in MAX's own chat list for the chats that satisfy a requirement, link badges on invite
  // links in messages.
  const titleOrder = computed(() => buildTitleOrder(store.snapshot.value));
  const chatBadgeList = computed(() => chatBadges(auditResult.value, store.snapshot.value, t));
  const pageMarks = signal<PageMarksHealth>('waiting');
  const linkBadger = createLinkBadger(t);
  const pageMarksControl = initPageMarks({
    root: doc,
    signal: life.signal,
    hasChats: () => store.snapshot.value.loginAt !== undefined,
    chatBadges: () => chatBadgeList.peek(),
    titleOrder: () => titleOrder.peek(),
    linkBadge: (url) => linkBadger(links.peek().byUrl, url),
    onHealth: (health) => {
      pageMarks.value = health;
    },
  });
  // Marks follow the audit, the chats, the setup and the links' history; applied after the sidebar has painted
  // (reading `chatBadgeList` or `links` here would compute them before the first paint).
  const refreshPageMarks = afterNextPaint(() => pageMarksControl.refresh());
  life.onInvalidated(
    effect(() => {
      void store.snapshot.value;
      void auditResult.value;
      void setup.value;
      void linkHistory.value;
      refreshPageMarks();
    }),
  );

  // Notes, from the background; listed again after every change.
  const notes = signal<NoteRecord[]>([]);
  const refreshNotes = () =>
    sendMessage('listNotes', null)
      .then((list) => {
        notes.value = list;
      })
      .catch(() => {});
  void refreshNotes();

  // Snoozed reminders, and the one-time safe-mode card.
  const snoozes = signal<Record<string, number>>({});
  const refreshSnoozes = () =>
    sendMessage('getReminders', undefined)
      .then((reminders) => {
        snoozes.value = reminders.snoozes;
      })
      .catch(() => {});
  void refreshSnoozes();
  const safeModeCard = signal(false);
  void safeModeAnswer.then((answer) => {
    if (answer !== undefined) safeModeCard.value = shouldShowSafeModeCard(answer, Date.now());
  });

  // Opened from a reminder's notification (https://web.max.ru/#sverka=missing): show the missing rows.
  const revealMissing = signal(win.location.hash.includes('sverka=missing'));
  const reveal = () => {
    setOpen(true);
    revealMissing.value = true;
  };
  if (revealMissing.peek()) reveal();
  win.addEventListener(
    'hashchange',
    () => {
      if (win.location.hash.includes('sverka=missing')) reveal();
    },
    { signal: life.signal },
  );
  life.onInvalidated(onMessage('revealMissing', reveal));
  life.onInvalidated(onMessage('toggleSidebar', () => setOpen(!open.peek())));

  const actions: SidebarActions = {
    setOpen,
    setPanelWidth: (width) => {
      panelWidth.value = clampPanelWidth(width);
      panelWidthItem.setValue(panelWidth.value).catch(() => {});
    },
    setProblemsOnly: (value) => {
      problemsOnly.value = value;
      problemsOnlyItem.setValue(value).catch(() => {});
    },
    startLoadAll: (signal, onProgress) =>
      loadAllChats({
        root: doc,
        isComplete: () => store.snapshot.value.listComplete,
        knownCount: () => store.snapshot.value.liveChats,
        onProgress,
        signal,
      }),
    openChat: (chatId) => openChatInMax(doc, chatId, titleOrder.peek()),
    openMessage: (chatId, url) => {
      openChatInMax(doc, chatId, titleOrder.peek());
      void revealLinkInMessages(doc, url, { signal: life.signal });
    },
    saveAssignment: async (assignment) => {
      await sendMessage('saveAssignment', assignment);
      await refreshSetup();
    },
    setOverride: async (override) => {
      await sendMessage('setOverride', override);
      await refreshSetup();
    },
    removeOverride: async (requirementId) => {
      await sendMessage('removeOverride', requirementId);
      await refreshSetup();
    },
    setLinkDecision: async (url, decision, chatId) => {
      await sendMessage('setLinkDecision', { url, decision, ...(chatId === undefined ? {} : { chatId }) });
      await refreshLinkDecisions();
    },
    snooze: async (requirementId, kind) => {
      await sendMessage('snooze', { requirementId, kind });
      await refreshSnoozes();
    },
    unsnooze: async (requirementId) => {
      await sendMessage('unsnooze', requirementId);
      await refreshSnoozes();
    },
    openPage: (page) => {
      sendMessage('openExtensionPage', page).catch(() => {});
    },
    exportSummary: async (into) => {
      // The summary says what the sidebar shows: the live snapshot is stored first (its throttled save may lag).
      const live = toStoredSnapshot(store.snapshot.peek(), Date.now());
      if (live) await sendMessage('saveSnapshot', live);
      const answer = await sendMessage('exportSummary', { lang: t.lang });
      if (!answer.ok) return answer;
      downloadFile(doc, answer.fileName, answer.text, MIME.json, into);
      return { ok: true, fileName: answer.fileName };
    },
    diagnostics: () =>
      diagnosticsLines(
        {
          census: store.census.peek(),
          selectors: countSelectors(doc),
          protocol: store.snapshot.peek().protocol,
          listComplete: store.snapshot.peek().listComplete,
          version: browser.runtime.getManifest().version,
          userAgent: navigator.userAgent,
        },
        t,
      ),
    answerSafeMode: (answer) => {
      safeModeCard.value = false;
      void safeModeAnswerItem.setValue({ answer, at: Date.now() });
    },
    notes: {
      save: async (note) => {
        const stored = await sendMessage('saveNote', note);
        void refreshNotes();
        return stored;
      },
      remove: async (id) => {
        const removed = await sendMessage('deleteNote', id);
        void refreshNotes();
        return removed;
      },
    },
  };

  const theme = signal<PageTheme | null>(null);
  watchPageTheme(doc, life.signal, (next) => {
    theme.value = next;
  });

  const model: SidebarModel = {
    snapshot: store.snapshot,
    pageMarks,
    setup,
    auditResult,
    auditChanges,
    notes,
    links,
    linkDecisions,
    snoozes,
    safeModeCard,
    open,
    revealMissing,
    theme,
    problemsOnly,
    panelWidth,
  };
  return { model, actions, t };
}
