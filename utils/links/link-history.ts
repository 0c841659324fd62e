/**
 * The history of chats' own invite links. A chat has one invite link at a time; when its owner resets it
 * (MAX's CHAT_UPDATE with `revokePrivateLink`), the chat shows another `link` and the old one stops working.
 * MAX sends no history, so Сверка keeps what it saw: every own link, when it was first and last seen, and
 * when Сверка first saw the chat show another one (`replacedAt`), and a baseline of the chat's members taken when
 * Сверка first saw the link (see `LinkBaseline`). The content script/background stores it; this module is pure (no
 * clock: `now` is passed in).
 */
import { type BridgeChat, MAX_MEMBERS_PER_CHAT, type MaxId } from '@/utils/max/bridge-events';
import { isChannel } from '@/utils/max/chat-kind';
import { normalizeInviteUrl } from '@/utils/max/invite-url';
import { compareMaxIds, isMaxId } from '@/utils/snapshot/max-id';

/**
 * The target chat as Сверка first saw it with the link (utils/max/PROTOCOL.md: `participants` values are last-read
 * times, not join times, so a link counts as used only on growth since this baseline, never on those times).
 */
export interface LinkBaseline {
  /** When it was taken (ms): the first time Сверка saw the link while the chat carried a count or members. */
  at: number;
  /** The chat's `participantsCount` then. */
  count?: number;
  /**
   * The chat's member ids then, sorted (string order); only a complete list (not fewer than `count`) of at most
   * MAX_BASELINE_MEMBERS ids, and never a channel's (its `participants` are not its membership).
   */
  members?: MaxId[];
}

export interface OwnLinkHistoryEntry {
  chatId: MaxId;
  /** When Сверка first saw this link as the chat's own link (ms). */
  firstSeenAt: number;
  /** When Сверка last saw it as the chat's own link (ms; bumped at most once per LAST_SEEN_RESOLUTION_MS). */
  lastSeenAt: number;
  /**
   * When Сверка first saw the chat show another link (ms). The reset happened between `lastSeenAt` and this.
   * Cleared if the chat shows this link again.
   */
  replacedAt?: number;
  /** The target chat's members when Сверка first saw the link (or, for an older entry, first saw them). */
  baseline?: LinkBaseline;
}

/** Keyed by the normalized invite URL (`https://max.ru/join/<token>`). */
export type OwnLinkHistory = Record<string, OwnLinkHistoryEntry>;

/** Entries kept at most; replaced links seen longest ago go first, then current ones seen longest ago. */
export const MAX_OWN_LINK_HISTORY = 2000;
/** `lastSeenAt` moves only when it is this much older than `now`, so an unchanged list gives back the same object. */
export const LAST_SEEN_RESOLUTION_MS = 60 * 60 * 1000;
/** A baseline keeps member ids only up to this many; a bigger chat keeps its count only. */
export const MAX_BASELINE_MEMBERS = 1000;

export type ChatsInput = readonly BridgeChat[] | Readonly<Record<MaxId, BridgeChat>>;

function isTime(x: unknown): x is number {
  return typeof x === 'number' && Number.isFinite(x) && x >= 0;
}

function isCount(x: unknown): x is number {
  return typeof x === 'number' && Number.isSafeInteger(x) && x >= 0;
}

/** Chats as one list, one per id (on a duplicate id the later `lastEventTime` wins), ordered by id (string order). */
export function chatList(chats: ChatsInput | null | undefined): BridgeChat[] {
  if (chats === null || typeof chats !== 'object') return [];
  const all = (Array.isArray(chats) ? chats : Object.values(chats)) as unknown[];
  const byId = new Map<MaxId, BridgeChat>();
  for (const c of all) {
    if (c === null || typeof c !== 'object') continue;
    const chat = c as BridgeChat;
    if (!isMaxId(chat.id)) continue;
    const before = byId.get(chat.id);
    if (before === undefined || preferLater(chat, before)) byId.set(chat.id, chat);
  }
  return [...byId.values()].sort((a, b) => compareMaxIds(a.id, b.id));
}

/** Deterministic choice between two records of one chat, whatever their order. */
function preferLater(a: BridgeChat, b: BridgeChat): boolean {
  const ta = isTime(a.lastEventTime) ? a.lastEventTime : -1;
  const tb = isTime(b.lastEventTime) ? b.lastEventTime : -1;
  if (ta !== tb) return ta > tb;
  return JSON.stringify(a) > JSON.stringify(b);
}

/** The chat's own invite link, normalized; null when it has none or it is not an invite (a channel's public name). */
export function ownInviteUrl(chat: BridgeChat): string | null {
  return typeof chat.link === 'string' ? normalizeInviteUrl(chat.link) : null;
}

/**
 * What Сверка takes as the baseline of `chat` at `now`: its `participantsCount`, and its member ids when the list is
 * complete, not a channel's and not longer than MAX_BASELINE_MEMBERS. Null when the chat carries neither.
 */
export function baselineOf(chat: BridgeChat, now: number): LinkBaseline | null {
  if (!isTime(now) || chat === null || typeof chat !== 'object') return null;
  const count = isCount(chat.participantsCount) ? chat.participantsCount : undefined;
  let members: MaxId[] | undefined;
  if (!isChannel(chat) && Array.isArray(chat.members)) {
    const ids = new Set<MaxId>();
    let bad = false;
    for (const pair of chat.members as unknown[]) {
      if (Array.isArray(pair) && isMaxId(pair[0])) ids.add(pair[0]);
      else bad = true;
    }
    const complete = !bad && (count !== undefined ? ids.size >= count : chat.members.length < MAX_MEMBERS_PER_CHAT);
    if (complete && ids.size <= MAX_BASELINE_MEMBERS) members = [...ids].sort(compareMaxIds);
  }
  if (count === undefined && members === undefined) return null;
  return { at: now, ...(count !== undefined ? { count } : {}), ...(members !== undefined ? { members } : {}) };
}

function validBaseline(b: unknown): b is LinkBaseline {
  if (b === null || typeof b !== 'object' || Array.isArray(b)) return false;
  const x = b as LinkBaseline;
  return (
    isTime(x.at) &&
    (x.count === undefined || isCount(x.count)) &&
    (x.members === undefined ||
      (Array.isArray(x.members) && x.members.length <= MAX_BASELINE_MEMBERS && x.members.every(isMaxId)))
  );
}

function validEntry(e: unknown): e is OwnLinkHistoryEntry {
  if (e === null || typeof e !== 'object') return false;
  const x = e as OwnLinkHistoryEntry;
  return (
    isMaxId(x.chatId) &&
    isTime(x.firstSeenAt) &&
    isTime(x.lastSeenAt) &&
    (x.replacedAt === undefined || isTime(x.replacedAt))
  );
}

/** The entry with a malformed baseline dropped (the rest of the entry is still good), or the entry itself. */
function withValidBaseline(entry: OwnLinkHistoryEntry): OwnLinkHistoryEntry {
  if (entry.baseline === undefined || validBaseline(entry.baseline)) return entry;
  const { baseline: _dropped, ...rest } = entry;
  return rest;
}

/**
 * The history as read from storage, with anything malformed dropped (a malformed baseline alone drops only the
 * baseline) and keys normalized. Returns the same object when it was already clean.
 */
export function cleanOwnLinkHistory(history: unknown): OwnLinkHistory {
  if (history === null || typeof history !== 'object' || Array.isArray(history)) return {};
  let clean = true;
  const out: OwnLinkHistory = {};
  for (const [key, entry] of Object.entries(history)) {
    const url = normalizeInviteUrl(key);
    if (url === null || !validEntry(entry)) {
      clean = false;
      continue;
    }
    const good = withValidBaseline(entry);
    if (url !== key || good !== entry) clean = false;
    const before = out[url];
    out[url] = before === undefined || good.lastSeenAt > before.lastSeenAt ? good : before;
  }
  return clean ? (history as OwnLinkHistory) : out;
}

/**
 * Records each chat's current own link at `now`, and marks the other links recorded for that chat as replaced.
 * A chat without `link` changes nothing (MAX does not always send it; its absence is not a reset).
 * A new entry takes the chat's baseline (`baselineOf`) at `now`; an entry without one gets it the first time the
 * chat carries a count or members. Chats known only from the stored snapshot (`fromStore`) give no baseline: their
 * data is older than `now`. A replaced link's baseline keeps no member ids (growth no longer counts for it).
 * Pure: returns a new object when anything changed, else the same `history`.
 */
export function updateOwnLinkHistory(history: OwnLinkHistory, chats: ChatsInput, now: number): OwnLinkHistory {
  const before = cleanOwnLinkHistory(history);
  if (!isTime(now)) return before;
  let next: OwnLinkHistory | null = before === history ? null : { ...before };
  const write = (): OwnLinkHistory => {
    if (next === null) next = { ...before };
    return next;
  };
  const current = new Map<MaxId, string>();
  const chatById = new Map<MaxId, BridgeChat>();
  for (const chat of chatList(chats)) {
    const url = ownInviteUrl(chat);
    if (url === null) continue;
    current.set(chat.id, url);
    chatById.set(chat.id, chat);
  }
  const baselineFor = (chatId: MaxId): LinkBaseline | null => {
    const chat = chatById.get(chatId) as BridgeChat & { fromStore?: unknown };
    return chat.fromStore === true ? null : baselineOf(chat, now);
  };
  for (const [chatId, url] of current) {
    const entry = (next ?? before)[url];
    if (entry === undefined || entry.chatId !== chatId) {
      const baseline = baselineFor(chatId);
      write()[url] = { chatId, firstSeenAt: now, lastSeenAt: now, ...(baseline ? { baseline } : {}) };
      continue;
    }
    const bump = entry.replacedAt !== undefined || now - entry.lastSeenAt >= LAST_SEEN_RESOLUTION_MS;
    const baseline = entry.baseline ?? baselineFor(chatId) ?? undefined;
    if (bump || baseline !== entry.baseline) {
      write()[url] = {
        chatId,
        firstSeenAt: entry.firstSeenAt,
        lastSeenAt: bump ? Math.max(entry.lastSeenAt, now) : entry.lastSeenAt,
        ...(baseline ? { baseline } : {}),
      };
    }
  }
  for (const [url, entry] of Object.entries(next ?? before)) {
    const showing = current.get(entry.chatId);
    if (showing !== undefined && showing !== url && entry.replacedAt === undefined) {
      const replaced: OwnLinkHistoryEntry = { ...entry, replacedAt: Math.max(now, entry.lastSeenAt) };
      if (entry.baseline?.members !== undefined) {
        const { members: _dropped, ...baseline } = entry.baseline;
        replaced.baseline = baseline;
      }
      write()[url] = replaced;
    }
  }
  if (next === null) return before;
  return capHistory(next);
}

function capHistory(history: OwnLinkHistory): OwnLinkHistory {
  const urls = Object.keys(history);
  if (urls.length <= MAX_OWN_LINK_HISTORY) return history;
  const rank = (url: string) => history[url] as OwnLinkHistoryEntry;
  urls.sort((a, b) => {
    const ea = rank(a);
    const eb = rank(b);
    const ra = ea.replacedAt !== undefined ? 0 : 1;
    const rb = eb.replacedAt !== undefined ? 0 : 1;
    if (ra !== rb) return ra - rb; // replaced first (dropped first)
    if (ea.lastSeenAt !== eb.lastSeenAt) return ea.lastSeenAt - eb.lastSeenAt;
    return a < b ? -1 : a > b ? 1 : 0;
  });
  const kept: OwnLinkHistory = {};
  for (const url of urls.slice(urls.length - MAX_OWN_LINK_HISTORY)) kept[url] = rank(url);
  return kept;
}
