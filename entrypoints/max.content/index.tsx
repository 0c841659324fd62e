// Inlined into the script: the shadow root gets its styles without a fetch, so the sidebar can mount before MAX's
// first data (a fetch answered while the page loads took up to ~100 ms).

import { computed, effect, signal } from '@preact/signals';
import { render } from 'preact';
import { type SidebarActions, SidebarApp, type SidebarModel } from '@/components/SidebarApp';
import { audit, toAuditSnapshot } from '@/utils/audit/audit';
import { type AuditChanges, diffAudits, toAuditRecord } from '@/utils/audit-view/audit-history';
import { linkLabel, linkTooltip } from '@/utils/audit-view/link-view';
import { chatMarks } from '@/utils/audit-view/sidebar-model';
import type { AuditRecord, LinkRecord, NoteRecord } from '@/utils/db/database';
import type { Setup } from '@/utils/db/setup-repository';
import { createTranslator, pickLang } from '@/utils/i18n/translator';
import { type OwnLinkHistory, updateOwnLinkHistory } from '@/utils/links/link-history';
import { linkFindings, linksToAnnul, ownLinkHints, sortForAdministrator } from '@/utils/links/link-status';
import { listenToBridge } from '@/utils/max/bridge-listener';
import { loadAllChats } from '@/utils/max/dom/load-all-chats';
import { openChatInMax } from '@/utils/max/dom/open-chat';
import { initPageMarks, type PageMarksHealth } from '@/utils/max/dom/page-marks';
import { type PageTheme, watchPageTheme } from '@/utils/max/dom/page-theme';
import { revealLinkInMessages } from '@/utils/max/dom/reveal-link';
import { onMessage, sendMessage } from '@/utils/messaging/protocol';
import { setupVersionItem } from '@/utils/messaging/setup-changes';
import { buildTitleOrder } from '@/utils/snapshot/display-titles';
import { type StoredSnapshot, toStoredSnapshot } from '@/utils/snapshot/max-snapshot';
import { createSnapshotStore } from '@/utils/snapshot/snapshot-store';
import { throttleLatest } from '@/utils/snapshot/throttle';
import { afterNextPaint } from '@/utils/ui/after-paint';
import { isToggleShortcut } from '@/utils/ui/keyboard';
import { safeModeAnswerItem, shouldShowSafeModeCard, sidebarOpenItem } from '@/utils/ui/sidebar-preference';
import sidebarCss from './style.css?inline';

/** At most one snapshot write every few seconds, however many events arrive. */
const PERSIST_INTERVAL_MS = 5000;
/** An audit run is sent for keeping at most this often while events change it. */
const AUDIT_RECORD_INTERVAL_MS = 3000;

export default defineContentScript({
  matches: ['https://web.max.ru/*'],
  // document_start, so that no bridge event posted before the page finished loading is missed.
  runAt: 'document_start',
  cssInjectionMode: 'manual',

  async main(ctx) {
    // The live snapshot, from the bridge's events, stored now and then for reminders and the next visit.
    const store = createSnapshotStore();
    listenToBridge(window, ctx.signal, (event) => store.dispatch(event));
    const persist = throttleLatest((stored: StoredSnapshot) => {
      sendMessage('saveSnapshot', stored).catch(() => {
        // The background may be restarting; the next change saves again.
      });
    }, PERSIST_INTERVAL_MS);
    ctx.onInvalidated(() => persist.cancel());
    let completedFromStore = false;
    store.subscribe((snapshot) => {
      const stored = toStoredSnapshot(snapshot, Date.now());
      if (stored) persist.push(stored);
      if (snapshot.me && !completedFromStore) {
        completedFromStore = true;
        sendMessage('getSnapshot', { userId: snapshot.me.id })
          .then((previous) => previous && store.completeFrom(previous))
          .catch(() => {});
      }
    });

    // The setup (profile, assignment, overrides) from the background, again whenever it changes.
    const setup = signal<Setup | null>(null);
    const refreshSetup = () =>
      sendMessage('getSetup', undefined)
        .then((value) => {
          setup.value = value;
        })
        .catch(() => {});
    void refreshSetup();
    // Reminders are checked again when MAX web is opened after a gap.
    sendMessage('maxOpened', undefined).catch(() => {});
    const unwatchSetup = setupVersionItem.watch(() => void refreshSetup());
    ctx.onInvalidated(unwatchSetup);

    // The audit: a pure function of the setup and the snapshot.
    const auditResult = computed(() => {
      const current = setup.value;
      const snapshot = store.snapshot.value;
      if (!current?.assignment || (snapshot.loginAt === undefined && snapshot.storedAt === undefined)) return null;
      return audit(current.profile, current.assignment, toAuditSnapshot(snapshot), current.overrides, Date.now());
    });

    // Each run that says something is kept; the sidebar compares with the run before this visit.
    const auditChanges = signal<AuditChanges | null>(null);
    let baseline: AuditRecord | null | undefined;
    const recordAudit = throttleLatest((record: AuditRecord) => {
      sendMessage('recordAudit', record)
        .then((previous) => {
          if (baseline === undefined) baseline = previous;
          auditChanges.value = baseline ? diffAudits(baseline, record) : null;
        })
        .catch(() => {});
    }, AUDIT_RECORD_INTERVAL_MS);
    ctx.onInvalidated(() => recordAudit.cancel());
    ctx.onInvalidated(
      effect(() => {
        const result = auditResult.value;
        const me = store.snapshot.value.me;
        // A run on a partial list proves little: keep runs that saw the whole list or left nothing unknown.
        if (result && me && (result.listComplete || result.summary.unknown === 0))
          recordAudit.push(toAuditRecord(result, me.id));
      }),
    );

    const t = createTranslator(pickLang(navigator.language));
    // Both read at once; the safe-mode answer is not awaited, the card may show a moment after the sidebar.
    const safeModeAnswer = safeModeAnswerItem.getValue();
    const open = signal(await sidebarOpenItem.getValue());
    const setOpen = (value: boolean) => {
      open.value = value;
      void sidebarOpenItem.setValue(value);
    };
    const unwatchOpen = sidebarOpenItem.watch((value) => {
      open.value = value;
    });
    ctx.onInvalidated(unwatchOpen);
    window.addEventListener(
      'keydown',
      (event) => {
        if (!isToggleShortcut(event)) return;
        event.preventDefault();
        setOpen(!open.value);
      },
      { capture: true, signal: ctx.signal },
    );

    if (document.readyState === 'loading') {
      await new Promise((resolve) => document.addEventListener('DOMContentLoaded', resolve, { once: true }));
    }

    // Invite links: the history of chats' own links (to tell a reset link), the user's marks, and the findings.
    const linkHistory = signal<OwnLinkHistory | null>(null);
    const linkMarks = signal<Map<string, LinkRecord['mark']>>(new Map());
    const refreshLinkMarks = () =>
      sendMessage('listLinkMarks', undefined)
        .then((records) => {
          linkMarks.value = new Map(records.map((record) => [record.url, record.mark]));
        })
        .catch(() => {});
    void refreshLinkMarks();
    const saveHistory = throttleLatest((request: { userId: number; history: OwnLinkHistory }) => {
      sendMessage('saveLinkHistory', request).catch(() => {});
    }, PERSIST_INTERVAL_MS);
    ctx.onInvalidated(() => saveHistory.cancel());
    let historyRequested = false;
    ctx.onInvalidated(
      effect(() => {
        const snapshot = store.snapshot.value;
        const me = snapshot.me;
        if (!me || snapshot.loginAt === undefined) return;
        if (!historyRequested) {
          historyRequested = true;
          sendMessage('getLinkHistory', me.id)
            .then((stored) => {
              linkHistory.value = stored;
            })
            .catch(() => {
              linkHistory.value = {};
            });
          return;
        }
        const history = linkHistory.peek();
        if (!history) return;
        const next = updateOwnLinkHistory(history, snapshot.chats, Date.now());
        if (next !== history) {
          linkHistory.value = next;
          saveHistory.push({ userId: me.id, history: next });
        }
      }),
    );
    const links = computed(() => {
      const snapshot = store.snapshot.value;
      const history = linkHistory.value ?? {};
      const input = {
        chats: snapshot.chats,
        ...(snapshot.me ? { me: { id: snapshot.me.id } } : {}),
        seen: snapshot.links,
        history,
        staleDays: setup.value?.profile.settings.staleInviteDays,
        contacts: snapshot.contacts,
      };
      const now = Date.now();
      const findings = sortForAdministrator(linkFindings(input, now));
      return {
        findings,
        byUrl: new Map(findings.map((finding) => [finding.url, finding])),
        annul: linksToAnnul(findings, snapshot.me?.id, snapshot.chats),
        hints: ownLinkHints(input, now),
      };
    });

    // Marks in MAX's own chat list for the chats that satisfy a requirement, and on invite links in messages.
    const titleOrder = computed(() => buildTitleOrder(store.snapshot.value));
    const marks = computed(() => chatMarks(auditResult.value, store.snapshot.value, t));
    const pageMarks = signal<PageMarksHealth>('waiting');
    const pageMarksControl = initPageMarks({
      root: document,
      signal: ctx.signal,
      hasChats: () => store.snapshot.value.loginAt !== undefined,
      chatMarks: () => marks.peek(),
      titleOrder: () => titleOrder.peek(),
      linkMark: (url) => {
        const finding = links.peek().byUrl.get(url);
        return finding
          ? { status: finding.status, label: linkLabel(finding, t), tooltip: linkTooltip(finding, t) }
          : null;
      },
      onHealth: (health) => {
        pageMarks.value = health;
      },
    });
    // Marks follow the audit, the chats, the setup and the links' history; applied after the sidebar has painted
    // (reading `marks` or `links` here would compute them before the first paint).
    const refreshPageMarks = afterNextPaint(() => pageMarksControl.refresh());
    ctx.onInvalidated(
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
      safeModeCard.value = shouldShowSafeModeCard(answer, Date.now());
    });

    // Opened from a reminder's notification (https://web.max.ru/#sverka=missing): show the missing rows.
    const revealMissing = signal(location.hash.includes('sverka=missing'));
    const reveal = () => {
      setOpen(true);
      revealMissing.value = true;
    };
    if (revealMissing.peek()) reveal();
    window.addEventListener(
      'hashchange',
      () => {
        if (location.hash.includes('sverka=missing')) reveal();
      },
      { signal: ctx.signal },
    );
    ctx.onInvalidated(onMessage('revealMissing', reveal));

    const actions: SidebarActions = {
      setOpen,
      startLoadAll: (signal, onProgress) =>
        loadAllChats({
          root: document,
          isComplete: () => store.snapshot.value.listComplete,
          knownCount: () => store.snapshot.value.liveChats,
          onProgress,
          signal,
        }),
      openChat: (chatId) => openChatInMax(document, chatId, titleOrder.peek()),
      openMessage: (chatId, url) => {
        openChatInMax(document, chatId, titleOrder.peek());
        void revealLinkInMessages(document, url, { signal: ctx.signal });
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
      setLinkMark: async (url, mark, chatId) => {
        await sendMessage('setLinkMark', { url, mark: mark ?? null, ...(chatId === undefined ? {} : { chatId }) });
        await refreshLinkMarks();
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
    watchPageTheme(document, ctx.signal, (next) => {
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
      linkMarks,
      snoozes,
      safeModeCard,
      open,
      revealMissing,
      theme,
    };

    const ui = await createShadowRootUi(ctx, {
      name: 'sverka-ui',
      css: sidebarCss,
      position: 'inline',
      anchor: 'body',
      append: 'last',
      onMount(container) {
        render(<SidebarApp model={model} t={t} actions={actions} />, container);
      },
      onRemove(container) {
        if (container) render(null, container);
      },
    });
    ui.mount();
    // The first Intl formatter of a page costs ~15 ms (locale data): made while the page is idle, before MAX's data.
    requestIdleCallback(() => t.prepare(), { timeout: 300 });
  },
});
