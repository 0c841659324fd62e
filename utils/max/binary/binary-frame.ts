/**
 * MAX web's binary frames (protocol 10, wss://api.oneme.ru): the 10-byte
 * header, the body's LZ4 block, the MessagePack inside. Pure functions, no
 * DOM, no clock. Facts and sources: utils/max/PROTOCOL.md.
 *
 *   ver u8 · cmd u8 · seq u16 · opcode u16 · flags u8 · length u24   (big-endian)
 *
 * `flags` 0: the body is MessagePack; 1–127: one LZ4 block that inflates to
 * at most flags × length bytes; 0xff (zstd) and the rest: not readable here.
 */

import { decompressLz4Block } from './lz4-block';
import { decodeMaxMessagePack } from './max-msgpack';

export const BINARY_HEADER_BYTES = 10;
/** The protocol version binary frames carry today. */
export const BINARY_PROTOCOL_VERSION = 10;
const MAX_LZ4_RATIO = 0x7f;
/** A body that claims to inflate past this is refused (MAX's largest logins are a few MB). */
const MAX_INFLATED_BYTES = 32 << 20;

/*
 * The last header read by `peekBinaryHead`, in module variables rather than a
 * new object: the socket listener runs it on every frame, pings included.
 */
let headVer = -1;
let headCmd = -1;
let headOpcode = -1;
let headFlags = -1;
let headLength = -1;

/**
 * Reads the header of `bytes` into the module's head; false when it is too
 * short to be a frame or its `length` does not match the bytes after it.
 */
export function peekBinaryHead(bytes: Uint8Array): boolean {
  if (bytes.length < BINARY_HEADER_BYTES) return false;
  headVer = bytes[0] as number;
  headCmd = bytes[1] as number;
  headOpcode = ((bytes[4] as number) << 8) | (bytes[5] as number);
  headFlags = bytes[6] as number;
  headLength = ((bytes[7] as number) << 16) | ((bytes[8] as number) << 8) | (bytes[9] as number);
  return headLength === bytes.length - BINARY_HEADER_BYTES;
}

export const lastBinaryVersion = (): number => headVer;
export const lastBinaryCmd = (): number => headCmd;
export const lastBinaryOpcode = (): number => headOpcode;

export interface BinaryHead {
  ver: number;
  cmd: number;
  seq: number;
  opcode: number;
  flags: number;
  length: number;
}

/** The header as an object (tests, diagnostics); null when `bytes` is not a whole frame. */
export function readBinaryHead(bytes: Uint8Array): BinaryHead | null {
  if (!peekBinaryHead(bytes)) return null;
  const seq = ((bytes[2] as number) << 8) | (bytes[3] as number);
  return { ver: headVer, cmd: headCmd, seq, opcode: headOpcode, flags: headFlags, length: headLength };
}

/** The body as sent (still compressed when `flags` says so). */
export function rawBody(bytes: Uint8Array): Uint8Array {
  return bytes.subarray(BINARY_HEADER_BYTES);
}

/** Whether the last peeked frame's body is LZ4 (flags 1–127). */
export const lastBinaryCompressed = (): boolean => headFlags > 0 && headFlags <= MAX_LZ4_RATIO;

/** Why a frame's body could not be had. */
type BodyError = 'compression' | 'lz4';

/**
 * The frame's MessagePack bytes: the body as is, or inflated. Call after a
 * successful `peekBinaryHead` of the same bytes.
 */
export function binaryBody(bytes: Uint8Array): Uint8Array | BodyError {
  const body = rawBody(bytes);
  if (headFlags === 0) return body;
  if (headFlags > MAX_LZ4_RATIO) return 'compression';
  try {
    return decompressLz4Block(body, Math.min(headFlags * body.length, MAX_INFLATED_BYTES));
  } catch {
    return 'lz4';
  }
}

/** `join/` — every invite route (max.ru/join/…, web.max.ru/join/…) has it; MessagePack keeps strings as UTF-8 bytes. */
const J = 0x6a;
const O = 0x6f;
const I = 0x69;
const N = 0x6e;
const SLASH = 0x2f;

/**
 * Whether an LZ4 block can inflate to bytes holding `join/`, looking at the block as it is: the first `j` (and the
 * first `/`) of the output cannot come from a match, which copies only earlier output, so each must stand in the
 * block as a literal. A block without both bytes never holds `join/` (most messages: Cyrillic text has neither);
 * with them it may, and is inflated to be sure.
 */
export function mayMentionInvite(block: Uint8Array): boolean {
  return block.indexOf(J) !== -1 && block.indexOf(SLASH) !== -1;
}

/** Whether the bytes hold `join/` anywhere: a message without it has no invite link, so it is not decoded. */
export function mentionsInvite(bytes: Uint8Array): boolean {
  let at = bytes.indexOf(J);
  while (at !== -1 && at + 4 < bytes.length) {
    if (bytes[at + 1] === O && bytes[at + 2] === I && bytes[at + 3] === N && bytes[at + 4] === SLASH) return true;
    at = bytes.indexOf(J, at + 1);
  }
  return false;
}

/** A decoded frame, in the same shape as a JSON frame. */
export interface DecodedFrame {
  ver: number;
  cmd: number;
  opcode: number;
  payload: unknown;
}

/** Decodes an already inflated body (see `binaryBody`). */
export function decodeBody(ver: number, cmd: number, opcode: number, body: Uint8Array): DecodedFrame | 'msgpack' {
  if (body.length === 0) return { ver, cmd, opcode, payload: null };
  const payload = decodeMaxMessagePack(body);
  return payload === undefined ? 'msgpack' : { ver, cmd, opcode, payload };
}
