/**
 * The live snapshot as a signal the sidebar reads. Events go in through `dispatch`;
 * the clock is injected so tests can fix it.
 *
 * Until the first chats every event is merged and shown at once: the first paint after
 * MAX's login waits for nothing. After that, events are queued and merged together when
 * the page is idle (at the latest ~100 ms later): a busy session sends bursts (a
 * reconnect, a page of the chat list, a storm of messages), and each merge, re-audit and
 * re-render would otherwise run between the page's own frames. A batch is merged with one
 * copy of what it changes (applyBridgeEvents), so a burst of 4,000 link events costs
 * one merge, not 4,000 copies of the snapshot.
 */
import { type ReadonlySignal, signal } from '@preact/signals';
import type { BridgeEvent } from '@/utils/max/bridge-events';
import {
  applyBridgeEvents,
  completeFromStore,
  emptySnapshot,
  type MaxSnapshot,
  type StoredSnapshot,
} from './max-snapshot';

export interface SnapshotStore {
  readonly snapshot: ReadonlySignal<MaxSnapshot>;
  dispatch(event: BridgeEvent): void;
  completeFrom(stored: StoredSnapshot): void;
  subscribe(listener: (snapshot: MaxSnapshot) => void): () => void;
}

/** Calls back once the page is idle, or after ~100 ms however busy it is (a hidden tab, a long burst). */
export type WhenIdle = (callback: () => void) => void;

const IDLE_TIMEOUT_MS = 100;

function whenIdle(callback: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(callback, { timeout: IDLE_TIMEOUT_MS });
  else setTimeout(callback, 0);
}

export function createSnapshotStore(now: () => number = Date.now, idle: WhenIdle = whenIdle): SnapshotStore {
  const snapshot = signal<MaxSnapshot>(emptySnapshot());
  let current = snapshot.peek();
  let pending: BridgeEvent[] = [];
  let scheduled = false;
  const hasChats = () => current.loginAt !== undefined || current.storedAt !== undefined;
  const mergePending = () => {
    if (pending.length === 0) return;
    const batch = pending;
    pending = [];
    current = applyBridgeEvents(current, batch, now());
  };
  // Setting the signal to the value it holds notifies no one: an idle merge that found nothing changes nothing.
  const mergeAndShow = () => {
    mergePending();
    snapshot.value = current;
  };
  const mergeWhenIdle = () => {
    scheduled = false;
    mergeAndShow();
  };
  return {
    snapshot,
    dispatch(event) {
      pending.push(event);
      if (!hasChats()) mergeAndShow();
      else if (!scheduled) {
        scheduled = true;
        idle(mergeWhenIdle);
      }
    },
    completeFrom(stored) {
      mergePending(); // what arrived before comes first; shown once, together with the stored chats
      current = completeFromStore(current, stored);
      snapshot.value = current;
    },
    subscribe: (listener) => snapshot.subscribe(listener),
  };
}
