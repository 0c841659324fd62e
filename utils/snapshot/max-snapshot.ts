/**
 * The content script's picture of what MAX web has shown this user: a pure merge of
 * bridge events (and of the last stored snapshot) into one value. No DOM, no clock
 * inside: `now` is passed in.
 */
import type { BridgeChat, BridgeEvent, MaxId, SeenLink } from '../max/bridge-events';

export interface SnapshotChat extends BridgeChat {
  /** Known only from the stored snapshot, not yet confirmed by this page's frames. */
  fromStore?: boolean;
}

export type ProtocolState = 'waiting' | 'ok' | 'unknown-version' | 'unreadable' | 'no-socket' | 'closed';

export interface MaxSnapshot {
  chats: Record<MaxId, SnapshotChat>;
  me?: { id: MaxId; name?: string };
  contacts: Record<MaxId, string>;
  links: SeenLink[];
  /** True once MAX has said the chat list has nothing more (a CHATS_LIST answer without a next marker, or empty). */
  listComplete: boolean;
  /** How many chats the page's frames have shown (not counting the stored ones). */
  liveChats: number;
  protocol: ProtocolState;
  protocolDetail?: string;
  /** When the page's login answer arrived (ms). */
  loginAt?: number;
  /** When the last event changed anything (ms). */
  updatedAt?: number;
  /** When the stored snapshot we completed from was saved (ms). */
  storedAt?: number;
  /** The socket closed at some point: events in the gap may be missing until the next login. */
  reconnecting: boolean;
  /** Messages with invite links the bridge skipped in a flood (never chat list frames): the links may miss some. */
  shedMessages: number;
}

export const MAX_LINKS_KEPT = 5000;

export function emptySnapshot(): MaxSnapshot {
  return {
    chats: {},
    contacts: {},
    links: [],
    listComplete: false,
    liveChats: 0,
    protocol: 'waiting',
    reconnecting: false,
    shedMessages: 0,
  };
}

/**
 * A chat counts for the audit while it is live: MAX sends `status: "ACTIVE"`, or `"ARCHIVED"` (the user moved it to
 * the archive; it still works), or nothing (not told). `REMOVED`, `LEFT` and anything else do not count.
 */
export function isActiveChat(chat: Pick<BridgeChat, 'status'>): boolean {
  return chat.status === undefined || chat.status === 'ACTIVE' || chat.status === 'ARCHIVED';
}

function upsertLive(chats: Record<MaxId, SnapshotChat>, incoming: BridgeChat): boolean {
  const before = chats[incoming.id];
  // A later frame may omit fields an earlier one had (e.g. members): keep what we knew.
  chats[incoming.id] = { ...(before?.fromStore ? {} : before), ...incoming };
  return before === undefined || before.fromStore === true;
}

function countLive(chats: Record<MaxId, SnapshotChat>): number {
  let n = 0;
  for (const chat of Object.values(chats)) if (!chat.fromStore) n++;
  return n;
}

/** When the end of the list is known, stored chats the page never showed are gone. */
function dropUnconfirmed(chats: Record<MaxId, SnapshotChat>): Record<MaxId, SnapshotChat> {
  const kept: Record<MaxId, SnapshotChat> = {};
  for (const chat of Object.values(chats)) if (!chat.fromStore) kept[chat.id] = chat;
  return kept;
}

export function applyBridgeEvent(snapshot: MaxSnapshot, event: BridgeEvent, now: number): MaxSnapshot {
  switch (event.type) {
    case 'chats': {
      const isNewLogin = event.origin === 'login';
      let chats = { ...snapshot.chats };
      for (const chat of event.chats) upsertLive(chats, chat);
      // Only MAX says the list has ended (a CHATS_LIST answer without a next marker, or an empty one: see
      // utils/max/PROTOCOL.md); a short login or page proves nothing. Stored chats the page never showed go only then.
      const listComplete = snapshot.listComplete || (event.origin === 'chats-list' && event.listEnd);
      if (listComplete) chats = dropUnconfirmed(chats);
      return {
        ...snapshot,
        chats,
        listComplete,
        liveChats: countLive(chats),
        protocol: isNewLogin ? 'ok' : snapshot.protocol,
        protocolDetail: isNewLogin ? undefined : snapshot.protocolDetail,
        loginAt: isNewLogin ? now : snapshot.loginAt,
        reconnecting: isNewLogin ? false : snapshot.reconnecting,
        updatedAt: now,
      };
    }
    case 'chat-updated': {
      const chats = { ...snapshot.chats };
      upsertLive(chats, event.chat);
      return { ...snapshot, chats, liveChats: countLive(chats), updatedAt: now };
    }
    case 'me':
      return { ...snapshot, me: event.me, updatedAt: now };
    case 'contacts': {
      const contacts = { ...snapshot.contacts };
      for (const contact of event.contacts) if (contact.name) contacts[contact.id] = contact.name;
      return { ...snapshot, contacts, updatedAt: now };
    }
    case 'links-seen': {
      const key = (link: SeenLink) => `${link.url} ${link.chatId} ${link.messageId}`;
      const known = new Set(snapshot.links.map(key));
      const added = event.links.filter((link) => !known.has(key(link)));
      if (added.length === 0) return snapshot;
      return { ...snapshot, links: [...snapshot.links, ...added].slice(-MAX_LINKS_KEPT), updatedAt: now };
    }
    case 'diagnostics':
      return snapshot; // shapes and counts for «Что видит Сверка», kept beside the snapshot (live-snapshot.ts)
    case 'shed':
      return { ...snapshot, shedMessages: snapshot.shedMessages + event.frames, updatedAt: now };
    case 'protocol': {
      if (event.status === 'closed') return { ...snapshot, reconnecting: true, updatedAt: now };
      // A late "ok" must not hide an earlier problem, and "no-socket" means nothing once a login arrived.
      if (event.status === 'ok' || (event.status === 'no-socket' && snapshot.loginAt !== undefined)) return snapshot;
      return { ...snapshot, protocol: event.status, protocolDetail: event.detail, updatedAt: now };
    }
  }
}

/** The minimal part of a snapshot that is stored in the background for reminders and for the next page load. */
export interface StoredSnapshot {
  userId: MaxId;
  userName?: string;
  savedAt: number;
  listComplete: boolean;
  chats: BridgeChat[];
  contacts: Record<MaxId, string>;
  links: SeenLink[];
}

export function toStoredSnapshot(snapshot: MaxSnapshot, now: number): StoredSnapshot | null {
  if (!snapshot.me || snapshot.liveChats === 0) return null;
  const chats = Object.values(snapshot.chats).map(({ fromStore: _fromStore, ...chat }) => chat);
  return {
    userId: snapshot.me.id,
    userName: snapshot.me.name,
    savedAt: now,
    listComplete: snapshot.listComplete,
    chats,
    contacts: snapshot.contacts,
    links: snapshot.links,
  };
}

/** Fills in the chats the page has not shown yet from the stored snapshot, marked as such. */
export function completeFromStore(snapshot: MaxSnapshot, stored: StoredSnapshot): MaxSnapshot {
  if (snapshot.me && snapshot.me.id !== stored.userId) return snapshot;
  if (snapshot.listComplete) return snapshot;
  const chats = { ...snapshot.chats };
  for (const chat of stored.chats) if (!chats[chat.id]) chats[chat.id] = { ...chat, fromStore: true };
  const contacts = { ...stored.contacts, ...snapshot.contacts };
  const links = snapshot.links.length > 0 ? snapshot.links : stored.links;
  return { ...snapshot, chats, contacts, links, storedAt: stored.savedAt };
}

export interface ChatCounts {
  groups: number;
  channels: number;
  dialogs: number;
  other: number;
  inactive: number;
  fromStore: number;
  total: number;
}

export function countChats(snapshot: MaxSnapshot): ChatCounts {
  const counts: ChatCounts = { groups: 0, channels: 0, dialogs: 0, other: 0, inactive: 0, fromStore: 0, total: 0 };
  for (const chat of Object.values(snapshot.chats)) {
    if (!isActiveChat(chat)) {
      counts.inactive++;
      continue;
    }
    counts.total++;
    if (chat.fromStore) counts.fromStore++;
    if (chat.type === 'CHAT') counts.groups++;
    else if (chat.type === 'CHANNEL') counts.channels++;
    else if (chat.type === 'DIALOG') counts.dialogs++;
    else counts.other++;
  }
  return counts;
}
