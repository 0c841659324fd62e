import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BridgeChat, MaxId } from '@/utils/max/bridge-events';
import {
  chatList,
  cleanOwnLinkHistory,
  LAST_SEEN_RESOLUTION_MS,
  MAX_BASELINE_MEMBERS,
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

describe('updateOwnLinkHistory: the baseline', () => {
  /** Members as MAX sends them: the times are last reads, and the baseline keeps none. */
  const listed = (ids: MaxId[]) => ({
    members: ids.map((id, i) => [id, T0 - i] as [MaxId, number]),
    participantsCount: ids.length,
  });

  it('a new entry takes the chat’s count and member ids (sorted, no times) as its baseline', () => {
    const h = updateOwnLinkHistory({}, [chat('-1', A, listed(['3', '1000001', '20']))], T0);
    expect(h[A]).toEqual({
      chatId: '-1',
      firstSeenAt: T0,
      lastSeenAt: T0,
      baseline: { at: T0, count: 3, members: ['1000001', '20', '3'] },
    });
  });

  it('the count only: past MAX_BASELINE_MEMBERS ids, with a partial list, or for a channel', () => {
    const many = Array.from({ length: MAX_BASELINE_MEMBERS + 1 }, (_, i) => String(i + 1));
    expect(updateOwnLinkHistory({}, [chat('-1', A, listed(many))], T0)[A]?.baseline).toEqual({
      at: T0,
      count: MAX_BASELINE_MEMBERS + 1,
    });
    const upTo = many.slice(0, MAX_BASELINE_MEMBERS);
    expect(updateOwnLinkHistory({}, [chat('-1', A, listed(upTo))], T0)[A]?.baseline?.members).toHaveLength(
      MAX_BASELINE_MEMBERS,
    );
    const partial = chat('-1', A, { members: [['1', T0]], participantsCount: 13 });
    expect(updateOwnLinkHistory({}, [partial], T0)[A]?.baseline).toEqual({ at: T0, count: 13 });
    const channel = chat('-1', A, { type: 'CHANNEL', members: [['1', T0]], participantsCount: 178000 });
    expect(updateOwnLinkHistory({}, [channel], T0)[A]?.baseline).toEqual({ at: T0, count: 178000 });
    const noCount = chat('-1', A, { members: [['1', T0]] });
    expect(updateOwnLinkHistory({}, [noCount], T0)[A]?.baseline).toEqual({ at: T0, members: ['1'] });
  });

  it('an entry without one gets it the first time the chat carries a count or members, then never again', () => {
    const h1 = updateOwnLinkHistory({}, [chat('-1', A)], T0);
    expect(h1[A]).toEqual({ chatId: '-1', firstSeenAt: T0, lastSeenAt: T0 });
    expect(updateOwnLinkHistory(h1, [chat('-1', A)], T0 + 1)).toBe(h1);
    const h2 = updateOwnLinkHistory(h1, [chat('-1', A, listed(['1', '2']))], T0 + 1);
    expect(h2[A]).toEqual({
      chatId: '-1',
      firstSeenAt: T0,
      lastSeenAt: T0,
      baseline: { at: T0 + 1, count: 2, members: ['1', '2'] },
    });
    // Growth later leaves the baseline as it was: it is what growth is measured from.
    const h3 = updateOwnLinkHistory(h2, [chat('-1', A, listed(['1', '2', '3']))], T0 + 2 * HOUR);
    expect(h3[A]?.baseline).toEqual({ at: T0 + 1, count: 2, members: ['1', '2'] });
    expect(h3[A]?.lastSeenAt).toBe(T0 + 2 * HOUR);
    expect(updateOwnLinkHistory(h3, [chat('-1', A, listed(['1', '2', '3', '4']))], T0 + 2 * HOUR)).toBe(h3);
  });

  it('a chat known only from the stored snapshot gives no baseline; the live chat does', () => {
    const stored = { ...chat('-1', A, listed(['1'])), fromStore: true } as BridgeChat;
    const h1 = updateOwnLinkHistory({}, [stored], T0);
    expect(h1[A]?.baseline).toBeUndefined();
    expect(updateOwnLinkHistory(h1, [chat('-1', A, listed(['1', '2']))], T0 + 1)[A]?.baseline).toEqual({
      at: T0 + 1,
      count: 2,
      members: ['1', '2'],
    });
  });

  it('a replaced link keeps its baseline’s date and count, not its member ids; the new link gets its own', () => {
    const h1 = updateOwnLinkHistory({}, [chat('-1', A, listed(['1', '2']))], T0);
    const h2 = updateOwnLinkHistory(h1, [chat('-1', B, listed(['1', '2', '3']))], T0 + HOUR);
    expect(h2[A]?.baseline).toEqual({ at: T0, count: 2 });
    expect(h2[B]?.baseline).toEqual({ at: T0 + HOUR, count: 3, members: ['1', '2', '3'] });
  });

  it('reading from storage drops a malformed baseline and keeps the entry', () => {
    const good = { chatId: '-1', firstSeenAt: T0, lastSeenAt: T0, baseline: { at: T0, count: 2, members: ['1', '2'] } };
    const clean = { [A]: good };
    expect(cleanOwnLinkHistory(clean)).toBe(clean);
    for (const baseline of [
      null,
      [],
      { count: 2 },
      { at: -1 },
      { at: T0, count: 1.5 },
      { at: T0, count: -1 },
      { at: T0, members: [1, 2] },
      { at: T0, members: 'x' },
      { at: T0, members: Array.from({ length: MAX_BASELINE_MEMBERS + 1 }, (_, i) => String(i)) },
    ]) {
      const stored = { [A]: { ...good, baseline } } as unknown as OwnLinkHistory;
      expect(cleanOwnLinkHistory(stored)).toEqual({ [A]: { chatId: '-1', firstSeenAt: T0, lastSeenAt: T0 } });
    }
  });

  it('never throws on any history and chats, and what it returns is clean', () => {
    const arbChat = fc.record(
      {
        id: fc.constantFrom('-1', '-2', '3', 'x'),
        type: fc.constantFrom('CHAT', 'CHANNEL', 'DIALOG'),
        link: fc.constantFrom(A, B, 'max.ru/join/CCCC', 'https://max.ru/mozhaysk_tech'),
        participantsCount: fc.oneof(fc.nat(5), fc.double()),
        members: fc.array(fc.tuple(fc.constantFrom('1', '2', '3', 4 as unknown as string), fc.nat())),
        fromStore: fc.boolean(),
      },
      { requiredKeys: ['id'] },
    );
    fc.assert(
      fc.property(
        fc.oneof(fc.anything(), fc.dictionary(fc.constantFrom(A, B, 'junk'), fc.anything())),
        fc.oneof(fc.anything(), fc.array(arbChat)),
        fc.oneof(fc.constant(T0), fc.anything()),
        (history, chats, now) => {
          const h = updateOwnLinkHistory(history as OwnLinkHistory, chats as BridgeChat[], now as number);
          expect(cleanOwnLinkHistory(h)).toBe(h);
        },
      ),
    );
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
