import { describe, expect, it } from 'vitest';
import type { BridgeChat, MaxId } from '../max/bridge-events';
import {
  chatList,
  cleanOwnLinkHistory,
  LAST_SEEN_RESOLUTION_MS,
  MAX_OWN_LINK_HISTORY,
  type OwnLinkHistory,
  updateOwnLinkHistory,
} from './link-history';

const T0 = Date.UTC(2025, 10, 1);
const HOUR = 60 * 60 * 1000;
const A = 'https://max.ru/join/AAAA';
const B = 'https://max.ru/join/BBBB';
const chat = (id: MaxId, link?: string, extra: Partial<BridgeChat> = {}): BridgeChat => ({
  id,
  type: 'CHAT',
  ...(link ? { link } : {}),
  ...extra,
});

describe('updateOwnLinkHistory', () => {
  it('records each chat’s own invite link, normalized; ignores non-invite links and chats without one', () => {
    const h = updateOwnLinkHistory(
      {},
      [chat('-1', 'max.ru/join/AAAA/?utm=x'), chat('-2', 'https://max.ru/mozhaysk_tech'), chat('-3')],
      T0,
    );
    expect(h).toEqual({ [A]: { chatId: '-1', firstSeenAt: T0, lastSeenAt: T0 } });
  });

  it('accepts chats by id as well', () => {
    expect(updateOwnLinkHistory({}, { '-1': chat('-1', A) }, T0)).toEqual(
      updateOwnLinkHistory({}, [chat('-1', A)], T0),
    );
  });

  it('marks the previous link of a chat as replaced when the chat shows another one', () => {
    const h1 = updateOwnLinkHistory({}, [chat('-1', A)], T0);
    const h2 = updateOwnLinkHistory(h1, [chat('-1', B)], T0 + 5 * HOUR);
    expect(h2[A]).toEqual({ chatId: '-1', firstSeenAt: T0, lastSeenAt: T0, replacedAt: T0 + 5 * HOUR });
    expect(h2[B]).toEqual({ chatId: '-1', firstSeenAt: T0 + 5 * HOUR, lastSeenAt: T0 + 5 * HOUR });
    // Later updates keep the first replacedAt.
    const h3 = updateOwnLinkHistory(h2, [chat('-1', B)], T0 + 50 * HOUR);
    expect(h3[A]?.replacedAt).toBe(T0 + 5 * HOUR);
    expect(h1).toEqual({ [A]: { chatId: '-1', firstSeenAt: T0, lastSeenAt: T0 } }); // not mutated
  });

  it('a chat without `link` in a later frame is not a reset', () => {
    const h1 = updateOwnLinkHistory({}, [chat('-1', A)], T0);
    expect(updateOwnLinkHistory(h1, [chat('-1')], T0 + 5 * HOUR)).toBe(h1);
  });

  it('a link shown again is current again', () => {
    let h = updateOwnLinkHistory({}, [chat('-1', A)], T0);
    h = updateOwnLinkHistory(h, [chat('-1', B)], T0 + HOUR);
    h = updateOwnLinkHistory(h, [chat('-1', A)], T0 + 2 * HOUR);
    expect(h[A]).toEqual({ chatId: '-1', firstSeenAt: T0, lastSeenAt: T0 + 2 * HOUR });
    expect(h[B]?.replacedAt).toBe(T0 + 2 * HOUR);
  });

  it('returns the same object when nothing changed; lastSeenAt moves at most once an hour', () => {
    const h1 = updateOwnLinkHistory({}, [chat('-1', A)], T0);
    expect(updateOwnLinkHistory(h1, [chat('-1', A)], T0 + LAST_SEEN_RESOLUTION_MS - 1)).toBe(h1);
    const h2 = updateOwnLinkHistory(h1, [chat('-1', A)], T0 + LAST_SEEN_RESOLUTION_MS);
    expect(h2[A]?.lastSeenAt).toBe(T0 + LAST_SEEN_RESOLUTION_MS);
    expect(updateOwnLinkHistory(h1, [chat('-1', A)], Number.NaN)).toBe(h1);
  });

  it('drops malformed entries from storage', () => {
    const junk = {
      [A]: { chatId: '-1', firstSeenAt: T0, lastSeenAt: T0 },
      'https://max.ru/join/CCCC/': { chatId: '-3', firstSeenAt: T0, lastSeenAt: T0 },
      'not a link': { chatId: '-2', firstSeenAt: T0, lastSeenAt: T0 },
      [B]: { chatId: 'x', firstSeenAt: T0 },
      // A number is how version 1 kept ids; the database upgrade turned them into strings.
      'https://max.ru/join/DDDD': { chatId: -4, firstSeenAt: T0, lastSeenAt: T0 },
      __proto__: { chatId: '-9', firstSeenAt: T0, lastSeenAt: T0 },
    } as unknown as OwnLinkHistory;
    expect(cleanOwnLinkHistory(junk)).toEqual({
      [A]: { chatId: '-1', firstSeenAt: T0, lastSeenAt: T0 },
      'https://max.ru/join/CCCC': { chatId: '-3', firstSeenAt: T0, lastSeenAt: T0 },
    });
    expect(cleanOwnLinkHistory(null)).toEqual({});
    const clean = { [A]: { chatId: '-1', firstSeenAt: T0, lastSeenAt: T0 } };
    expect(cleanOwnLinkHistory(clean)).toBe(clean);
  });

  it('caps its size, dropping replaced links seen longest ago first', () => {
    let h: OwnLinkHistory = {};
    const n = MAX_OWN_LINK_HISTORY + 10;
    for (let i = 0; i < n; i++) {
      h[`https://max.ru/join/old${i}`] = { chatId: '-5', firstSeenAt: T0 + i, lastSeenAt: T0 + i, replacedAt: T0 + n };
    }
    h = updateOwnLinkHistory(h, [chat('-1', A), chat('-2', B)], T0 + 2 * n);
    expect(Object.keys(h)).toHaveLength(MAX_OWN_LINK_HISTORY);
    expect(h[A]).toBeDefined();
    expect(h[B]).toBeDefined();
    expect(h['https://max.ru/join/old0']).toBeUndefined();
    expect(h[`https://max.ru/join/old${n - 1}`]).toBeDefined();
  });
});

describe('chatList', () => {
  it('one chat per id, the later lastEventTime wins whatever the order, sorted by id', () => {
    const a = chat('-1', A, { lastEventTime: 1 });
    const b = chat('-1', B, { lastEventTime: 2 });
    expect(chatList([a, b, chat('5')])).toEqual([b, chat('5')]);
    expect(chatList([chat('5'), b, a])).toEqual([b, chat('5')]);
    expect(chatList(null)).toEqual([]);
  });
});
