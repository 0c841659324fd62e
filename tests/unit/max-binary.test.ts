/**
 * MAX's binary protocol 10 as the stand-in speaks it (tests/standin/max-binary.mjs), against the frames in
 * tests/fixtures/frames-binary/ (written by tests/fixtures/make-binary-frames.mjs).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  COMPRESS_FROM,
  decodeBody,
  decodeFrame,
  encodeBody,
  encodeFrame,
  HEADER_BYTES,
  toJSONable,
} from '../standin/max-binary.mjs';

const DIR = resolve(import.meta.dirname, '../fixtures/frames-binary');
const NAMES = readdirSync(DIR)
  .filter((f) => f.endsWith('.b64'))
  .map((f) => f.slice(0, -'.b64'.length))
  .sort();
const bytesOf = (name: string) =>
  new Uint8Array(Buffer.from(readFileSync(resolve(DIR, `${name}.b64`), 'utf8'), 'base64'));
const jsonOf = (name: string) => JSON.parse(readFileSync(resolve(DIR, `${name}.json`), 'utf8'));
const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');

describe('binary frame fixtures', () => {
  it('has the thirteen frames', () => {
    expect(NAMES).toEqual([
      '1-ping',
      '128-notif-message-18-digit-id',
      '128-notif-message-plain',
      '135-notif-chat',
      '19-login-2000-chats',
      '19-login-after-sync',
      '48-chat-info',
      '49-chat-history',
      '53-chats-list-last-page',
      '53-chats-list-page',
      '55-chat-update',
      '57-chat-join',
      '77-chat-members-update',
    ]);
  });

  it.each(NAMES)('%s: the .b64 decodes to exactly the .json, and re-encodes to the same bytes', (name) => {
    const bytes = bytesOf(name);
    const frame = decodeFrame(bytes);
    const json = jsonOf(name);
    expect(toJSONable(frame)).toEqual(json);
    // The header as laid out on the wire.
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    expect(view.getUint8(0)).toBe(10);
    expect(view.getUint32(6) & 0xffffff).toBe(bytes.length - HEADER_BYTES);
    // From the JSON form (ids as numbers or digit strings), the codec writes the very same bytes.
    expect(hex(encodeFrame(json))).toBe(hex(bytes));
  });

  it('compresses from 32 bytes on, flags = ceil(raw / compressed)', () => {
    for (const name of NAMES) {
      const bytes = bytesOf(name);
      const { flags, payload } = decodeFrame(bytes);
      const raw = payload === null ? 0 : encodeBody(jsonOf(name).payload).length;
      const length = bytes.length - HEADER_BYTES;
      if (raw >= COMPRESS_FROM) expect(flags).toBe(Math.ceil(raw / length));
      else expect(flags).toBe(0);
    }
    const login = decodeFrame(bytesOf('19-login-2000-chats'));
    expect(login.flags).toBeGreaterThan(1);
    expect(login.payload.chats).toHaveLength(2000);
  });

  it('keeps ids past 2^53 exactly (18-digit message ids) and wraps them in extension 1 as a uint64', () => {
    const bytes = bytesOf('128-notif-message-18-digit-id');
    const { payload } = decodeFrame(bytes);
    const id: unknown = payload.message.id;
    expect(typeof id).toBe('bigint');
    expect(String(id)).toMatch(/^\d{18}$/);
    expect(String(id)).toBe(jsonOf('128-notif-message-18-digit-id').payload.message.id);
    expect(id as bigint).toBeGreaterThan(BigInt(Number.MAX_SAFE_INTEGER));
    expect(payload.message.text).toMatch(/https:\/\/max\.ru\/join\/[\w-]+/);
    expect(typeof payload.prevMessageId).toBe('bigint');
    // c7 09 01 cf + the 8 big-endian bytes, in the raw MessagePack.
    const raw = encodeBody(jsonOf('128-notif-message-18-digit-id').payload);
    const u64 = (id as bigint).toString(16).padStart(16, '0');
    expect(hex(raw)).toContain(`a26964c70901cf${u64}`); // "id": ext1(uint64)
    // A negative 14-digit chat id: ext 1 around an int64 (d3).
    const chatId = payload.chatId as number;
    expect(chatId).toBeLessThan(-1e13);
    const i64 = BigInt.asUintN(64, BigInt(chatId)).toString(16).padStart(16, '0');
    expect(hex(raw)).toContain(`c70901d3${i64}`);
  });

  it('every id in the 2000-chat LOGIN survives; members are maps with integer keys', () => {
    const json = jsonOf('19-login-2000-chats');
    const { payload } = decodeFrame(bytesOf('19-login-2000-chats'));
    expect(payload.profile.contact.id).toBe(1000001);
    for (const [i, chat] of (payload.chats as Array<Record<string, unknown>>).entries()) {
      const expected = json.payload.chats[i];
      expect(chat.id).toBe(expected.id);
      expect(String((chat.lastMessage as { id: bigint }).id)).toBe(expected.lastMessage.id);
      expect(Object.keys(chat.participants as object)).toEqual(Object.keys(expected.participants));
    }
    const chat = json.payload.chats.find((c: { type: string }) => c.type === 'CHAT');
    const raw = hex(encodeBody({ participants: chat.participants }));
    const [first] = Object.keys(chat.participants);
    // "participants" → map → first key as a uint32 (ce), not a string.
    expect(raw).toContain(`ce${Number(first).toString(16).padStart(8, '0')}`);
    expect(raw).not.toContain(Buffer.from(String(first)).toString('hex'));
  });

  it('CHATS_LIST: a middle page carries the next marker, the last one has none', () => {
    const middle = decodeFrame(bytesOf('53-chats-list-page')).payload;
    expect(middle.marker).toBe(middle.chats.at(-1).lastEventTime);
    const last = decodeFrame(bytesOf('53-chats-list-last-page')).payload;
    expect(last.chats.length).toBeGreaterThan(0);
    expect('marker' in last).toBe(false);
  });

  it('a ping has an empty body', () => {
    const bytes = bytesOf('1-ping');
    expect(bytes.length).toBe(HEADER_BYTES);
    expect(decodeFrame(bytes)).toEqual({ ver: 10, cmd: 0, seq: 14, opcode: 1, flags: 0, payload: null });
  });
});

describe('max-binary codec', () => {
  it('decodes extension 1 around any MessagePack integer (a fixint for a small id)', () => {
    expect(decodeBody(new Uint8Array([0x81, 0xa2, 0x69, 0x64, 0xd4, 0x01, 0x07]))).toEqual({ id: 7 });
  });

  it('sends short bodies plain and keeps 64-bit times as integers, not floats', () => {
    const frame = encodeFrame({ cmd: 0, seq: 2, opcode: 53, payload: { marker: 1763974800000 } });
    expect(frame[6]).toBe(0);
    expect(hex(frame.subarray(HEADER_BYTES))).toBe(
      `81a66d61726b6572cf${(1763974800000).toString(16).padStart(16, '0')}`,
    );
    expect(decodeFrame(frame).payload).toEqual({ marker: 1763974800000 });
  });

  it('rejects a frame whose length does not match', () => {
    const frame = encodeFrame({ cmd: 1, seq: 1, opcode: 1, payload: { x: 1 } });
    expect(() => decodeFrame(frame.subarray(0, frame.length - 1))).toThrow(/length/);
    expect(() => decodeFrame(new Uint8Array([0, 1, 2, 3]))).toThrow(/short/);
  });
});
