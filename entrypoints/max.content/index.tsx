import './style.css';
import { signal } from '@preact/signals';
import { render } from 'preact';
import { SidebarApp } from '@/components/SidebarApp';
import { createTranslator, pickLang } from '@/utils/i18n/translator';
import { listenToBridge } from '@/utils/max/bridge-listener';
import { loadAllChats } from '@/utils/max/dom/load-all-chats';
import { initPageMarks, type PageMarksHealth } from '@/utils/max/dom/page-marks';
import { sendMessage } from '@/utils/messaging/protocol';
import { buildTitleOrder } from '@/utils/snapshot/display-titles';
import { toStoredSnapshot } from '@/utils/snapshot/max-snapshot';
import { createSnapshotStore } from '@/utils/snapshot/snapshot-store';
import { throttleLatest } from '@/utils/snapshot/throttle';
import { isToggleShortcut } from '@/utils/ui/keyboard';
import { sidebarOpenItem } from '@/utils/ui/sidebar-preference';

/** At most one snapshot write every few seconds, however many events arrive. */
const PERSIST_INTERVAL_MS = 5000;

export default defineContentScript({
  matches: ['https://web.max.ru/*'],
  // document_start, so that no bridge event posted before the page finished loading is missed.
  runAt: 'document_start',
  cssInjectionMode: 'ui',

  async main(ctx) {
    const store = createSnapshotStore();
    listenToBridge(window, ctx.signal, (event) => store.dispatch(event));

    const persist = throttleLatest((stored: NonNullable<ReturnType<typeof toStoredSnapshot>>) => {
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

    // The user's preferred language as the page sees it: Russian unless it is English.
    const t = createTranslator(pickLang(navigator.language));
    const open = signal(await sidebarOpenItem.getValue());
    const setOpen = (value: boolean) => {
      open.value = value;
      void sidebarOpenItem.setValue(value);
    };
    sidebarOpenItem.watch((value) => {
      open.value = value;
    });
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
    const pageMarks = signal<PageMarksHealth>('waiting');
    initPageMarks({
      root: document,
      signal: ctx.signal,
      hasChats: () => store.snapshot.value.loginAt !== undefined,
      chatMarks: () => [],
      titleOrder: () => buildTitleOrder(store.snapshot.value),
      onHealth: (health) => {
        pageMarks.value = health;
      },
    });

    const ui = await createShadowRootUi(ctx, {
      name: 'sverka-ui',
      position: 'inline',
      anchor: 'body',
      append: 'last',
      onMount(container) {
        const startLoadAll = (signal: AbortSignal, onProgress: (known: number) => void) =>
          loadAllChats({
            root: document,
            isComplete: () => store.snapshot.value.listComplete,
            knownCount: () => store.snapshot.value.liveChats,
            onProgress,
            signal,
          });
        render(
          <SidebarApp
            snapshot={store.snapshot}
            pageMarks={pageMarks}
            open={open}
            t={t}
            onOpenChange={setOpen}
            startLoadAll={startLoadAll}
          />,
          container,
        );
      },
      onRemove(container) {
        if (container) render(null, container);
      },
    });
    ui.mount();
  },
});
