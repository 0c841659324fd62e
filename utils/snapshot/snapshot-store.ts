/**
 * The live snapshot as a signal the sidebar reads. Events go in through `dispatch`;
 * the clock is injected so tests can fix it.
 */
import { type ReadonlySignal, signal } from '@preact/signals';
import type { BridgeEvent } from '../max/bridge-events';
import {
  applyBridgeEvent,
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

export function createSnapshotStore(now: () => number = Date.now): SnapshotStore {
  const snapshot = signal<MaxSnapshot>(emptySnapshot());
  return {
    snapshot,
    dispatch(event) {
      snapshot.value = applyBridgeEvent(snapshot.value, event, now());
    },
    completeFrom(stored) {
      snapshot.value = completeFromStore(snapshot.value, stored);
    },
    subscribe: (listener) => snapshot.subscribe(listener),
  };
}
