/**
 * The chat frames (LOGIN, CHATS_LIST, CHAT_INFO, the chat updates) read without
 * decoding all of them: a MessagePack *skipper* walks the body by its type
 * bytes (maps, arrays, str/bin/ext lengths, fixed-size numbers) and only the
 * fields Сверка reads (chat-fields.ts) become values. A 10,000-chat login is
 * mostly what Сверка never reads (last messages, options, config): the full
 * decode cost more than the page's own decode of it; this walk costs a part.
 *
 * The result has the decoded frame's shape with the unread fields left out, so
 * frames.ts reads it as it reads any decoded frame. Values are those a full
 * decode gives (max-msgpack.ts): scalars are read by hand where that is
 * exactly what @msgpack/msgpack does, everything else by the library on the
 * value's own bytes. `participants` ({userId: time}, most of a chat's bytes) is
 * read straight into the [userId, time] pairs chat-fields.ts would make of it,
 * in the order a decoded object would list them.
 *
 * Anything the full decode might refuse or read differently (truncated bytes,
 * a byte that is no type, a map key that is not a string or a number,
 * `__proto__`, a timestamp extension, very deep nesting) is not decided
 * here: `readChatFrame` returns null and the caller decodes the frame whole,
 * as before. Bytes that end inside a value, or go on after it, are refused
 * here: every decoder refuses them (the full decode too, after allocating
 * whatever a damaged length claims). So what is refused is refused as before.
 */
import { type BridgeChat, MAX_CHATS_PER_FRAME, MAX_MEMBERS_PER_CHAT, type MaxId } from '../bridge-events';
import { asId, isObj } from '../chat-fields';
import type { KnownMembers } from '../frames';
import { Opcode } from '../opcodes';
import { decodeMaxMessagePack, MAX_ID_EXTENSION, wrappedIdToString } from './max-msgpack';

/** Thrown inside the walk when it cannot vouch for the bytes; caught in `readChatFrame`. */
const GIVE_UP = Symbol('give up');
/**
 * Thrown when the bytes end inside a value, or a list claims more entries than bytes are left: no decoder can
 * read such a body, so it is refused without decoding (a damaged length could otherwise cost a huge array).
 */
const TRUNCATED = Symbol('truncated');
/** Deeper than this, the walk gives up (no recursion limit to hit; the full decode has no recursion). */
const MAX_DEPTH = 64;

const NONE = new Uint8Array(0);
let bytes: Uint8Array = NONE;
let pos = 0;
let end = 0;

function u8(): number {
  if (pos >= end) throw TRUNCATED;
  return bytes[pos++] as number;
}

function u16(): number {
  if (pos + 2 > end) throw TRUNCATED;
  const v = ((bytes[pos] as number) << 8) | (bytes[pos + 1] as number);
  pos += 2;
  return v;
}

function u32(): number {
  if (pos + 4 > end) throw TRUNCATED;
  const v =
    (((bytes[pos] as number) << 24) |
      ((bytes[pos + 1] as number) << 16) |
      ((bytes[pos + 2] as number) << 8) |
      (bytes[pos + 3] as number)) >>>
    0;
  pos += 4;
  return v;
}

function jump(n: number): void {
  if (pos + n > end) throw TRUNCATED;
  pos += n;
}

/** An extension of `size` data bytes after its type byte. Type -1 is the library's timestamp, which may refuse. */
function skipExtension(size: number): void {
  if (pos + 1 + size > end) throw TRUNCATED;
  if (bytes[pos] === 0xff) throw GIVE_UP;
  pos += 1 + size;
}

/** Moves past one value, checking what the full decode would refuse. */
function skip(depth: number): void {
  const b = u8();
  if (b <= 0x7f || b >= 0xe0) return;
  if (b <= 0x8f) skipMap(b - 0x80, depth);
  else if (b <= 0x9f) skipArray(b - 0x90, depth);
  else if (b <= 0xbf) jump(b - 0xa0);
  else skipTyped(b, depth);
}

/** Bytes after the type byte of the numbers 0xca…0xd3 (float 32, 64; uint 8…64; int 8…64). */
const NUMBER_BYTES = [4, 8, 1, 2, 4, 8, 1, 2, 4, 8];

/** A length or count of 1, 2 or 4 bytes (`width` 0, 1, 2), big-endian. */
function sized(width: number): number {
  return width === 0 ? u8() : width === 1 ? u16() : u32();
}

/** Moves past a value whose type byte `b` (0xc0 and up, just read) is not a fix- form. */
function skipTyped(b: number, depth: number): void {
  if (b === 0xc0 || b === 0xc2 || b === 0xc3) return;
  if (b >= 0xca && b <= 0xd3) jump(NUMBER_BYTES[b - 0xca] as number);
  else if (b >= 0xd4 && b <= 0xd8) skipExtension(1 << (b - 0xd4));
  else if (b >= 0xc4 && b <= 0xc6)
    jump(sized(b - 0xc4)); // bin
  else if (b >= 0xc7 && b <= 0xc9) skipExtension(sized(b - 0xc7));
  else if (b >= 0xd9 && b <= 0xdb)
    jump(sized(b - 0xd9)); // str
  else if (b === 0xdc || b === 0xdd) skipArray(sized(b - 0xdb), depth);
  else if (b === 0xde || b === 0xdf) skipMap(sized(b - 0xdd), depth);
  else throw GIVE_UP; // 0xc1: no type
}

function skipArray(n: number, depth: number): void {
  if (n > end - pos) throw TRUNCATED; // each entry takes a byte at least
  if (depth >= MAX_DEPTH) throw GIVE_UP;
  for (let i = 0; i < n; i++) skip(depth + 1);
}

function skipMap(n: number, depth: number): void {
  if (n > (end - pos) / 2) throw TRUNCATED; // each entry takes two bytes at least
  if (depth >= MAX_DEPTH) throw GIVE_UP;
  for (let i = 0; i < n; i++) {
    const key = bytes[pos] as number;
    // A key of up to 8 ASCII-or-not bytes cannot be `__proto__` in any spelling: passed at once.
    if (key >= 0xa0 && key <= 0xa8 && pos + 1 + key - 0xa0 <= end) pos += 1 + key - 0xa0;
    else skipKey();
    skip(depth + 1);
  }
}

/** The length of the string at `pos` (moving past its header), or -1 when no string is there. */
function stringHeader(): number {
  if (pos >= end) throw TRUNCATED;
  const b = bytes[pos] as number;
  if (b >= 0xa0 && b <= 0xbf) {
    pos++;
    return b - 0xa0;
  }
  if (b < 0xd9 || b > 0xdb) return -1;
  pos++;
  return sized(b - 0xd9);
}

const PROTO = [0x5f, 0x5f, 0x70, 0x72, 0x6f, 0x74, 0x6f, 0x5f, 0x5f]; // __proto__

/**
 * A string key of `length` bytes at `pos`: gives up where the library would refuse it (`__proto__`) or might
 * read it as that (its UTF-8 decoder takes overlong forms, so 10–36 bytes with a non-ASCII byte could be it).
 */
function checkKeyText(length: number): void {
  if (pos + length > end) throw TRUNCATED;
  if (length < 9 || length > 36) return;
  if (length === 9) {
    for (let i = 0; i < 9; i++) if (bytes[pos + i] !== PROTO[i]) return;
    throw GIVE_UP;
  }
  for (let i = pos; i < pos + length; i++) if ((bytes[i] as number) >= 0x80) throw GIVE_UP;
}

/** Moves past a map key: a string or a number, as the library takes; anything else gives up. */
function skipKey(): void {
  const length = stringHeader();
  if (length !== -1) {
    checkKeyText(length);
    pos += length;
    return;
  }
  const b = bytes[pos] as number;
  if (!(b <= 0x7f || b >= 0xe0 || (b >= 0xca && b <= 0xd3))) throw GIVE_UP;
  skip(0);
}

/**
 * The index in `names` of the string key at `pos`, moving past it; -1 for any other key (checked and passed).
 * Only ASCII keys are matched: a key with other bytes could be an overlong spelling, so the walk gives up on it.
 */
function keyIndex(names: readonly Uint8Array[]): number {
  const length = stringHeader();
  if (length === -1) {
    skipKey();
    return -1;
  }
  if (pos + length > end) throw TRUNCATED;
  const at = pos;
  for (let k = 0; k < names.length; k++) {
    const name = names[k] as Uint8Array;
    if (name.length !== length) continue;
    let i = 0;
    while (i < length && bytes[at + i] === name[i]) i++;
    if (i === length) {
      pos = at + length;
      return k;
    }
  }
  for (let i = at; i < at + length; i++) if ((bytes[i] as number) >= 0x80) throw GIVE_UP;
  checkKeyText(length);
  pos = at + length;
  return -1;
}

const ascii = (...names: string[]): Uint8Array[] => names.map((n) => Uint8Array.from(n, (c) => c.charCodeAt(0)));

/** `n` entries of at least `bytesEach` bytes, when that many bytes are left. */
function claimed(n: number, bytesEach: number): number {
  if (n * bytesEach > end - pos) throw TRUNCATED;
  return n;
}

/** The size of the map at `pos` (moving past its header), or -1 when no map is there. */
function mapHeader(): number {
  if (pos >= end) throw TRUNCATED;
  const b = bytes[pos] as number;
  if (b >= 0x80 && b <= 0x8f) {
    pos++;
    return b - 0x80;
  }
  if (b !== 0xde && b !== 0xdf) return -1;
  pos++;
  return claimed(sized(b - 0xdd), 2);
}

/** The size of the array at `pos` (moving past its header), or -1 when no array is there. */
function arrayHeader(): number {
  if (pos >= end) throw TRUNCATED;
  const b = bytes[pos] as number;
  if (b >= 0x90 && b <= 0x9f) {
    pos++;
    return b - 0x90;
  }
  if (b !== 0xdc && b !== 0xdd) return -1;
  pos++;
  return claimed(sized(b - 0xdb), 1);
}

/** A 64-bit integer as the library reads it without BigInt (high × 2^32 + low, exact while safe). */
function int64(signed: boolean): number {
  const high = u32();
  const low = u32();
  return (signed && high >= 0x80000000 ? high - 2 ** 32 : high) * 2 ** 32 + low;
}

/** The integer at `pos` (moving past it), or NaN, not moving, when no integer is there. */
function integer(): number {
  const b = bytes[pos] as number;
  if (b <= 0x7f) {
    pos++;
    return b;
  }
  if (b >= 0xe0) {
    pos++;
    return b - 0x100;
  }
  if (!(b >= 0xcc && b <= 0xd3)) return Number.NaN;
  pos++;
  if (b === 0xcf || b === 0xd3) return int64(b === 0xd3);
  if (b <= 0xce) return sized(b - 0xcc); // uint 8, 16, 32
  const width = b - 0xd0; // int 8, 16, 32: sign-extended
  const shift = 32 - (8 << width);
  return (sized(width) << shift) >> shift;
}

/** A string's UTF-16 code units, reused (no array per string). */
const codes: number[] = [];

/**
 * The string in `bytes[from, from + length)` when it is ASCII or two-byte UTF-8 (Latin, Cyrillic: titles, types,
 * statuses, links), which every UTF-8 decoder reads alike; null for anything else, left to the library.
 */
function shortText(from: number, length: number): string | null {
  codes.length = 0;
  for (let i = from; i < from + length; i++) {
    const c = bytes[i] as number;
    if (c < 0x80) codes.push(c);
    else if (c >= 0xc2 && c <= 0xdf && i + 1 < from + length && ((bytes[i + 1] as number) & 0xc0) === 0x80) {
      codes.push(((c & 0x1f) << 6) | ((bytes[++i] as number) & 0x3f));
    } else return null;
  }
  return String.fromCharCode.apply(null, codes);
}

/**
 * The value at `pos`, as the full decode gives it: integers, nil and booleans, ids (extension 1) and short ASCII
 * strings by hand; anything else by the library, on the value's own bytes.
 */
function value(depth: number): unknown {
  if (pos >= end) throw TRUNCATED;
  const start = pos;
  const b = bytes[pos] as number;
  if (b <= 0x7f || b >= 0xe0 || (b >= 0xcc && b <= 0xd3)) return integer();
  if (b === 0xc0) {
    pos++;
    return null;
  }
  if ((b >= 0xa0 && b <= 0xbf) || b === 0xd9) {
    const from = b === 0xd9 ? pos + 2 : pos + 1;
    const length = b === 0xd9 ? (bytes[pos + 1] as number) : b - 0xa0;
    if (from > end || from + length > end) throw TRUNCATED;
    const text = shortText(from, length);
    if (text !== null) {
      pos = from + length;
      return text;
    }
  } else if ((b === 0xd4 || b === 0xc7) && pos + 3 <= end) {
    // An id: `d4 01 <fixint>` or `c7 <n> 01 <integer>`.
    const size = b === 0xd4 ? 1 : (bytes[pos + 1] as number);
    const type = bytes[b === 0xd4 ? pos + 1 : pos + 2];
    const data = b === 0xd4 ? pos + 2 : pos + 3;
    if (type === MAX_ID_EXTENSION && data + size <= end) {
      pos = data + size;
      return wrappedIdToString(bytes, data, pos);
    }
  }
  skip(depth);
  const decoded = decodeMaxMessagePack(bytes.subarray(start, pos));
  if (decoded === undefined) throw GIVE_UP;
  return decoded;
}

/** The members of each chat whose `participants` is an object, in list order (frames.ts lines them up). */
let members: ([MaxId, number][] | null)[] = [];

/** Array indices (0 … 2^32 − 2): an object lists such keys first, ascending, whatever their order in the map. */
const MAX_INDEX = 2 ** 32 - 2;

/**
 * `participants` → what chat-fields.ts's `members` makes of the decoded object: [userId, time] pairs, times
 * that are numbers ≥ 0 only, at most MAX_MEMBERS_PER_CHAT, in the object's key order. Read by hand when the keys
 * are integer array indices in ascending order (the usual map: user ids); otherwise null, and the map is decoded.
 */
function readMembers(depth: number): { participants: unknown; pairs: [MaxId, number][] | null } {
  const start = pos;
  const n = mapHeader();
  if (n === -1) return { participants: value(depth), pairs: null };
  // The usual map: keys ascending, so the pairs are made as the keys come.
  const pairs: [MaxId, number][] = [];
  let last = -1;
  for (let i = 0; i < n; i++) {
    const key = pos < end ? integer() : Number.NaN;
    if (!(key > last && key <= MAX_INDEX)) {
      // Keys out of order, twice, or not indices: decoded, and walked by chat-fields.ts as a decoded object is.
      pos = start;
      return { participants: value(depth), pairs: null };
    }
    last = key;
    const time = memberTime(depth);
    if (pairs.length < MAX_MEMBERS_PER_CHAT && time >= 0 && time <= Number.MAX_VALUE) pairs.push([userId(key), time]);
  }
  return { participants: EMPTY, pairs };
}

/** A member's time: a number (NaN for anything else, which is passed). */
function memberTime(depth: number): number {
  const b = pos < end ? (bytes[pos] as number) : -1;
  const time = integer();
  if (!Number.isNaN(time)) return time;
  if (b === 0xca || b === 0xcb) return readFloat(b);
  skip(depth + 1);
  return Number.NaN;
}

/**
 * User ids as strings, one string per user for the whole frame: the same people are members of many chats (a
 * teacher of 40 groups), and a string made once is both cheaper than String() each time and less to collect.
 */
const userIds = new Map<number, string>();

function userId(key: number): string {
  let id = userIds.get(key);
  if (id === undefined) {
    id = String(key);
    userIds.set(key, id);
  }
  return id;
}

/** Stands for a `participants` map read into pairs: an object, so frames.ts takes the pairs for it. */
const EMPTY = Object.freeze({});

/** A float32 (0xca) or float64 (0xcb) at `pos`, moving past it. */
function readFloat(b: number): number {
  const size = b === 0xca ? 4 : 8;
  if (pos + 1 + size > end) throw TRUNCATED;
  const view = new DataView(bytes.buffer, bytes.byteOffset + pos + 1, size);
  pos += 1 + size;
  return size === 4 ? view.getFloat32(0) : view.getFloat64(0);
}

type FieldReader = (depth: number) => unknown;
/** The fields of a map that are read, by name; any other key is passed. */
interface Fields {
  names: string[];
  bytes: Uint8Array[];
  readers: FieldReader[];
}
const fields = (spec: Record<string, FieldReader>): Fields => {
  const names = Object.keys(spec);
  return { names, bytes: ascii(...names), readers: Object.values(spec) };
};

const isMapAt = (): boolean => {
  const b = pos < end ? (bytes[pos] as number) : -1;
  return (b >= 0x80 && b <= 0x8f) || b === 0xde || b === 0xdf;
};

/** The map at `pos` with only `spec`'s fields, each read its way; anything else there is a value, decoded. */
function readMap(depth: number, spec: Fields): unknown {
  const n = mapHeader();
  if (n === -1) return value(depth);
  const out: Record<string, unknown> = {};
  for (let i = 0; i < n; i++) {
    const field = keyIndex(spec.bytes);
    if (field === -1) skip(depth + 1);
    else out[spec.names[field] as string] = (spec.readers[field] as FieldReader)(depth + 1);
  }
  return out;
}

/** The members of the chat being read (null: its `participants` decoded), and where its `adminParticipants` is. */
let pairs: [MaxId, number][] | null = null;
let adminsFrom = -1;
let adminsTo = -1;

const CHAT = fields({
  id: value,
  type: value,
  status: value,
  title: value,
  owner: value,
  admins: value,
  participantsCount: value,
  link: value,
  created: value,
  lastEventTime: value,
  participants: (depth) => {
    const read = readMembers(depth);
    pairs = read.pairs;
    return read.participants;
  },
  adminParticipants: (depth) => {
    // Decoded only when `admins` is not a list (chat-fields.ts looks at it then only).
    adminsFrom = pos;
    skip(depth);
    adminsTo = pos;
    return undefined;
  },
});

/** One chat with only the fields chat-fields.ts's `toBridgeChat` reads; its members go to `members`. */
function readChat(depth: number): unknown {
  if (!isMapAt()) return value(depth);
  pairs = null;
  adminsFrom = -1;
  const chat = readMap(depth, CHAT) as Record<string, unknown>;
  if (adminsFrom !== -1 && !Array.isArray(chat.admins)) {
    const decoded = decodeMaxMessagePack(bytes.subarray(adminsFrom, adminsTo));
    if (decoded === undefined) throw GIVE_UP;
    chat.adminParticipants = decoded;
  }
  if (isObj(chat.participants)) members.push(pairs);
  return chat;
}

/** Whether chat-fields.ts makes a chat of it (an id and a type): frames.ts keeps the first MAX_CHATS_PER_FRAME. */
function isChat(chat: unknown): boolean {
  const c = chat as Partial<Record<keyof BridgeChat, unknown>> | null;
  return typeof c === 'object' && c !== null && asId(c.id) !== undefined && typeof c.type === 'string';
}

/** A list of what `read` reads; past `keep` items for which `kept` holds, the rest only walked (left as null). */
function readList(depth: number, read: FieldReader, keep = Number.POSITIVE_INFINITY, kept = isChat): unknown {
  const n = arrayHeader();
  if (n === -1) return value(depth);
  const list: unknown[] = [];
  let count = 0;
  for (let i = 0; i < n; i++) {
    if (count >= keep) {
      skip(depth + 1);
      list.push(null);
    } else {
      const item = read(depth + 1);
      if (kept(item)) count++;
      list.push(item);
    }
  }
  return list;
}

/** A chat list (a field given twice: the last counts, as in a decoded object, so its members start afresh). */
function readChats(depth: number): unknown {
  members = [];
  return readList(depth, readChat, MAX_CHATS_PER_FRAME);
}

function readOneChat(depth: number): unknown {
  members = [];
  return readChat(depth);
}

/** A profile's or contact's `{id, names}`: all chat-fields.ts's `toPerson` reads. */
const PERSON = fields({ id: value, names: value });
const readPerson = (depth: number) => readMap(depth, PERSON);
const PROFILE = fields({ contact: readPerson });
const LOGIN = fields({
  profile: (depth) => readMap(depth, PROFILE),
  chats: readChats,
  contacts: (depth) => readList(depth, readPerson),
});
const UPDATE = fields({ chat: readOneChat });

/** Per opcode, the payload fields frames.ts reads. */
const PAYLOAD_READERS: ReadonlyMap<number, Fields> = new Map([
  [Opcode.LOGIN, LOGIN],
  [Opcode.CHATS_LIST, fields({ chats: readChats, marker: value })],
  [Opcode.CHAT_INFO, fields({ chats: readChats })],
  [Opcode.CHAT_UPDATE, UPDATE],
  [Opcode.CHAT_JOIN, UPDATE],
  [Opcode.CHAT_MEMBERS_UPDATE, UPDATE],
  [Opcode.NOTIF_CHAT, UPDATE],
]);

/** The opcodes `readChatFrame` reads. */
export function isChatFrame(opcode: number): boolean {
  return PAYLOAD_READERS.has(opcode);
}

/** A chat frame's payload with only what Сверка reads, and the members of its chats (see frames.ts's KnownMembers). */
export interface ChatFramePayload extends KnownMembers {
  payload: Record<string, unknown>;
}

/**
 * The payload of a chat frame's inflated MessagePack `body`, with only the fields Сверка reads; 'truncated' when
 * the body is certainly not one MessagePack value (it ends inside one, or goes on after it); null when the walk
 * cannot vouch for the bytes (the caller then decodes the body whole). Never throws.
 */
export function readChatFrame(opcode: number, body: Uint8Array): ChatFramePayload | 'truncated' | null {
  const readers = PAYLOAD_READERS.get(opcode);
  if (readers === undefined || body.length === 0) return null;
  bytes = body;
  pos = 0;
  end = body.length;
  members = [];
  try {
    if (!isMapAt()) return null;
    const payload = readMap(1, readers) as Record<string, unknown>;
    if (pos !== end) return 'truncated'; // bytes after the payload: not one MessagePack value either
    return { payload, members };
  } catch (e) {
    if (e === GIVE_UP) return null;
    if (e === TRUNCATED) return 'truncated';
    throw e;
  } finally {
    bytes = NONE; // the frame's bytes are not kept alive by the module, nor its ids
    userIds.clear();
  }
}
