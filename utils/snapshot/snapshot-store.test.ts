import { describe, expect, it } from 'vitest';
import { makeBridgeEvent } from '@/utils/max/bridge-events';
import { createSnapshotStore } from './snapshot-store';

const chats = (...titles: string[]) =>
  makeBridgeEvent({
    type: 'chats',
    origin: 'login',
    received: titles.length,
    listEnd: false,
    chats: titles.map((title, i) => ({ id: `-${i + 1}`, type: 'CHAT', status: 'ACTIVE', title })),
  });

const link = (n: number) =>
  makeBridgeEvent({
    type: 'links-seen',
    links: [{ url: `https://max.ru/join/t${n}`, chatId: '-1', messageId: String(n) }],
  });

function manualIdle() {
  const waiting: Array<() => void> = [];
  return {
    idle: (callback: () => void) => {
      waiting.push(callback);
    },
    get waiting() {
      return waiting.length;
    },
    run: () => {
      for (const callback of waiting.splice(0)) callback();
    },
  };
}

describe('createSnapshotStore', () => {
  it('once there are chats, a burst is merged and shown once, when the page is idle', () => {
    const idle = manualIdle();
    const store = createSnapshotStore(() => 1000, idle.idle);
    const seen: number[] = [];
    store.subscribe((snapshot) => seen.push(snapshot.links.length));
    store.dispatch(chats('А'));
    seen.length = 0; // the subscription's first call and the login, shown at once

    for (let n = 0; n < 300; n++) store.dispatch(link(n));
    expect(seen).toEqual([]); // nothing merged or shown inside the page's own tasks
    expect(idle.waiting).toBe(1); // one merge asked for the whole burst

    idle.run();
    expect(seen).toEqual([300]);
    idle.run(); // a quiet time changes nothing
    expect(seen).toEqual([300]);

    store.dispatch(link(300));
    idle.run();
    expect(seen).toEqual([300, 301]);
  });

  it('holds nothing before the first chats: the login result is shown the moment it comes', () => {
    const idle = manualIdle();
    const store = createSnapshotStore(() => 1000, idle.idle);
    store.dispatch(makeBridgeEvent({ type: 'me', me: { id: '1' } }));
    store.dispatch(makeBridgeEvent({ type: 'contacts', contacts: [{ id: '2', name: 'Пётр Сидоров' }] }));
    store.dispatch(chats('А'));
    expect(store.snapshot.value.me?.id).toBe('1');
    expect(Object.keys(store.snapshot.value.chats)).toHaveLength(1);
    expect(idle.waiting).toBe(0);
  });

  it('events queued before a stored snapshot completes the list keep their order', () => {
    const idle = manualIdle();
    const store = createSnapshotStore(() => 1000, idle.idle);
    store.dispatch(makeBridgeEvent({ type: 'me', me: { id: '1' } }));
    store.dispatch(chats('А'));
    store.dispatch(chats('А', 'Б'));
    store.completeFrom({
      userId: '1',
      savedAt: 500,
      listComplete: false,
      chats: [{ id: '-9', type: 'CHAT', title: 'Старый' }],
      contacts: {},
      links: [],
    });
    // The live «Б» was merged before the stored chats were added: it is live, not stored.
    expect(store.snapshot.value.chats['-2']?.fromStore).toBeUndefined();
    expect(store.snapshot.value.chats['-9']?.fromStore).toBe(true);
  });

  it('in a real page the queued events still come (idle callback or its timeout)', async () => {
    const store = createSnapshotStore();
    store.dispatch(chats('А'));
    store.dispatch(chats('А', 'Б'));
    expect(Object.keys(store.snapshot.value.chats)).toHaveLength(1);
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(Object.keys(store.snapshot.value.chats)).toHaveLength(2);
  });
});
