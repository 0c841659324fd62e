import { describe, expect, it } from 'vitest';
import { makeBridgeEvent } from '../max/bridge-events';
import { createSnapshotStore } from './snapshot-store';

const chats = (...titles: string[]) =>
  makeBridgeEvent({
    type: 'chats',
    origin: 'login',
    received: titles.length,
    listEnd: false,
    chats: titles.map((title, i) => ({ id: `-${i + 1}`, type: 'CHAT', status: 'ACTIVE', title })),
  });

function manualFrames() {
  const waiting: Array<() => void> = [];
  return {
    frame: (callback: () => void) => {
      waiting.push(callback);
    },
    tick: () => {
      for (const callback of waiting.splice(0)) callback();
    },
  };
}

describe('createSnapshotStore', () => {
  it('shows the first event at once and the rest of a burst together at the next frame', () => {
    const frames = manualFrames();
    const store = createSnapshotStore(() => 1000, frames.frame);
    const seen: number[] = [];
    store.subscribe((snapshot) => seen.push(Object.keys(snapshot.chats).length));
    seen.length = 0; // the subscription's first call: the empty snapshot

    store.dispatch(chats('А'));
    expect(Object.keys(store.snapshot.value.chats)).toHaveLength(1);
    store.dispatch(chats('А', 'Б'));
    store.dispatch(chats('А', 'Б', 'В'));
    expect(seen).toEqual([1]); // held: one change for the sidebar, not three

    frames.tick();
    expect(seen).toEqual([1, 3]);
    frames.tick(); // a quiet frame changes nothing
    expect(seen).toEqual([1, 3]);

    store.dispatch(chats('А', 'Б', 'В', 'Г'));
    expect(seen).toEqual([1, 3, 4]); // after a quiet frame, at once again
  });

  it('holds nothing before the first chats: the login result is shown the moment it comes', () => {
    const frames = manualFrames();
    const store = createSnapshotStore(() => 1000, frames.frame);
    store.dispatch(makeBridgeEvent({ type: 'me', me: { id: '1' } }));
    store.dispatch(makeBridgeEvent({ type: 'contacts', contacts: [{ id: '2', name: 'Пётр Сидоров' }] }));
    store.dispatch(chats('А'));
    expect(store.snapshot.value.me?.id).toBe('1');
    expect(Object.keys(store.snapshot.value.chats)).toHaveLength(1);
  });

  it('without frames (a hidden tab) the held events still come, after the fallback timer', async () => {
    const store = createSnapshotStore();
    store.dispatch(chats('А'));
    store.dispatch(chats('А', 'Б'));
    expect(Object.keys(store.snapshot.value.chats)).toHaveLength(1);
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(Object.keys(store.snapshot.value.chats)).toHaveLength(2);
  });
});
