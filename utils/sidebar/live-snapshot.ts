/**
 * The live snapshot: the bridge's events merged as they come, completed once from the snapshot stored on an
 * earlier visit, and stored now and then (for reminders without a MAX tab, and for the next visit).
 */
import { type ReadonlySignal, signal } from '@preact/signals';
import { listenToBridge } from '@/utils/max/bridge-listener';
import type { Census } from '@/utils/max/diagnostics-report';
import { sendMessage } from '@/utils/messaging/protocol';
import { type MaxSnapshot, toStoredSnapshot } from '@/utils/snapshot/max-snapshot';
import { createSnapshotStore, type SnapshotStore } from '@/utils/snapshot/snapshot-store';
import { throttleLatest } from '@/utils/snapshot/throttle';
import type { Lifetime } from './lifetime';

/** At most one snapshot write every few seconds, however many events arrive. */
const PERSIST_INTERVAL_MS = 5000;

export interface LiveSnapshot extends SnapshotStore {
  /** «Что видит Сверка»: the bridge's latest census of MAX's frames (shapes and counts), kept beside the snapshot. */
  readonly census: ReadonlySignal<Census | null>;
}

export function startLiveSnapshot(win: Window, life: Lifetime): LiveSnapshot {
  const store = createSnapshotStore();
  const census = signal<Census | null>(null);
  listenToBridge(win, life.signal, (event) => {
    // A census changes nothing the audit reads: it never goes through the snapshot.
    if (event.type === 'diagnostics') census.value = event;
    else store.dispatch(event);
  });
  // The stored form is made only when it is written, not on every event.
  const persist = throttleLatest((snapshot: MaxSnapshot) => {
    const stored = toStoredSnapshot(snapshot, Date.now());
    if (!stored) return;
    sendMessage('saveSnapshot', stored).catch(() => {
      // The background may be restarting; the next change saves again.
    });
  }, PERSIST_INTERVAL_MS);
  life.onInvalidated(() => persist.cancel());
  let completedFromStore = false;
  store.subscribe((snapshot) => {
    // What toStoredSnapshot would refuse is not pushed: the first storable snapshot is written at once.
    if (snapshot.me && snapshot.liveChats > 0) persist.push(snapshot);
    if (snapshot.me && !completedFromStore) {
      completedFromStore = true;
      sendMessage('getSnapshot', { userId: snapshot.me.id })
        .then((previous) => previous && store.completeFrom(previous))
        .catch(() => {});
    }
  });
  return { ...store, census };
}
