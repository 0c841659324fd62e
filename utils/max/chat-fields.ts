/**
 * Copies the few fields Сверка needs out of MAX's objects (chat, contact,
 * message). Hand-written checks, not a schema library: this runs on up to a few
 * thousand chats per frame, and every output must already satisfy
 * bridge-events.ts (the content script drops an event with one bad field).
 * Never copies message text or phone numbers.
 */

import {
  type BridgeChat,
  MAX_MEMBERS_PER_CHAT,
  MAX_TITLE_LENGTH,
  MAX_URL_LENGTH,
  type MaxId,
  type SeenLink,
} from './bridge-events';
import { findInviteLinks, normalizeInviteUrl } from './invite-url';

type Obj = Record<string, unknown>;

export function isObj(x: unknown): x is Obj {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

const ID_TEXT = /^-?\d{1,20}$/;

/**
 * An id as its decimal string, whatever form the frame gave it: a JSON number
 * (only exact while safe), MessagePack's wrapped id (already a string, see
 * binary/max-msgpack.ts), a bare 64-bit integer (bigint) or a string of digits.
 */
export function asId(x: unknown): MaxId | undefined {
  if (typeof x === 'string') return ID_TEXT.test(x) ? x : undefined;
  if (typeof x === 'number') return Number.isSafeInteger(x) ? String(x) : undefined;
  if (typeof x === 'bigint') return x >= -(2n ** 63n) && x < 2n ** 64n ? String(x) : undefined;
  return undefined;
}

/** A time in ms: a number, or a 64-bit integer MessagePack gave as bigint. */
function asTime(x: unknown): number | undefined {
  const n = typeof x === 'bigint' ? Number(x) : x;
  return typeof n === 'number' && Number.isFinite(n) && n >= 0 ? n : undefined;
}

function asCount(x: unknown): number | undefined {
  const n = typeof x === 'bigint' ? Number(x) : x;
  return typeof n === 'number' && Number.isSafeInteger(n) && n >= 0 ? n : undefined;
}

function asText(x: unknown, max: number): string | undefined {
  return typeof x === 'string' ? (x.length > max ? x.slice(0, max) : x) : undefined;
}

/** Object keys are strings; MAX keys `participants` and `adminParticipants` by user id. */
function keyId(k: string): MaxId | undefined {
  return isIdText(k) ? k : undefined;
}

/** ID_TEXT by char codes: this runs once per member of every chat in a login. */
function isIdText(k: string): boolean {
  const n = k.length;
  let i = k.charCodeAt(0) === 45 /* - */ ? 1 : 0;
  if (n === i || n - i > 20) return false;
  for (; i < n; i++) {
    const c = k.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

function ids(x: unknown, cap: number): MaxId[] | undefined {
  if (!Array.isArray(x)) return undefined;
  const out: MaxId[] = [];
  for (let i = 0; i < x.length && out.length < cap; i++) {
    const id = asId(x[i]);
    if (id !== undefined) out.push(id);
  }
  return out;
}

/** `participants: {userId: joinTimeMs}` → [userId, joinTimeMs] pairs, stopping at the cap (channels can be huge). */
function members(x: unknown): [MaxId, number][] | undefined {
  if (!isObj(x)) return undefined;
  const out: [MaxId, number][] = [];
  for (const k in x) {
    if (out.length >= MAX_MEMBERS_PER_CHAT) break;
    const v = x[k];
    // A plain number is the common case; anything else goes through asTime.
    const t = typeof v === 'number' ? (v >= 0 && v <= Number.MAX_VALUE ? v : undefined) : asTime(v);
    if (t !== undefined && isIdText(k)) out.push([k, t]);
  }
  return out;
}

function adminIds(chat: Obj): MaxId[] | undefined {
  const listed = ids(chat.admins, MAX_MEMBERS_PER_CHAT);
  if (listed !== undefined || !isObj(chat.adminParticipants)) return listed;
  const out: MaxId[] = [];
  for (const k in chat.adminParticipants) {
    if (out.length >= MAX_MEMBERS_PER_CHAT) break;
    const id = keyId(k);
    if (id !== undefined) out.push(id);
  }
  return out;
}

/**
 * The chat's own link: normalized when it is an invite (links are keyed that
 * way); a public channel's `https://max.ru/<name>` is kept as sent.
 */
function chatLink(x: unknown): string | undefined {
  if (typeof x !== 'string') return undefined;
  const invite = normalizeInviteUrl(x);
  if (invite !== null) return invite;
  return x.length > 0 && x.length <= MAX_URL_LENGTH ? x : undefined;
}

/**
 * The audit's view of one MAX chat, or null when it has no usable id/type.
 * `knownMembers`: the chat's members already read from the frame's text (see
 * frames.ts), to skip walking `participants` object by object.
 */
export function toBridgeChat(raw: unknown, knownMembers?: [MaxId, number][] | null): BridgeChat | null {
  if (!isObj(raw)) return null;
  const id = asId(raw.id);
  const type = asText(raw.type, 20);
  if (id === undefined || type === undefined) return null;
  const chat: BridgeChat = { id, type };
  const status = asText(raw.status, 30);
  if (status !== undefined) chat.status = status;
  const title = asText(raw.title, MAX_TITLE_LENGTH);
  if (title !== undefined) chat.title = title;
  const owner = asId(raw.owner);
  if (owner !== undefined) chat.owner = owner;
  const admins = adminIds(raw);
  if (admins !== undefined) chat.admins = admins;
  const count = asCount(raw.participantsCount);
  if (count !== undefined) chat.participantsCount = count;
  const m = knownMembers && isObj(raw.participants) ? knownMembers : members(raw.participants);
  if (m !== undefined) chat.members = m;
  const link = chatLink(raw.link);
  if (link !== undefined) chat.link = link;
  const created = asTime(raw.created);
  if (created !== undefined) chat.created = created;
  const last = asTime(raw.lastEventTime);
  if (last !== undefined) chat.lastEventTime = last;
  return chat;
}

/** A display name from MAX's `names[]`: `name`, else first + last. */
export function contactName(contact: Obj): string | undefined {
  const names = contact.names;
  if (!Array.isArray(names) || !isObj(names[0])) return undefined;
  const n = names[0];
  const full =
    typeof n.name === 'string' && n.name.trim() !== ''
      ? n.name.trim()
      : [n.firstName, n.lastName]
          .filter((p): p is string => typeof p === 'string' && p.trim() !== '')
          .map((p) => p.trim())
          .join(' ');
  return full === '' ? undefined : full.slice(0, MAX_TITLE_LENGTH);
}

/** `{id, name}` of a profile or contact; deliberately nothing else (no phone). */
export function toPerson(raw: unknown): { id: MaxId; name?: string } | null {
  if (!isObj(raw)) return null;
  const id = asId(raw.id);
  if (id === undefined) return null;
  const name = contactName(raw);
  return name === undefined ? { id } : { id, name };
}

function messageId(x: unknown): string | undefined {
  if (typeof x === 'string') return x !== '' && x.length <= 40 ? x : undefined;
  return asId(x);
}

/** Text a message shows: its own, and that of a forwarded message it carries. Read only to find links. */
function* linkTexts(msg: Obj): Generator<string> {
  if (typeof msg.text === 'string') yield msg.text;
  if (Array.isArray(msg.elements)) {
    for (const el of msg.elements) {
      if (isObj(el) && isObj(el.attributes) && typeof el.attributes.url === 'string') yield el.attributes.url;
    }
  }
  if (isObj(msg.link) && isObj(msg.link.message) && typeof msg.link.message.text === 'string') {
    yield msg.link.message.text;
  }
}

/**
 * Invite links in one message, with where and when they were seen. `chatId`
 * comes from the message itself when present, else from the caller (the push's
 * `payload.chatId`, or the open chat for CHAT_HISTORY).
 */
export function messageLinks(raw: unknown, fallbackChatId: MaxId | undefined): SeenLink[] {
  if (!isObj(raw)) return [];
  const chatId = asId(raw.chatId) ?? fallbackChatId;
  const id = messageId(raw.id);
  if (chatId === undefined || id === undefined) return [];
  const urls: string[] = [];
  for (const text of linkTexts(raw)) {
    for (const url of findInviteLinks(text)) if (!urls.includes(url)) urls.push(url);
  }
  if (urls.length === 0) return [];
  const sender = asId(raw.sender);
  const time = asTime(raw.time);
  return urls.map((url) => {
    const link: SeenLink = { url, chatId, messageId: id };
    if (sender !== undefined) link.sender = sender;
    if (time !== undefined) link.time = time;
    return link;
  });
}
