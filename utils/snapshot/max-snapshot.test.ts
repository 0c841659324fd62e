import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type BridgeChat,
  type BridgeEvent,
  type BridgeEventBody,
  type MaxId,
  makeBridgeEvent,
  type SeenLink,
} from '@/utils/max/bridge-events';
import {
  applyBridgeEvent,
  applyBridgeEvents,
  completeFromStore,
  countChats,
  emptySnapshot,
  MAX_LINKS_KEPT,
  type MaxSnapshot,
  toStoredSnapshot,
} from './max-snapshot';

const chat = (id: MaxId, extra: Partial<BridgeChat> = {}): BridgeChat => ({
  id,
  type: 'CHAT',
  status: 'ACTIVE',
  title: `Чат ${id}`,
  ...extra,
});
const range = (from: number, n: number) => Array.from({ length: n }, (_, i) => chat(String(from + i)));
const apply = (s: MaxSnapshot, body: BridgeEventBody, now = 1000) => applyBridgeEvent(s, makeBridgeEvent(body), now);
/** What MAX web asks for at login today (binary protocol 10). */
const LOGIN_SIZE = 15;
const login = (chats: BridgeChat[]) =>
  ({ type: 'chats', origin: 'login', received: chats.length, listEnd: false, chats }) as const;
/** A CHATS_LIST answer; `last`: MAX said nothing more is left (no next marker, or an empty answer). */
const page = (chats: BridgeChat[], last = false) =>
  ({ type: 'chats', origin: 'chats-list', received: chats.length, listEnd: last, chats }) as const;

describe('completeness of the chat list', () => {
  it('a short login is not the whole list: a login after a sync carries only what changed', () => {
    const s = apply(emptySnapshot(), login(range(1, 3)));
    expect(s.listComplete).toBe(false);
    expect(s.protocol).toBe('ok');
    expect(countChats(s).groups).toBe(3);
  });

  it('a short page is not the end either; only MAX saying so is', () => {
    let s = apply(emptySnapshot(), login(range(1, LOGIN_SIZE)));
    expect(s.listComplete).toBe(false);
    s = apply(s, page(range(100, 40)));
    s = apply(s, page(range(200, 3)));
    expect(s.listComplete).toBe(false);
    s = apply(s, page(range(300, 2), true));
    expect(s.listComplete).toBe(true);
    expect(s.liveChats).toBe(LOGIN_SIZE + 40 + 3 + 2);
  });

  it('an empty last page ends the list, and it stays ended', () => {
    let s = apply(emptySnapshot(), login(range(1, LOGIN_SIZE)));
    s = apply(s, page([], true));
    expect(s.listComplete).toBe(true);
    s = apply(s, page(range(400, 2)));
    expect(s.listComplete).toBe(true);
  });

  it('a login never ends the list, however it is marked', () => {
    const s = apply(emptySnapshot(), { ...login(range(1, 2)), listEnd: true });
    expect(s.listComplete).toBe(false);
  });

  it('a frame the bridge could not read is said, not shown as zero chats', () => {
    const s = apply(emptySnapshot(), { type: 'protocol', status: 'unreadable', detail: 'LOGIN: no chats' });
    expect(s.protocol).toBe('unreadable');
    expect(s.protocolDetail).toContain('LOGIN');
  });
});

describe('changes after login', () => {
  it('renames, member changes and removal are reflected', () => {
    let s = apply(emptySnapshot(), login(range(1, 3)));
    s = apply(s, { type: 'chat-updated', chat: chat('2', { title: 'ИСП-21 Родители' }) });
    expect(s.chats['2']?.title).toBe('ИСП-21 Родители');
    s = apply(s, { type: 'chat-updated', chat: chat('3', { status: 'REMOVED' }) });
    expect(countChats(s)).toMatchObject({ groups: 2, inactive: 1, total: 2 });
    s = apply(s, { type: 'chat-updated', chat: chat('4', { type: 'CHANNEL' }) });
    expect(countChats(s)).toMatchObject({ groups: 2, channels: 1, total: 3 });
  });

  it('an archived chat still counts; a removed or left one, or any other status, does not', () => {
    let s = apply(emptySnapshot(), login(range(1, 3)));
    s = apply(s, { type: 'chat-updated', chat: chat('1', { status: 'ARCHIVED' }) });
    expect(countChats(s)).toMatchObject({ groups: 3, inactive: 0, total: 3 });
    s = apply(s, { type: 'chat-updated', chat: chat('2', { status: 'LEFT' }) });
    s = apply(s, { type: 'chat-updated', chat: chat('3', { status: 'SOMETHING_NEW' }) });
    expect(countChats(s)).toMatchObject({ groups: 1, inactive: 2, total: 1 });
  });

  it('keeps members a later frame omitted', () => {
    let s = apply(emptySnapshot(), login([chat('1', { members: [['7', 100]] })]));
    s = apply(s, { type: 'chat-updated', chat: chat('1', { title: 'new' }) });
    expect(s.chats['1']?.members).toEqual([['7', 100]]);
  });

  it('a closed socket marks the picture as possibly missing events until the next login', () => {
    let s = apply(emptySnapshot(), login(range(1, 3)));
    s = apply(s, { type: 'protocol', status: 'closed' });
    expect(s.reconnecting).toBe(true);
    s = apply(s, login(range(1, 4)));
    expect(s.reconnecting).toBe(false);
    expect(s.liveChats).toBe(4);
  });

  it('dedupes links seen twice', () => {
    const link = { url: 'https://max.ru/join/abc', chatId: '1', messageId: '5' };
    let s = apply(emptySnapshot(), { type: 'links-seen', links: [link] });
    const again = apply(s, { type: 'links-seen', links: [link] });
    expect(again).toBe(s);
    s = apply(s, { type: 'links-seen', links: [{ ...link, messageId: '6' }] });
    expect(s.links).toHaveLength(2);
  });
});

describe('stored snapshot', () => {
  const me = { type: 'me', me: { id: '9', name: 'Иванова Мария Петровна' } } as const;

  it('nothing is stored before the user and the chats are known', () => {
    expect(toStoredSnapshot(emptySnapshot(), 1)).toBeNull();
    expect(toStoredSnapshot(apply(emptySnapshot(), me), 1)).toBeNull();
  });

  it('completes a partial list with stored chats, marked, and drops them once the end is seen', () => {
    let live = apply(apply(emptySnapshot(), me), login(range(1, LOGIN_SIZE)));
    const stored = toStoredSnapshot(apply(live, page(range(100, 5))), 500);
    if (!stored) throw new Error('expected a stored snapshot');
    live = completeFromStore(live, { ...stored, chats: [...stored.chats, chat('999')] });
    expect(countChats(live)).toMatchObject({ total: LOGIN_SIZE + 6, fromStore: 6 });
    expect(live.storedAt).toBe(500);
    // A page that does not end the list keeps the stored chats…
    live = apply(live, page(range(100, 5)));
    expect(live.listComplete).toBe(false);
    expect(live.chats['999']?.fromStore).toBe(true);
    // …the end of the list drops the ones MAX never showed.
    live = apply(live, page([], true));
    expect(live.listComplete).toBe(true);
    expect(live.chats['999']).toBeUndefined();
    expect(countChats(live)).toMatchObject({ total: LOGIN_SIZE + 5, fromStore: 0 });
  });

  it('never completes from another user’s snapshot', () => {
    const live = apply(apply(emptySnapshot(), me), login(range(1, LOGIN_SIZE)));
    const other = { userId: '10', savedAt: 1, listComplete: true, chats: [chat('500')], contacts: {}, links: [] };
    expect(completeFromStore(live, other)).toBe(live);
  });
});

describe('merging a batch (applyBridgeEvents)', () => {
  const linkEvent = (ns: number[]) =>
    makeBridgeEvent({
      type: 'links-seen',
      links: ns.map((n) => ({ url: `https://max.ru/join/t${n % 50}`, chatId: `-${n % 7}`, messageId: String(n) })),
    });
  const eventArb = fc.oneof(
    fc.array(fc.integer({ min: 1, max: 30 }), { maxLength: 6 }).map((ids) =>
      makeBridgeEvent({
        type: 'chats',
        origin: 'chats-list',
        received: ids.length,
        listEnd: false,
        chats: ids.map((id) => chat(String(id))),
      }),
    ),
    fc.constant(makeBridgeEvent(page([chat('99')], true))),
    fc
      .tuple(fc.integer({ min: 1, max: 30 }), fc.constantFrom('ACTIVE', 'REMOVED'), fc.string({ maxLength: 5 }))
      .map(([id, status, title]) =>
        makeBridgeEvent({ type: 'chat-updated', chat: chat(String(id), { status, title }) }),
      ),
    fc.array(fc.integer({ min: 0, max: 400 }), { maxLength: 8 }).map(linkEvent),
    fc.constant(makeBridgeEvent({ type: 'protocol', status: 'closed' })),
    fc.constant(makeBridgeEvent({ type: 'shed', frames: 2 })),
  );
  const stored = () => ({
    userId: '1',
    savedAt: 10,
    listComplete: false,
    chats: range(20, 15),
    contacts: {},
    links: [],
  });
  /** The links a plain reading gives: every new (url, chat, message) once, in order. */
  const plainLinks = (events: BridgeEvent[]) => {
    const seen = new Map<string, SeenLink>();
    for (const event of events)
      if (event.type === 'links-seen')
        for (const l of event.links) {
          const key = `${l.url} ${l.chatId} ${l.messageId}`;
          if (!seen.has(key)) seen.set(key, l);
        }
    return [...seen.values()];
  };

  it('gives what the events one by one give, whatever the batch holds', () => {
    fc.assert(
      fc.property(fc.array(eventArb, { maxLength: 40 }), fc.nat({ max: 40 }), (events, cut) => {
        const start = completeFromStore(apply(emptySnapshot(), login(range(1, 5))), stored());
        const oneByOne = events.reduce((s, event) => applyBridgeEvent(s, event, 2000), start);
        expect(oneByOne.links).toEqual(plainLinks(events));
        // Two batches, and the first merged again from an older value (its link keys moved on to the newer list).
        const first = applyBridgeEvents(start, events.slice(0, cut), 2000);
        const batched = applyBridgeEvents(first, events.slice(cut), 2000);
        expect(batched).toEqual(oneByOne);
        // The same batch applied to `first` once more: its list's keys went to `batched`'s and must not answer here.
        expect(applyBridgeEvents(first, events.slice(cut), 2000)).toEqual(oneByOne);
        expect(applyBridgeEvents(start, events, 2000)).toEqual(oneByOne);
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 300) },
    );
  });

  it('keeps the newest links past the cap, and a link that fell out counts as new again', () => {
    const many = Array.from({ length: MAX_LINKS_KEPT + 100 }, (_, n) => ({
      url: `https://max.ru/join/t${n}`,
      chatId: '-1',
      messageId: String(n),
    }));
    let s = emptySnapshot();
    for (let i = 0; i < many.length; i += 500)
      s = applyBridgeEvents(s, [makeBridgeEvent({ type: 'links-seen', links: many.slice(i, i + 500) })], 1000);
    expect(s.links).toHaveLength(MAX_LINKS_KEPT);
    expect(s.links[0]?.messageId).toBe('100');
    const again = apply(s, { type: 'links-seen', links: [many[0] as (typeof many)[number]] });
    expect(again.links.at(-1)?.messageId).toBe('0');
    expect(apply(again, { type: 'links-seen', links: [many[0] as (typeof many)[number]] })).toBe(again);
  });

  it('a batch that changes nothing returns the same value (the sidebar does not re-render)', () => {
    const s = apply(emptySnapshot(), { type: 'links-seen', links: [{ url: 'u', chatId: '1', messageId: '1' }] });
    const same = applyBridgeEvents(
      s,
      [
        makeBridgeEvent({ type: 'links-seen', links: [{ url: 'u', chatId: '1', messageId: '1' }] }),
        makeBridgeEvent({ type: 'protocol', status: 'ok' }),
      ],
      5000,
    );
    expect(same).toBe(s);
  });
});
