/**
 * The content script's picture of what MAX web has shown this user: a pure merge of
 * bridge events (and of the last stored snapshot) into one value. No DOM, no clock
 * inside: `now` is passed in.
 */
import type { BridgeChat, BridgeEvent, MaxId, SeenLink } from '@/utils/max/bridge-events';
import { isActiveChat, isChannel, isDialog, isGroupChat } from '@/utils/max/chat-kind';

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

/** Puts a chat from the page's frames in; true when it is new to the live count (unknown or only stored before). */
function upsertLive(chats: Record<MaxId, SnapshotChat>, incoming: BridgeChat): boolean {
  const before = chats[incoming.id];
  // A later frame may omit fields an earlier one had (e.g. members): keep what we knew.
  chats[incoming.id] = { ...(before?.fromStore ? {} : before), ...incoming };
  return before === undefined || before.fromStore === true;
}

/** When the end of the list is known, stored chats the page never showed are gone. */
function dropUnconfirmed(chats: Record<MaxId, SnapshotChat>): Record<MaxId, SnapshotChat> {
  const kept: Record<MaxId, SnapshotChat> = {};
  for (const chat of Object.values(chats)) if (!chat.fromStore) kept[chat.id] = chat;
  return kept;
}

const linkKey = (link: SeenLink) => `${link.url} ${link.chatId} ${link.messageId}`;

/**
 * The keys of a links list, kept beside the list that owns them: adding a link is O(1), not a set of every known
 * link rebuilt per event. A batch that appends moves the set to its new list; a snapshot whose list lost its set
 * (an older value, applied to again) gets it rebuilt once.
 */
const linkKeysOf = new WeakMap<readonly SeenLink[], Set<string>>();

function takeLinkKeys(links: readonly SeenLink[]): Set<string> {
  const keys = linkKeysOf.get(links);
  if (keys) {
    linkKeysOf.delete(links);
    return keys;
  }
  return new Set(links.map(linkKey));
}

/**
 * Merges a batch of bridge events with one copy of each part they change: the work per event is the size of the
 * event, not of the snapshot (10,000 chats, 5,000 links). Returns the same value when nothing changed.
 */
export function applyBridgeEvents(snapshot: MaxSnapshot, events: readonly BridgeEvent[], now: number): MaxSnapshot {
  let next = snapshot;
  // This batch's own copies, made on the first change and then written in place.
  let chats: Record<MaxId, SnapshotChat> | null = null;
  let contacts: Record<MaxId, string> | null = null;
  let links: SeenLink[] | null = null;
  let linkKeys: Set<string> | null = null;
  const touch = (fields: Partial<MaxSnapshot>) => {
    next = { ...next, ...fields, updatedAt: now };
  };
  for (const event of events) {
    switch (event.type) {
      case 'chats': {
        chats ??= { ...next.chats };
        let liveChats = next.liveChats;
        for (const chat of event.chats) if (upsertLive(chats, chat)) liveChats++;
        const isNewLogin = event.origin === 'login';
        // Only MAX says the list has ended (a CHATS_LIST answer without a next marker, or an empty one: see
        // utils/max/PROTOCOL.md); a short login or page proves nothing. Stored chats the page never showed go only
        // then (none are added afterwards: completeFromStore leaves a complete list alone).
        const listComplete = next.listComplete || (event.origin === 'chats-list' && event.listEnd);
        if (listComplete && !next.listComplete) {
          chats = dropUnconfirmed(chats);
          liveChats = Object.keys(chats).length;
        }
        touch({
          chats,
          listComplete,
          liveChats,
          protocol: isNewLogin ? 'ok' : next.protocol,
          protocolDetail: isNewLogin ? undefined : next.protocolDetail,
          loginAt: isNewLogin ? now : next.loginAt,
          reconnecting: isNewLogin ? false : next.reconnecting,
        });
        break;
      }
      case 'chat-updated': {
        chats ??= { ...next.chats };
        const liveChats = next.liveChats + (upsertLive(chats, event.chat) ? 1 : 0);
        touch({ chats, liveChats });
        break;
      }
      case 'me':
        touch({ me: event.me });
        break;
      case 'contacts': {
        contacts ??= { ...next.contacts };
        for (const contact of event.contacts) if (contact.name) contacts[contact.id] = contact.name;
        touch({ contacts });
        break;
      }
      case 'links-seen': {
        let added = false;
        for (const link of event.links) {
          linkKeys ??= takeLinkKeys(next.links);
          const key = linkKey(link);
          if (linkKeys.has(key)) continue;
          links ??= next.links.slice();
          linkKeys.add(key);
          links.push(link);
          added = true;
        }
        if (added) touch({ links: links as SeenLink[] });
        break;
      }
      case 'diagnostics':
        break; // shapes and counts for «Что видит Сверка», kept beside the snapshot (live-snapshot.ts)
      case 'shed':
        touch({ shedMessages: next.shedMessages + event.frames });
        break;
      case 'protocol': {
        if (event.status === 'closed') touch({ reconnecting: true });
        // A late "ok" must not hide an earlier problem, and "no-socket" means nothing once a login arrived.
        else if (!(event.status === 'ok' || (event.status === 'no-socket' && next.loginAt !== undefined)))
          touch({ protocol: event.status, protocolDetail: event.detail });
        break;
      }
    }
  }
  if (linkKeys) {
    if (links && links.length > MAX_LINKS_KEPT) {
      for (const dropped of links.splice(0, links.length - MAX_LINKS_KEPT)) linkKeys.delete(linkKey(dropped));
      next = { ...next, links };
    }
    // The set now describes the batch's list (or, when nothing was added, still the one it came from).
    linkKeysOf.set(links ?? next.links, linkKeys);
  }
  return next;
}

export function applyBridgeEvent(snapshot: MaxSnapshot, event: BridgeEvent, now: number): MaxSnapshot {
  return applyBridgeEvents(snapshot, [event], now);
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
    if (isGroupChat(chat)) counts.groups++;
    else if (isChannel(chat)) counts.channels++;
    else if (isDialog(chat)) counts.dialogs++;
    else counts.other++;
  }
  return counts;
}
