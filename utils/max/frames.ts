/**
 * MAX WebSocket frames → bridge events. Pure functions: no DOM, no clock.
 *
 * Two steps, because most frames are PINGs, typing and presence pushes that
 * Сверка ignores: `peekFrameHead` looks at the first characters only (no
 * JSON.parse) and `isWantedFrame` decides; only wanted frames reach
 * `readFrame`, later, after the page has handled them.
 */
import {
  type BridgeEvent,
  type ChatsOrigin,
  MAX_CHATS_PER_EVENT,
  MAX_CHATS_PER_FRAME,
  MAX_LINKS_PER_EVENT,
  MAX_MEMBERS_PER_CHAT,
  type MaxId,
  makeBridgeEvent,
  type SeenLink,
} from './bridge-events';
import { asId, isObj, messageLinks, toBridgeChat, toPerson } from './chat-fields';
import { Cmd, KNOWN_PROTOCOL_VERSIONS, Opcode } from './opcodes';

export interface FrameHead {
  opcode: number;
  cmd: number;
  /** Absent when the head holds no `"ver":N`. */
  ver?: number;
}

/** Real frames start `{"ver":11,"cmd":1,"seq":5,"opcode":19,` (~40 chars); 120 leaves room for another order. */
const HEAD_LENGTH = 120;

/*
 * The last head read by `peekInto`, kept in module variables rather than a new
 * object: the socket listener runs this on every frame, PINGs included.
 */
let headVer = -1;
let headCmd = -1;
let headOpcode = -1;
let cursor = 0;

/** Reads the digits at `cursor` (at most 9), advancing it; -1 when there are none. */
function digitsAt(s: string): number {
  let n = 0;
  let digits = 0;
  for (let c = s.charCodeAt(cursor); c >= 48 && c <= 57 && digits < 9; c = s.charCodeAt(++cursor)) {
    n = n * 10 + (c - 48);
    digits++;
  }
  return digits === 0 ? -1 : n;
}

/** The non-negative integer after `key` in `s` (spaces allowed after the colon), or -1. */
function numberAfter(s: string, key: string): number {
  const at = s.indexOf(key);
  if (at === -1) return -1;
  cursor = at + key.length;
  while (s.charCodeAt(cursor) === 32) cursor++;
  return digitsAt(s);
}

/** True when `s` has `,"<key>":` at `cursor` (checked by its comma, first letter and colon), moving past it. */
function keyAt(s: string, first: number, keyLength: number): boolean {
  if (s.charCodeAt(cursor) !== 44 /* , */ || s.charCodeAt(cursor + 2) !== first) return false;
  if (s.charCodeAt(cursor + keyLength + 3) !== 58 /* : */) return false;
  cursor += keyLength + 4;
  return true;
}

/**
 * Fast path: MAX's own field order, `{"ver":N,"cmd":N,"seq":N,"opcode":N`,
 * read left to right by char codes (no search, no substring: this runs on
 * every frame). Keys are recognised by their first letter and position, which
 * is enough to tell MAX's head from anything else; a frame that is read here
 * wrongly would be caught by readFrame, which checks the parsed frame.
 */
function peekCanonical(s: string): boolean {
  if (s.charCodeAt(2) !== 118 /* v */ || s.charCodeAt(6) !== 58 /* : */) return false;
  cursor = 7;
  headVer = digitsAt(s);
  if (headVer === -1 || !keyAt(s, 99 /* c */, 3)) return false;
  headCmd = digitsAt(s);
  if (headCmd === -1 || !keyAt(s, 115 /* s */, 3) || digitsAt(s) === -1 || !keyAt(s, 111 /* o */, 6)) return false;
  headOpcode = digitsAt(s);
  return headOpcode !== -1;
}

/** Sets headVer/headCmd/headOpcode from the frame's head; false when it is not a MAX frame head. */
function peekInto(data: string): boolean {
  if (data.charCodeAt(0) !== 123 /* { */) return false;
  if (peekCanonical(data)) return true;
  // Any other order: search the head only, so a 5 MB frame costs what a PING does.
  const head = data.length > HEAD_LENGTH ? data.slice(0, HEAD_LENGTH) : data;
  headOpcode = numberAfter(head, '"opcode":');
  if (headOpcode === -1) return false;
  headCmd = numberAfter(head, '"cmd":');
  if (headCmd === -1) return false;
  headVer = numberAfter(head, '"ver":');
  return true;
}

/**
 * `{opcode, cmd}` (and `ver` when present) from the start of a text frame,
 * without parsing it; null when it does not look like a MAX frame. Does not
 * rely on field order; looks at the first HEAD_LENGTH characters only.
 */
export function peekFrameHead(data: string): FrameHead | null {
  if (!peekInto(data)) return null;
  return headVer === -1 ? { opcode: headOpcode, cmd: headCmd } : { opcode: headOpcode, cmd: headCmd, ver: headVer };
}

/** Responses (cmd 1) Сверка reads, by opcode. */
const WANTED_RESPONSES: ReadonlySet<number> = new Set([
  Opcode.LOGIN,
  Opcode.CHAT_INFO,
  Opcode.CHAT_HISTORY,
  Opcode.CHATS_LIST,
  Opcode.CHAT_UPDATE,
  Opcode.CHAT_JOIN,
  Opcode.CHAT_MEMBERS_UPDATE,
]);
const WANTED_PUSHES: ReadonlySet<number> = new Set([Opcode.NOTIF_MESSAGE, Opcode.NOTIF_CHAT]);

/**
 * Server pushes come as cmd 0 in the frames public clients document; PyMax's
 * newer protocol enum also names cmd 2 EVENT, so both are taken as a push.
 */
function isPush(cmd: number): boolean {
  return cmd === Cmd.REQUEST_OR_PUSH || cmd === 2;
}

export function isWantedFrame(head: FrameHead): boolean {
  return isWanted(head.cmd, head.opcode);
}

export function isWanted(cmd: number, opcode: number): boolean {
  if (cmd === Cmd.RESPONSE) return WANTED_RESPONSES.has(opcode);
  return isPush(cmd) && WANTED_PUSHES.has(opcode);
}

/** `lookAtFrame` results. */
export const NOT_A_FRAME = -1;
export const IGNORE = 0;
export const READ = 1;

/**
 * The socket listener's whole decision, without allocating: NOT_A_FRAME,
 * IGNORE (a MAX frame Сверка skips) or READ. After IGNORE or READ,
 * `lastHeadVersion()` / `lastHeadOpcode()` describe that frame.
 */
export function lookAtFrame(data: string): number {
  if (!peekInto(data)) return NOT_A_FRAME;
  return isWanted(headCmd, headOpcode) ? READ : IGNORE;
}

/** The `ver` of the frame `lookAtFrame` last recognised (-1 when its head had none). */
export function lastHeadCmd(): number {
  return headCmd;
}

export function lastHeadVersion(): number {
  return headVer;
}

/** The opcode of the frame `lookAtFrame` last recognised. */
export function lastHeadOpcode(): number {
  return headOpcode;
}

export function isKnownVersion(ver: number | undefined): boolean {
  return ver === undefined || KNOWN_PROTOCOL_VERSIONS.includes(ver);
}

export interface FrameContext {
  /** The chat open in the page when the frame arrived (from `location.pathname`); CHAT_HISTORY answers lack it. */
  openChatId?: MaxId;
}

/** `/-71128136750354` or `/123` → the chat id; anything else → undefined. */
export function chatIdFromPath(pathname: string): MaxId | undefined {
  const m = /^\/(-?\d{1,20})(?:[/?#]|$)/.exec(pathname);
  return m?.[1];
}

const NEEDED: ReadonlySet<number> = new Set([Opcode.LOGIN, Opcode.CHATS_LIST]);
const NAMES: Record<number, string> = { [Opcode.LOGIN]: 'LOGIN', [Opcode.CHATS_LIST]: 'CHATS_LIST' };

export function unreadable(opcode: number, why: string): BridgeEvent[] {
  // Only frames the audit cannot do without are worth a status line.
  if (!NEEDED.has(opcode)) return [];
  return [makeBridgeEvent({ type: 'protocol', status: 'unreadable', detail: `${NAMES[opcode]}: ${why}` })];
}

/*
 * Why read `participants` from the text: MAX keys it by user id, so JSON.parse
 * makes each one a sparse "dictionary elements" object — slow to build and
 * ~250 ns a member to walk; for 2,000 chats that costs more than the rest of
 * the frame. So, for chat lists, every plain `"participants":{"<id>":<ms>,…}`
 * run is read straight from the text (two replaces and a JSON.parse of a flat
 * number array) and emptied to `{}` in the copy that gets parsed. The runs
 * must line up one-to-one with the parsed chats that have `participants`;
 * when they do not, the frame is parsed again as sent and read the slow way.
 */
const PARTICIPANTS_KEY = '"participants":{';

/** Where the last `scanParticipants` stopped: the index of the closing brace. */
let scanEnd = 0;

/**
 * Reads `"<id>":<ms>,…}` starting at `open` (just past the `{`) with char
 * codes only — no regex, no substring, no parse; locals only, as this loop
 * runs over most of a big frame. Null when the run is anything but plain
 * integer pairs (then it is left to JSON.parse and the slow walk). Runs of
 * more than 15 digits go through Number, to round exactly as JSON.parse does.
 */
function scanParticipants(s: string, open: number): [MaxId, number][] | null {
  const out: [MaxId, number][] = [];
  let i = open;
  let c = s.charCodeAt(i);
  if (c === 125 /* } */) {
    scanEnd = i;
    return out;
  }
  for (;;) {
    if (c !== 34 /* " */) return null;
    c = s.charCodeAt(++i);
    const negative = c === 45; /* - */
    if (negative) c = s.charCodeAt(++i);
    let start = i;
    while (c >= 48 && c <= 57) c = s.charCodeAt(++i);
    if (i === start || i - start > 20 || c !== 34 || s.charCodeAt(i + 1) !== 58 /* : */) return null;
    const key = s.slice(negative ? start - 1 : start, i);
    i += 2;
    c = s.charCodeAt(i);
    start = i;
    let time = 0;
    while (c >= 48 && c <= 57) {
      time = time * 10 + (c - 48);
      c = s.charCodeAt(++i);
    }
    if (i === start) return null;
    if (i - start > 15) time = Number(s.slice(start, i));
    if (out.length < MAX_MEMBERS_PER_CHAT) out.push([key, time]);
    if (c === 125 /* } */) {
      scanEnd = i;
      return out;
    }
    if (c !== 44 /* , */) return null;
    c = s.charCodeAt(++i);
  }
}

/**
 * Members already read, for each chat (in list order) whose `participants` is an object: null for one left to the
 * slow walk. From the text (`cutParticipants`) or from the MessagePack bytes (binary/chat-frame-reader.ts).
 */
export interface KnownMembers {
  members: ([MaxId, number][] | null)[];
}

/** Members of each `participants` run in text order (null: not plain, left in place) and the text with plain runs emptied. */
export interface CutParticipants extends KnownMembers {
  text: string;
}

export function cutParticipants(text: string): CutParticipants | null {
  let at = text.indexOf(PARTICIPANTS_KEY);
  if (at === -1) return null;
  const parts: string[] = [];
  const members: ([MaxId, number][] | null)[] = [];
  let kept = 0;
  while (at !== -1) {
    const open = at + PARTICIPANTS_KEY.length;
    const pairs = scanParticipants(text, open);
    members.push(pairs);
    let next = open;
    if (pairs !== null) {
      if (scanEnd > open) {
        parts.push(text.slice(kept, open));
        kept = scanEnd;
      }
      next = scanEnd;
    }
    at = text.indexOf(PARTICIPANTS_KEY, next);
  }
  parts.push(text.slice(kept));
  return { text: parts.join(''), members };
}

/** Thrown when the cut runs do not line up with the parsed chats; readFrame then reads the frame as sent. */
export const MISALIGNED = Symbol('misaligned');

/**
 * A chat list → `chats` events of at most MAX_CHATS_PER_EVENT chats each, in order (the last one carries `listEnd`):
 * an administrator's login with 10,000 chats arrives whole. Read up to MAX_CHATS_PER_FRAME chats.
 */
function chatsEvents(origin: ChatsOrigin, list: unknown[], cut: KnownMembers | null, listEnd = false): BridgeEvent[] {
  const fromText = cut?.members ?? null;
  if (fromText !== null) {
    let withParticipants = 0;
    for (const c of list) if (isObj(c) && isObj(c.participants)) withParticipants++;
    if (withParticipants !== fromText.length) throw MISALIGNED;
  }
  const chats = [];
  let p = 0;
  let i = 0;
  for (; i < list.length && chats.length < MAX_CHATS_PER_FRAME; i++) {
    const raw = list[i];
    const known = fromText && isObj(raw) && isObj(raw.participants) ? fromText[p++] : null;
    const chat = toBridgeChat(raw, known);
    if (chat !== null) chats.push(chat);
  }
  // A list cut at the cap does not end the list, whatever its page says.
  if (i < list.length) listEnd = false;
  const events: BridgeEvent[] = [];
  for (let from = 0; from === 0 || from < chats.length; from += MAX_CHATS_PER_EVENT) {
    const part = chats.length <= MAX_CHATS_PER_EVENT ? chats : chats.slice(from, from + MAX_CHATS_PER_EVENT);
    const last = from + MAX_CHATS_PER_EVENT >= chats.length;
    events.push(
      makeBridgeEvent({ type: 'chats', origin, received: list.length, listEnd: last && listEnd, chats: part }),
    );
  }
  return events;
}

function chatUpdated(raw: unknown, cut: KnownMembers | null): BridgeEvent[] {
  let known: [MaxId, number][] | null = null;
  if (cut !== null) {
    const expected = isObj(raw) && isObj(raw.participants) ? 1 : 0;
    if (cut.members.length !== expected) throw MISALIGNED;
    known = cut.members[0] ?? null;
  }
  const chat = toBridgeChat(raw, known);
  return chat === null ? [] : [makeBridgeEvent({ type: 'chat-updated', chat })];
}

function linksEvents(links: SeenLink[]): BridgeEvent[] {
  const out: BridgeEvent[] = [];
  for (let i = 0; i < links.length; i += MAX_LINKS_PER_EVENT) {
    out.push(makeBridgeEvent({ type: 'links-seen', links: links.slice(i, i + MAX_LINKS_PER_EVENT) }));
  }
  return out;
}

/**
 * MAX says the chat list has nothing more only by a CHATS_LIST answer without
 * a next `marker` (absent, null or 0), or with no chats at all. A short page or
 * a short login proves nothing: page sizes differ between clients, and a login
 * after a sync carries only what changed.
 */
function isLastPage(chats: unknown[], marker: unknown): boolean {
  return chats.length === 0 || marker === undefined || marker === null || marker === 0 || marker === 0n;
}

function readLogin(payload: Record<string, unknown>, cut: KnownMembers | null): BridgeEvent[] {
  const out: BridgeEvent[] = [];
  const profile = isObj(payload.profile) ? toPerson(payload.profile.contact) : null;
  if (profile !== null) out.push(makeBridgeEvent({ type: 'me', me: profile }));
  if (Array.isArray(payload.contacts)) {
    const contacts = [];
    for (let i = 0; i < payload.contacts.length && contacts.length < MAX_CHATS_PER_EVENT; i++) {
      const person = toPerson(payload.contacts[i]);
      if (person !== null) contacts.push(person);
    }
    out.push(makeBridgeEvent({ type: 'contacts', contacts }));
  }
  if (!Array.isArray(payload.chats)) return [...out, ...unreadable(Opcode.LOGIN, 'no chats list')];
  out.push(...chatsEvents('login', payload.chats, cut));
  if (profile === null) return [...out, ...unreadable(Opcode.LOGIN, 'no profile')];
  out.push(makeBridgeEvent({ type: 'protocol', status: 'ok' }));
  return out;
}

function readResponse(
  opcode: number,
  payload: Record<string, unknown>,
  ctx: FrameContext,
  cut: KnownMembers | null,
): BridgeEvent[] {
  switch (opcode) {
    case Opcode.LOGIN:
      return readLogin(payload, cut);
    case Opcode.CHATS_LIST:
      return Array.isArray(payload.chats)
        ? chatsEvents('chats-list', payload.chats, cut, isLastPage(payload.chats, payload.marker))
        : unreadable(opcode, 'no chats list');
    case Opcode.CHAT_INFO:
      return Array.isArray(payload.chats) ? chatsEvents('chat-info', payload.chats, cut) : [];
    case Opcode.CHAT_HISTORY: {
      if (!Array.isArray(payload.messages)) return [];
      const links: SeenLink[] = [];
      for (const m of payload.messages) links.push(...messageLinks(m, ctx.openChatId));
      return linksEvents(links);
    }
    case Opcode.CHAT_UPDATE:
    case Opcode.CHAT_JOIN:
    case Opcode.CHAT_MEMBERS_UPDATE:
      return chatUpdated(payload.chat, cut);
    default:
      return [];
  }
}

function readPush(opcode: number, payload: Record<string, unknown>, cut: KnownMembers | null): BridgeEvent[] {
  if (opcode === Opcode.NOTIF_CHAT) return chatUpdated(payload.chat, cut);
  if (opcode === Opcode.NOTIF_MESSAGE) return linksEvents(messageLinks(payload.message, asId(payload.chatId)));
  return [];
}

/** Frames that carry chats, where reading `participants` from the text pays. */
const WITH_CHATS: ReadonlySet<number> = new Set([
  Opcode.LOGIN,
  Opcode.CHATS_LIST,
  Opcode.CHAT_INFO,
  Opcode.CHAT_UPDATE,
  Opcode.CHAT_JOIN,
  Opcode.CHAT_MEMBERS_UPDATE,
  Opcode.NOTIF_CHAT,
]);
/** Frames read only for invite links: without `join/` in the text (JSON may escape the slash) there is nothing to find. */
export const LINKS_ONLY: ReadonlySet<number> = new Set([Opcode.CHAT_HISTORY, Opcode.NOTIF_MESSAGE]);

/** A text message can hold an invite link only if it names `join/` (JSON may escape the slash). */
export function mayHoldInviteText(text: string): boolean {
  return text.includes('join/') || text.includes('join\\/');
}

/**
 * The bridge events one wanted text frame yields. Never throws: a frame that
 * cannot be read yields nothing, or an `unreadable` status when the audit needed it.
 */
export function readFrame(text: string, ctx: FrameContext = {}): BridgeEvent[] {
  const head = peekFrameHead(text);
  if (head && LINKS_ONLY.has(head.opcode) && !mayHoldInviteText(text)) return [];
  const cut = head && WITH_CHATS.has(head.opcode) ? cutParticipants(text) : null;
  if (cut !== null) {
    const events = readParsed(cut.text, ctx, cut);
    if (events !== MISALIGNED) return events;
  }
  const events = readParsed(text, ctx, null);
  return events === MISALIGNED ? [] : events;
}

function readParsed(text: string, ctx: FrameContext, cut: CutParticipants | null): BridgeEvent[] | typeof MISALIGNED {
  let frame: unknown;
  try {
    frame = JSON.parse(text);
  } catch {
    const head = peekFrameHead(text);
    return head && head.cmd === Cmd.RESPONSE ? unreadable(head.opcode, 'not JSON') : [];
  }
  return readDecodedFrame(frame, ctx, cut);
}

/**
 * The bridge events of a frame already decoded (JSON.parse, or MessagePack for
 * binary frames: `{ver, cmd, opcode, payload}` either way). Never throws.
 */
export function readDecodedFrame(
  frame: unknown,
  ctx: FrameContext,
  cut: KnownMembers | null = null,
): BridgeEvent[] | typeof MISALIGNED {
  try {
    if (!isObj(frame) || typeof frame.opcode !== 'number' || typeof frame.cmd !== 'number') return [];
    const { opcode, cmd, payload } = frame;
    if (cmd === Cmd.RESPONSE) {
      return isObj(payload) ? readResponse(opcode, payload, ctx, cut) : unreadable(opcode, 'no payload');
    }
    if (isPush(cmd) && isObj(payload)) return readPush(opcode, payload, cut);
    return [];
  } catch (e) {
    if (e === MISALIGNED) return MISALIGNED;
    const opcode = isObj(frame) && typeof frame.opcode === 'number' ? frame.opcode : -1;
    return unreadable(opcode, 'unexpected shape');
  }
}
