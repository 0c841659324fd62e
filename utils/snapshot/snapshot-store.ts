/**
 * The live snapshot as a signal the sidebar reads. Events go in through `dispatch`;
 * the clock is injected so tests can fix it.
 *
 * Every event is merged at once, but once there are chats the signal changes at most
 * once a frame: the first event after a quiet frame is shown at once, the ones that
 * follow within the same frame together at the next. A busy session sends bursts (a reconnect, a page
 * of the chat list, a storm of messages), and each change of the signal re-audits
 * and re-renders the sidebar. A hidden tab has no frames: a timer stands in.
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

/** Calls back at the next frame, or after ~100 ms when there are no frames (a hidden tab). */
export type NextFrame = (callback: () => void) => void;

const FRAME_FALLBACK_MS = 100;

function nextFrame(callback: () => void): void {
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    callback();
  };
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(run);
  setTimeout(run, FRAME_FALLBACK_MS);
}

export function createSnapshotStore(now: () => number = Date.now, frame: NextFrame = nextFrame): SnapshotStore {
  const snapshot = signal<MaxSnapshot>(emptySnapshot());
  let current = snapshot.peek();
  let holding = false;
  const publish = () => {
    if (holding) return;
    snapshot.value = current;
    // Until the first chats, nothing is held: the first paint after MAX's login waits for no frame.
    if (current.loginAt === undefined && current.storedAt === undefined) return;
    holding = true;
    frame(() => {
      holding = false;
      if (snapshot.peek() !== current) publish();
    });
  };
  return {
    snapshot,
    dispatch(event) {
      current = applyBridgeEvent(current, event, now());
      publish();
    },
    completeFrom(stored) {
      current = completeFromStore(current, stored);
      publish();
    },
    subscribe: (listener) => snapshot.subscribe(listener),
  };
}
