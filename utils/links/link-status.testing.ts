/** Chats, messages and histories as the link tests build them; the generators for their properties. */
import fc from 'fast-check';
import type { BridgeChat, MaxId, SeenLink } from '@/utils/max/bridge-events';
import { type OwnLinkHistory, updateOwnLinkHistory } from './link-history';
import { DAY_MS, type LinkFinding, type LinkStatusInput } from './link-status';

export const NOW = 1763974800000; // 2025-11-24 12:00 MSK, the demo college's clock
export const ago = (days: number) => NOW - days * DAY_MS;
export const ME = '1000001';
export const L = (t: string) => `https://max.ru/join/${t}`;

export const chat = (id: MaxId, extra: Partial<BridgeChat> = {}): BridgeChat => ({
  id,
  type: 'CHAT',
  status: 'ACTIVE',
  ...extra,
});
export const dialog = (id: MaxId, partner: MaxId, since: number): BridgeChat => ({
  id,
  type: 'DIALOG',
  status: 'ACTIVE',
  owner: ME,
  members: [
    [ME, since],
    [partner, since],
  ],
  participantsCount: 2,
});
export const msg = (
  url: string,
  chatId: MaxId,
  time: number | undefined,
  sender = ME,
  messageId = `m${chatId}-${time}`,
): SeenLink => ({
  url,
  chatId,
  messageId,
  sender,
  ...(time !== undefined ? { time } : {}),
});
const members = (pairs: Array<[MaxId, number]>) => ({ members: pairs, participantsCount: pairs.length });

export function input(partial: Partial<LinkStatusInput>): LinkStatusInput {
  return { chats: [], seen: [], history: {}, staleDays: 14, me: { id: ME }, ...partial };
}
export const only = (findings: LinkFinding[], url: string) => {
  const f = findings.find((x) => x.url === url);
  if (!f) throw new Error(`no finding for ${url}`);
  return f;
};
export const codes = (f: LinkFinding) => f.evidence.map((e) => e.code);

/** Every member listed at one time: MAX's `participants` values are last reads, and nothing may depend on them. */
export const listed = (ids: MaxId[], at = ago(1)) => members(ids.map((id) => [id, at] as [MaxId, number]));
/** What Сверка records when it sees `chats` at `at`: their own links, each with its chat's baseline. */
export const watched = (chats: BridgeChat[], at: number, history: OwnLinkHistory = {}) =>
  updateOwnLinkHistory(history, chats, at);

export const TOKENS = ['A', 'B', 'C', 'D', 'E'];
export const arbUrl = fc.oneof(
  fc.constantFrom(...TOKENS.map(L)),
  fc.constantFrom(...TOKENS.map((t) => `max.ru/join/${t}/`)),
  fc.constantFrom('https://max.ru/sferum_help', 'junk', ''),
);
export const arbTime = fc.integer({ min: ago(60), max: NOW + DAY_MS });
export const USERS = [ME, '1', '2', '3', '4', '5'];
export const arbChat = (id: MaxId) =>
  fc.record(
    {
      id: fc.constant(id),
      type: fc.constantFrom('CHAT', 'DIALOG', 'CHANNEL'),
      status: fc.constantFrom('ACTIVE', 'ARCHIVED', 'REMOVED', 'LEFT'),
      title: fc.string({ maxLength: 5 }),
      owner: fc.constantFrom(...USERS),
      admins: fc.uniqueArray(fc.constantFrom(...USERS)),
      participantsCount: fc.nat(8),
      members: fc.uniqueArray(fc.tuple(fc.constantFrom(...USERS), arbTime), { selector: (m) => m[0] }),
      link: arbUrl,
      created: arbTime,
      lastEventTime: arbTime,
    },
    { requiredKeys: ['id', 'type'] },
  );
export const arbChats = fc
  .uniqueArray(fc.integer({ min: -6, max: 6 }).map(String), { maxLength: 7 })
  .chain((ids) => fc.tuple(...ids.map(arbChat)))
  .map((chats) => chats as BridgeChat[]);
export const arbSeen = fc.array(
  fc.record(
    {
      url: arbUrl,
      chatId: fc.integer({ min: -6, max: 6 }).map(String),
      messageId: fc.integer({ min: 0, max: 20 }).map(String),
      sender: fc.constantFrom(...USERS),
      time: arbTime,
    },
    { requiredKeys: ['url', 'chatId', 'messageId'] },
  ),
  { maxLength: 10 },
);
export const arbHistory = fc
  .array(
    fc.record(
      {
        url: arbUrl,
        chatId: fc.integer({ min: -6, max: 6 }).map(String),
        firstSeenAt: arbTime,
        lastSeenAt: arbTime,
        replacedAt: arbTime,
        baseline: fc.record(
          {
            at: arbTime,
            count: fc.nat(8),
            members: fc.uniqueArray(fc.constantFrom(...USERS)),
          },
          { requiredKeys: ['at'] },
        ),
      },
      { requiredKeys: ['url', 'chatId', 'firstSeenAt', 'lastSeenAt'] },
    ),
    { maxLength: 5 },
  )
  .map((entries) => {
    const h: OwnLinkHistory = {};
    for (const { url, ...e } of entries) h[url] = e;
    return h;
  });
export const arbInput = fc.record({
  chats: arbChats,
  seen: arbSeen,
  history: arbHistory,
  staleDays: fc.constantFrom(0, 7, 14, 30),
  me: fc.option(fc.record({ id: fc.constantFrom(...USERS) }), { nil: undefined }),
  contacts: fc.constant({ 1: 'Один', 2: 'Два' }),
});

/** A Fisher–Yates shuffle drawing from fast-check's stream of naturals. */
export function shuffler(rnd: Iterator<number>) {
  return <T>(xs: readonly T[]): T[] => {
    const out = [...xs];
    for (let k = out.length - 1; k > 0; k--) {
      const j = (rnd.next().value as number) % (k + 1);
      [out[k], out[j]] = [out[j] as T, out[k] as T];
    }
    return out;
  };
}

/** Members' times replaced by others from the stream: nothing may depend on them (they are last reads). */
export function retimed(chats: readonly BridgeChat[], times: Iterator<number>): BridgeChat[] {
  return chats.map((c) =>
    c.members ? { ...c, members: c.members.map(([id]) => [id, times.next().value as number] as [MaxId, number]) } : c,
  );
}
