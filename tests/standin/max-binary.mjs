// @ts-check
// MAX's binary WebSocket protocol, version 10 (wss://api.oneme.ru/websocket): one encoder/decoder shared by the fake
// server (node) and the stand-in page (bundled by esbuild from page/codec.js). See utils/max/PROTOCOL.md
// and tests/standin/README.md.
//
// A frame: a 10-byte big-endian header — ver u8 (10), cmd u8, seq u16, opcode u16, flags u8, length u24 — then `length`
// bytes of body. flags 0: the body is MessagePack; 1…127: one raw LZ4 block whose decompressed size is at most
// flags × length (flags = ceil(raw ÷ compressed)). Empty body = no payload. In the MessagePack, ids are extension
// type 1 around a nested MessagePack integer; members maps are keyed by plain MessagePack integers; times are plain
// integers (64-bit when large).
import { Decoder, decode, Encoder, ExtData, ExtensionCodec, encode } from '@msgpack/msgpack';
import lz4 from 'lz4js';

export const BINARY_VERSION = 10;
export const JSON_VERSION = 11;
export const HEADER_BYTES = 10;
/** Bodies of this many bytes or more are LZ4-compressed (as the web client does). */
export const COMPRESS_FROM = 32;
/** MessagePack extension type of a wrapped 64-bit integer (an id). */
export const EXT_ID = 1;
const MAX_FLAGS = 0x7f;
const MAX_LENGTH = 0xff_ffff;
/** The most a decoder will inflate one body to. */
const MAX_DECOMPRESSED = 32 * 1024 * 1024;

/** Keys whose value is an id (or a list of ids): sent ext-1-wrapped. `cid` is a client counter, not an id. */
export const ID_KEYS = new Set([
  'id',
  'owner',
  'sender',
  'admins',
  'chatId',
  'chatIds',
  'messageId',
  'messageIds',
  'prevMessageId',
  'invitedBy',
  'userId',
  'userIds',
  'contactIds',
]);
/** Keys whose value is an object keyed by ids: sent as MessagePack maps with integer keys. */
export const INT_KEYED_MAPS = new Set(['participants', 'adminParticipants', 'presence', 'messages']);

const INTEGER_STRING = /^-?\d+$/;

/**
 * An id as MAX sends it: extension type 1 whose data is the id as a MessagePack 64-bit integer (`cf`/`d3` + 8 bytes).
 * @param {number | bigint | string} id
 */
export function wrapId(id) {
  return new ExtData(EXT_ID, encode(BigInt(id), { useBigInt64: true }));
}

/** @param {unknown} v @returns {v is number | bigint | string} */
const isIntegerLike = (v) =>
  (typeof v === 'number' && Number.isInteger(v)) ||
  typeof v === 'bigint' ||
  (typeof v === 'string' && INTEGER_STRING.test(v));

/** @param {string} key */
const intKey = (key) => {
  const n = Number(key);
  return Number.isSafeInteger(n) ? n : BigInt(key);
};

/**
 * A plain payload (ids as numbers or digit strings, members as `{[userId]: time}`) → its wire form: ids wrapped in
 * extension 1 (by key: ID_KEYS), id-keyed objects (INT_KEYED_MAPS) as Maps with integer keys. Returns a new value;
 * ExtData and Maps pass through as they are.
 * @param {unknown} value
 * @param {string} [key] the key `value` sits under
 * @returns {unknown}
 */
export function toWire(value, key) {
  if (value === null || value === undefined) return value;
  if (key !== undefined && ID_KEYS.has(key)) {
    if (isIntegerLike(value)) return wrapId(value);
    if (Array.isArray(value)) return value.map((v) => (isIntegerLike(v) ? wrapId(v) : toWire(v)));
  }
  if (Array.isArray(value)) return value.map((v) => toWire(v));
  if (typeof value !== 'object' || value instanceof ExtData || value instanceof Map || ArrayBuffer.isView(value))
    return value;
  const entries = Object.entries(value);
  if (
    key !== undefined &&
    INT_KEYED_MAPS.has(key) &&
    entries.length > 0 &&
    entries.every(([k]) => INTEGER_STRING.test(k))
  ) {
    return new Map(entries.map(([k, v]) => [intKey(k), toWire(v)]));
  }
  /** @type {Record<string, unknown>} */
  const out = {};
  for (const [k, v] of entries) if (v !== undefined) out[k] = toWire(v, k);
  return out;
}

// @msgpack/msgpack 3.1 encodes a Map as an empty object and refuses a bigint without useBigInt64 (with it, it would
// turn large safe integers — times — into float64s, which MAX refuses). This encoder writes Maps with their own keys
// (integer keys for members) and bigints as 64-bit integers; everything else as @msgpack/msgpack does.
class WireEncoder extends Encoder {
  /** @param {any} object @param {number} depth */
  encodeObject(object, depth) {
    if (typeof object === 'bigint') return this.encodeBigInt64(object);
    if (object instanceof Map) {
      const size = object.size;
      if (size < 16) this.writeU8(0x80 + size);
      else if (size < 0x10000) {
        this.writeU8(0xde);
        this.writeU16(size);
      } else {
        this.writeU8(0xdf);
        this.writeU32(size);
      }
      for (const [k, v] of object) {
        this.doEncode(k, depth + 1);
        this.doEncode(v, depth + 1);
      }
      return;
    }
    return /** @type {any} */ (Encoder.prototype).encodeObject.call(this, object, depth);
  }
}
const encoder = new WireEncoder({ ignoreUndefined: true });

/** @param {unknown} v @returns {unknown} bigints that fit a double's integers become numbers */
function narrow(v) {
  if (typeof v === 'bigint') {
    return v >= BigInt(Number.MIN_SAFE_INTEGER) && v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : v;
  }
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) v[i] = narrow(v[i]);
    return v;
  }
  if (v && typeof v === 'object' && !(v instanceof ExtData) && !ArrayBuffer.isView(v)) {
    const o = /** @type {Record<string, unknown>} */ (v);
    for (const k of Object.keys(o)) o[k] = narrow(o[k]);
  }
  return v;
}

const extensionCodec = new ExtensionCodec();
extensionCodec.register({
  type: EXT_ID,
  encode: () => null,
  // The data is itself MessagePack: `cf`/`d3` + 8 bytes, or a fixint for a small value.
  decode: (data) => decode(data, { useBigInt64: true }),
});
const decoder = new Decoder({
  extensionCodec,
  useBigInt64: true,
  mapKeyConverter: (key) => {
    if (typeof key === 'string' || typeof key === 'number') return key;
    if (typeof key === 'bigint') return String(key);
    throw new TypeError(`unsupported map key ${typeof key}`);
  },
});

/**
 * A payload → MessagePack bytes (applies toWire unless `wire: false`).
 * @param {unknown} payload @param {{ wire?: boolean }} [options]
 */
export function encodeBody(payload, { wire = true } = {}) {
  return encoder.encode(wire ? toWire(payload) : payload);
}

/**
 * MessagePack bytes → a value: ids (extension 1) and 64-bit integers as numbers when they fit a double exactly,
 * bigints otherwise; integer map keys as object keys (strings).
 * @param {Uint8Array} bytes
 */
export function decodeBody(bytes) {
  return narrow(decoder.decode(bytes));
}

/**
 * LZ4-compresses a body when it is COMPRESS_FROM bytes or more (keeps the compressed form even when larger, as the web
 * client does); plain when lz4js declines or the ratio would not fit the flags byte.
 * @param {Uint8Array} raw @returns {{ flags: number, body: Uint8Array }}
 */
export function compressBody(raw) {
  if (raw.length < COMPRESS_FROM) return { flags: 0, body: raw };
  const out = new Uint8Array(lz4.compressBound(raw.length));
  const size = lz4.compressBlock(raw, out, 0, raw.length, new Uint32Array(65536));
  if (size <= 0) return { flags: 0, body: raw };
  const flags = Math.ceil(raw.length / size);
  if (flags > MAX_FLAGS) return { flags: 0, body: raw };
  return { flags, body: out.slice(0, size) };
}

/**
 * The raw MessagePack of a body: inflated when `flags` says LZ4.
 * @param {Uint8Array} body @param {number} flags
 */
export function decompressBody(body, flags) {
  if (flags === 0) return body;
  if (flags > MAX_FLAGS) throw new Error(`unsupported frame flags ${flags}`);
  const out = new Uint8Array(Math.min(flags * body.length, MAX_DECOMPRESSED));
  const size = lz4.decompressBlock(body, out, 0, body.length, 0);
  if (size > out.length) throw new Error('LZ4 body larger than its flags allow');
  return out.subarray(0, size);
}

/**
 * @typedef {{ ver?: number, cmd: number, seq: number, opcode: number, payload?: unknown }} FrameInput
 * @typedef {{ ver: number, cmd: number, seq: number, opcode: number, flags: number, payload: unknown }} BinaryFrame
 */

/**
 * A frame → its bytes. `payload` undefined or null → an empty body (length 0). Options: `wire: false` sends the
 * payload as given (no id wrapping), `compress: false` never compresses.
 * @param {FrameInput} frame @param {{ wire?: boolean, compress?: boolean }} [options]
 * @returns {Uint8Array}
 */
export function encodeFrame(frame, { wire = true, compress = true } = {}) {
  const raw =
    frame.payload === undefined || frame.payload === null ? new Uint8Array(0) : encodeBody(frame.payload, { wire });
  const { flags, body } = compress ? compressBody(raw) : { flags: 0, body: raw };
  if (body.length > MAX_LENGTH) throw new Error(`frame body too large: ${body.length} bytes`);
  const bytes = new Uint8Array(HEADER_BYTES + body.length);
  const view = new DataView(bytes.buffer);
  view.setUint8(0, frame.ver ?? BINARY_VERSION);
  view.setUint8(1, frame.cmd);
  view.setUint16(2, frame.seq & 0xffff);
  view.setUint16(4, frame.opcode);
  view.setUint32(6, ((flags << 24) | body.length) >>> 0);
  bytes.set(body, HEADER_BYTES);
  return bytes;
}

/**
 * Bytes (ArrayBuffer, a view, a node Buffer) → `{ver, cmd, seq, opcode, flags, payload}` (payload null for an empty
 * body). Throws on a short frame or a length that does not match.
 * @param {ArrayBuffer | ArrayBufferView} data @returns {BinaryFrame}
 */
export function decodeFrame(data) {
  const bytes =
    data instanceof Uint8Array
      ? data
      : ArrayBuffer.isView(data)
        ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength)
        : new Uint8Array(data);
  if (bytes.length < HEADER_BYTES) throw new Error(`frame too short: ${bytes.length} bytes`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const packed = view.getUint32(6);
  const flags = packed >>> 24;
  const length = packed & MAX_LENGTH;
  if (bytes.length !== HEADER_BYTES + length)
    throw new Error(`frame length ${length} does not match ${bytes.length - HEADER_BYTES} body bytes`);
  const body = bytes.subarray(HEADER_BYTES);
  return {
    ver: view.getUint8(0),
    cmd: view.getUint8(1),
    seq: view.getUint16(2),
    opcode: view.getUint16(4),
    flags,
    payload: length === 0 ? null : decodeBody(decompressBody(body, flags)),
  };
}

/**
 * A decoded value → plain JSON data: bigints (ids past 2^53) as decimal strings; other extensions as
 * `{$ext: type, data: hex}`; byte arrays as `{$bin: hex}`.
 * @param {unknown} value @returns {unknown}
 */
export function toJSONable(value) {
  if (typeof value === 'bigint') return String(value);
  if (Array.isArray(value)) return value.map(toJSONable);
  if (value instanceof ExtData) {
    const data = value.data instanceof Uint8Array ? value.data : new Uint8Array(0);
    return { $ext: value.type, data: hex(data) };
  }
  if (value instanceof Uint8Array) return { $bin: hex(value) };
  if (value && typeof value === 'object') {
    /** @type {Record<string, unknown>} */
    const out = {};
    for (const [k, v] of Object.entries(value)) out[k] = toJSONable(v);
    return out;
  }
  return value;
}

/** @param {Uint8Array} bytes */
const hex = (bytes) => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
