// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type MaxId, makeBridgeEvent } from '@/utils/max/bridge-events';
import { onMessage } from '@/utils/messaging/protocol';
import type { StoredSnapshot } from '@/utils/snapshot/max-snapshot';
import type { Lifetime } from './lifetime';
import { testLifetime } from './lifetime.testing';
import { startLiveSnapshot } from './live-snapshot';

const ME = '1000001';
/** Long enough for the snapshot store's next frame (or its fallback timer). */
const FRAME = 120;
const chat = (id: MaxId, title: string) => ({ id, type: 'CHAT', status: 'ACTIVE', title, participantsCount: 3 });

/** What the bridge posts, as the page's window delivers it. */
function fromBridge(body: Parameters<typeof makeBridgeEvent>[0]) {
  window.dispatchEvent(new MessageEvent('message', { data: makeBridgeEvent(body), source: window }));
}

describe('startLiveSnapshot', () => {
  let life: Lifetime & { stop(): void };
  const handlers: Array<() => void> = [];
  beforeEach(() => {
    vi.useFakeTimers();
    life = testLifetime();
  });
  afterEach(() => {
    life.stop();
    for (const remove of handlers.splice(0)) remove();
    vi.useRealTimers();
  });

  it('writes the first storable snapshot at once and later changes at most every few seconds', async () => {
    const saved: StoredSnapshot[] = [];
    handlers.push(
      onMessage('saveSnapshot', ({ data }) => {
        saved.push(data);
      }),
      onMessage('getSnapshot', () => null),
    );
    const store = startLiveSnapshot(window, life);

    fromBridge({ type: 'me', me: { id: ME, name: 'Мария Иванова' } });
    await vi.advanceTimersByTimeAsync(FRAME);
    expect(saved).toHaveLength(0); // nothing worth storing yet: no chats

    fromBridge({
      type: 'chats',
      origin: 'login',
      received: 1,
      listEnd: false,
      chats: [chat('-70000000001', 'ИСП-21 Родители')],
    });
    await vi.advanceTimersByTimeAsync(0);
    expect(saved.map((s) => s.chats.length)).toEqual([1]);

    fromBridge({
      type: 'chats',
      origin: 'chat-info',
      received: 1,
      listEnd: false,
      chats: [chat('-70000000002', 'ИСП-21 Студенты')],
    });
    fromBridge({
      type: 'chats',
      origin: 'chat-info',
      received: 1,
      listEnd: false,
      chats: [chat('-70000000003', 'ИСП-22 Родители')],
    });
    await vi.advanceTimersByTimeAsync(1000);
    expect(saved).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(5000);
    expect(saved.map((s) => s.chats.length)).toEqual([1, 3]); // the two events in one write, the latest state
    expect(Object.keys(store.snapshot.value.chats)).toHaveLength(3);
  });

  it('completes the live chats once from the snapshot stored for this user', async () => {
    const asked: Array<MaxId | undefined> = [];
    handlers.push(
      onMessage('saveSnapshot', () => {}),
      onMessage('getSnapshot', ({ data }) => {
        asked.push(data.userId);
        return {
          userId: ME,
          savedAt: Date.now() - 86_400_000,
          listComplete: true,
          chats: [chat('-70000000001', 'ИСП-21 Родители (старое)'), chat('-70000000009', 'Педсовет')],
          contacts: {},
          links: [],
        } as StoredSnapshot;
      }),
    );
    const store = startLiveSnapshot(window, life);
    fromBridge({ type: 'me', me: { id: ME } });
    // A whole page at login (40): MAX may have more, so the stored chats fill in what was not seen yet.
    fromBridge({
      type: 'chats',
      origin: 'login',
      received: 40,
      listEnd: false,
      chats: [chat('-70000000001', 'ИСП-21 Родители')],
    });
    await vi.advanceTimersByTimeAsync(FRAME); // events that follow one another show at the next frame

    expect(asked).toEqual([ME]);
    const chats = store.snapshot.value.chats;
    expect(chats['-70000000001']?.title).toBe('ИСП-21 Родители'); // what MAX sent now wins
    expect(chats['-70000000009']).toMatchObject({ title: 'Педсовет', fromStore: true });
  });
});
