/**
 * The history of chats' own invite links. A chat has one invite link at a time; when its owner resets it
 * (MAX's CHAT_UPDATE with `revokePrivateLink`), the chat shows another `link` and the old one stops working.
 * MAX sends no history, so Сверка keeps what it saw: every own link, when it was first and last seen, and
 * when Сверка first saw the chat show another one (`replacedAt`). The content script/background stores it;
 * this module is pure (no clock: `now` is passed in).
 */
import type { BridgeChat, MaxId } from '../max/bridge-events';
import { compareMaxIds, isMaxId } from '../snapshot/max-id';
import { normalizeInviteUrl } from './invite-url';

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
}

/** Keyed by the normalized invite URL (`https://max.ru/join/<token>`). */
export type OwnLinkHistory = Record<string, OwnLinkHistoryEntry>;

/** Entries kept at most; replaced links seen longest ago go first, then current ones seen longest ago. */
export const MAX_OWN_LINK_HISTORY = 2000;
/** `lastSeenAt` moves only when it is this much older than `now`, so an unchanged list gives back the same object. */
export const LAST_SEEN_RESOLUTION_MS = 60 * 60 * 1000;

export type ChatsInput = readonly BridgeChat[] | Readonly<Record<MaxId, BridgeChat>>;

function isTime(x: unknown): x is number {
  return typeof x === 'number' && Number.isFinite(x) && x >= 0;
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

/**
 * The history as read from storage, with anything malformed dropped and keys normalized. Returns the same
 * object when it was already clean.
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
    if (url !== key) clean = false;
    const before = out[url];
    out[url] = before === undefined || entry.lastSeenAt > before.lastSeenAt ? entry : before;
  }
  return clean ? (history as OwnLinkHistory) : out;
}

/**
 * Records each chat's current own link at `now`, and marks the other links recorded for that chat as replaced.
 * A chat without `link` changes nothing (MAX does not always send it; its absence is not a reset).
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
  for (const chat of chatList(chats)) {
    const url = ownInviteUrl(chat);
    if (url !== null) current.set(chat.id, url);
  }
  for (const [chatId, url] of current) {
    const entry = (next ?? before)[url];
    if (entry === undefined || entry.chatId !== chatId) {
      write()[url] = { chatId, firstSeenAt: now, lastSeenAt: now };
    } else if (entry.replacedAt !== undefined || now - entry.lastSeenAt >= LAST_SEEN_RESOLUTION_MS) {
      write()[url] = { chatId, firstSeenAt: entry.firstSeenAt, lastSeenAt: Math.max(entry.lastSeenAt, now) };
    }
  }
  for (const [url, entry] of Object.entries(next ?? before)) {
    const showing = current.get(entry.chatId);
    if (showing !== undefined && showing !== url && entry.replacedAt === undefined) {
      write()[url] = { ...entry, replacedAt: Math.max(now, entry.lastSeenAt) };
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
