// Types for max-binary.mjs: MAX's binary WebSocket protocol 10 (MessagePack + LZ4), shared by FakeMaxServer and the
// stand-in page's codec chunk.
import type { ExtData } from '@msgpack/msgpack';

export declare const BINARY_VERSION: 10;
export declare const JSON_VERSION: 11;
export declare const HEADER_BYTES: 10;
/** Bodies of this many bytes or more are LZ4-compressed. */
export declare const COMPRESS_FROM: 32;
/** MessagePack extension type of a wrapped 64-bit integer (an id). */
export declare const EXT_ID: 1;
/** Keys whose value is an id or a list of ids (sent ext-1-wrapped). */
export declare const ID_KEYS: ReadonlySet<string>;
/** Keys whose value is an object keyed by ids (sent as a map with integer keys). */
export declare const INT_KEYED_MAPS: ReadonlySet<string>;

/** A frame to encode; `payload` undefined or null → an empty body. */
export interface FrameInput {
  ver?: number;
  cmd: number;
  seq: number;
  opcode: number;
  payload?: unknown;
}

/** A decoded binary frame; `payload` is null for an empty body; ids past 2^53 are bigints. */
export interface BinaryFrame {
  ver: number;
  cmd: number;
  seq: number;
  opcode: number;
  flags: number;
  // biome-ignore lint/suspicious/noExplicitAny: payload shapes vary by opcode; tests narrow them.
  payload: any;
}

/** An id as MAX sends it: extension 1 around a MessagePack 64-bit integer. */
export declare function wrapId(id: number | bigint | string): ExtData;
/** A plain payload → its wire form (ids wrapped by key, id-keyed objects as Maps with integer keys). */
export declare function toWire(value: unknown, key?: string): unknown;
/** A payload → MessagePack bytes (toWire first unless `wire: false`). */
export declare function encodeBody(payload: unknown, options?: { wire?: boolean }): Uint8Array;
/** MessagePack bytes → a value (ids and 64-bit integers as numbers when safe, bigints otherwise). */
export declare function decodeBody(bytes: Uint8Array): unknown;
/** LZ4 when 32 bytes or more and lz4js accepts; flags = ceil(raw ÷ compressed), 0 for plain. */
export declare function compressBody(raw: Uint8Array): { flags: number; body: Uint8Array };
export declare function decompressBody(body: Uint8Array, flags: number): Uint8Array;
/** A frame → its exact bytes (10-byte header + body). */
export declare function encodeFrame(frame: FrameInput, options?: { wire?: boolean; compress?: boolean }): Uint8Array;
/** Frame bytes → the decoded frame; throws on a short frame or a wrong length. */
export declare function decodeFrame(data: ArrayBuffer | ArrayBufferView): BinaryFrame;
/** A decoded value → JSON data (bigints as decimal strings). */
export declare function toJSONable(value: unknown): unknown;
