/**
 * The chat frames' partial reading (chat-frame-reader.ts) against the full decode it replaces: the same events for
 * the stored frames, for arbitrary chat lists and MessagePack values around them, and for truncated or damaged
 * bytes, which are refused exactly as before and never throw.
 * `FUZZ_RUNS=10000 npx vitest run utils/max/binary/chat-frame-reader.test.ts` for the long run.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ExtData, encode } from '@msgpack/msgpack';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeFrame } from '@/tests/standin/max-binary.mjs';
import { applyBridgeEvents, emptySnapshot } from '@/utils/snapshot/max-snapshot';
import type { BridgeEvent } from '../bridge-events';
import { MISALIGNED, readDecodedFrame, unreadable } from '../frames';
import { binaryBody, decodeBody, lastBinaryCmd, lastBinaryOpcode, peekBinaryHead } from './binary-frame';
import { isChatFrame, readChatFrame } from './chat-frame-reader';
import { readBinaryFrame } from './read-binary-frame';

const RUNS = Number(process.env.FUZZ_RUNS) || 300;
const DIR = join(__dirname, '../../../tests/fixtures/frames-binary');
const bytesOf = (name: string) => new Uint8Array(Buffer.from(readFileSync(join(DIR, `${name}.b64`), 'utf8'), 'base64'));

/** The events of the path before this reader: the whole body decoded, then read (what readBinaryFrame did). */
function fullDecodeEvents(bytes: Uint8Array): BridgeEvent[] {
  if (!peekBinaryHead(bytes)) return [];
  const cmd = lastBinaryCmd();
  const opcode = lastBinaryOpcode();
  const body = binaryBody(bytes);
  if (typeof body === 'string') return cmd === 1 ? unreadable(opcode, `body: ${body}`) : [];
  const frame = decodeBody(10, cmd, opcode, body);
  if (frame === 'msgpack') return cmd === 1 ? unreadable(opcode, 'not MessagePack') : [];
  const events = readDecodedFrame(frame, {});
  return events === MISALIGNED ? [] : events;
}

/** A frame around an uncompressed MessagePack body (flags 0), as the fuzzed bodies are. */
function plainFrame(opcode: number, body: Uint8Array): Uint8Array {
  const cmd = opcode === 135 ? 0 : 1;
  const n = body.length;
  return Uint8Array.of(10, cmd, 0, 1, opcode >> 8, opcode & 255, 0, (n >> 16) & 255, (n >> 8) & 255, n & 255, ...body);
}

const CHAT_OPCODES = [19, 48, 53, 55, 57, 77, 135];

describe('readChatFrame on stored frames', () => {
  it('gives every stored chat frame the events the full decode gives', () => {
    const names = readdirSync(DIR)
      .filter((n) => n.endsWith('.b64'))
      .map((n) => n.slice(0, -4));
    let read = 0;
    for (const name of names) {
      const bytes = bytesOf(name);
      peekBinaryHead(bytes);
      if (!isChatFrame(lastBinaryOpcode())) continue;
      const body = binaryBody(bytes) as Uint8Array;
      expect(readChatFrame(lastBinaryOpcode(), body), name).toHaveProperty('payload');
      expect(readBinaryFrame(bytes), name).toEqual(fullDecodeEvents(bytes));
      read++;
    }
    expect(read).toBeGreaterThanOrEqual(5);
  });

  it('leaves out what Сверка does not read: no last message, no phone', () => {
    const bytes = bytesOf('19-login-2000-chats');
    peekBinaryHead(bytes);
    const read = readChatFrame(19, binaryBody(bytes) as Uint8Array);
    if (read === null || read === 'truncated') throw new Error('the stored login is read');
    const first = (read.payload.chats as Record<string, unknown>[] | undefined)?.[0];
    expect(first).toHaveProperty('participants');
    expect(first).not.toHaveProperty('lastMessage');
    expect(JSON.stringify(read.payload)).not.toContain('phone');
  });
});

/** An id as MAX sends it: extension 1 around a MessagePack integer. */
const wrapped = (id: bigint) => new ExtData(1, encode(id, { useBigInt64: true }));
const anId = fc.oneof(
  fc.bigInt(-(2n ** 63n), 2n ** 63n - 1n).map(wrapped),
  fc.integer({ min: -2000, max: 2000 }).map((n) => wrapped(BigInt(n))),
  fc.integer(),
  fc.constantFrom('42', 'x', null),
);
const aTime = fc.oneof(
  fc.integer({ min: 0, max: 2 ** 31 }),
  fc.bigInt(0n, 2n ** 64n - 1n),
  fc.double(),
  fc.constantFrom(null, 'soon', -5),
);
/** Any MessagePack value the page could send, with Maps keyed by integers, ids, bytes and other extensions. */
const { anything } = fc.letrec<{ anything: unknown }>((tie) => ({
  anything: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom(null, true, false),
    fc.integer(),
    fc.bigInt(-(2n ** 63n), 2n ** 64n - 1n),
    fc.double(),
    fc.string(),
    fc.string({ unit: 'grapheme' }),
    fc.uint8Array({ maxLength: 8 }),
    anId,
    fc.tuple(fc.integer({ min: 2, max: 100 }), fc.uint8Array({ maxLength: 20 })).map(([t, d]) => new ExtData(t, d)),
    fc.array(tie('anything'), { maxLength: 4 }),
    fc.dictionary(fc.string(), tie('anything'), { maxKeys: 4 }),
    fc
      .array(fc.tuple(fc.oneof(fc.integer(), fc.string(), fc.double()), tie('anything')), { maxLength: 4 })
      .map((entries) => new Map(entries)),
  ),
}));
/** `participants`: user ids → times, in any order, now and then a key or value of another kind. */
const participants = fc.oneof(
  fc
    .array(fc.tuple(fc.oneof(fc.nat(), fc.integer({ min: 0, max: 2 ** 32 + 5 })), aTime), { maxLength: 30 })
    .map((entries) => new Map(entries)),
  fc.array(fc.tuple(fc.oneof(fc.integer(), fc.string(), fc.double()), aTime), { maxLength: 6 }).map((e) => new Map(e)),
  anything,
);
const chat = fc.record(
  {
    id: anId,
    type: fc.oneof(fc.constantFrom('CHAT', 'DIALOG', 'CHANNEL'), fc.string(), fc.integer()),
    status: fc.oneof(fc.constantFrom('ACTIVE', 'ARCHIVED', 'REMOVED'), fc.string()),
    title: fc.oneof(fc.string(), fc.string({ unit: 'grapheme', maxLength: 400 })),
    owner: anId,
    admins: fc.oneof(fc.array(anId, { maxLength: 4 }), anything),
    adminParticipants: fc.oneof(
      fc.array(fc.tuple(fc.nat(), anything), { maxLength: 3 }).map((e) => new Map(e)),
      anything,
    ),
    participants,
    participantsCount: fc.oneof(fc.nat(), anything),
    link: fc.oneof(
      fc.constantFrom('https://max.ru/join/AbC', 'https://web.max.ru/join/xYz', 'https://max.ru/ch'),
      anything,
    ),
    created: aTime,
    lastEventTime: aTime,
    lastMessage: anything,
    options: anything,
  },
  { requiredKeys: [] },
);
const person = fc.record({ id: anId, names: anything, phone: fc.string() }, { requiredKeys: [] });
const payload = fc.record(
  {
    profile: fc.oneof(fc.record({ contact: fc.oneof(person, anything), profileOptions: anything }), anything),
    chats: fc.oneof(fc.array(chat, { maxLength: 8 }), anything),
    chat: fc.oneof(chat, anything),
    contacts: fc.oneof(fc.array(person, { maxLength: 4 }), anything),
    marker: fc.oneof(fc.constantFrom(0, null, 1761825600000), anything),
    config: anything,
  },
  { requiredKeys: [] },
);

describe('readChatFrame against the full decode', () => {
  it('gives the same events for arbitrary chat frames', () => {
    let walked = 0;
    fc.assert(
      fc.property(fc.constantFrom(...CHAT_OPCODES), payload, fc.boolean(), (opcode, p, compress) => {
        const frame = encodeFrame(
          { cmd: opcode === 135 ? 0 : 1, seq: 1, opcode, payload: p },
          { wire: false, compress },
        );
        expect(readBinaryFrame(frame)).toEqual(fullDecodeEvents(frame));
        peekBinaryHead(frame);
        const read = readChatFrame(opcode, binaryBody(frame) as Uint8Array);
        if (read !== null && read !== 'truncated') walked++;
      }),
      { numRuns: RUNS },
    );
    // The property is about the walk: most frames must be read by it, not handed to the full decode.
    expect(walked).toBeGreaterThan(RUNS / 2);
  });

  it('gives the same events, and never throws, for truncated, damaged or extended bodies', () => {
    const damage = fc.oneof(
      fc.record({ cut: fc.nat() }),
      fc.record({ at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) }),
      fc.record({ extra: fc.uint8Array({ minLength: 1, maxLength: 3 }) }),
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...CHAT_OPCODES),
        payload,
        fc.array(damage, { minLength: 1, maxLength: 3 }),
        (opcode, p, damages) => {
          let body = encodeFrame({ cmd: 1, seq: 1, opcode, payload: p }, { wire: false, compress: false }).slice(10);
          for (const d of damages) {
            if ('cut' in d) body = body.subarray(0, d.cut % (body.length + 1));
            else if ('at' in d) {
              if (body.length > 0) body[d.at % body.length] = d.byte;
            } else body = Uint8Array.of(...body, ...d.extra);
          }
          const frame = plainFrame(opcode, body);
          expect(() => readBinaryFrame(frame)).not.toThrow();
          expect(readBinaryFrame(frame)).toEqual(fullDecodeEvents(frame));
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('refuses a list that claims more entries than bytes are left, without making it', () => {
    const claim = Uint8Array.of(0x81, 0xa5, ...Buffer.from('chats'), 0xdd, 0x7f, 0xff, 0xff, 0xff, 0x80);
    expect(readChatFrame(19, claim)).toBe('truncated');
    expect(readBinaryFrame(plainFrame(19, claim))).toEqual([
      expect.objectContaining({ type: 'protocol', status: 'unreadable', detail: 'LOGIN: not MessagePack' }),
    ]);
  });

  it('refuses what the full decode refuses: a nil map key, __proto__, a broken timestamp, garbage', () => {
    const login = (entries: Uint8Array) =>
      plainFrame(19, Uint8Array.of(0x81, 0xa5, ...Buffer.from('chats'), 0x91, ...entries));
    const nilKey = login(Uint8Array.of(0x82, 0xa2, 0x69, 0x64, 0x01, 0xc0, 0x01));
    const proto = login(Uint8Array.of(0x82, 0xa2, 0x69, 0x64, 0x01, 0xa9, ...Buffer.from('__proto__'), 0x01));
    const timestamp = login(Uint8Array.of(0x81, 0xa2, 0x69, 0x64, 0xd5, 0xff, 0x00, 0x00));
    const noType = login(Uint8Array.of(0x81, 0xa2, 0x69, 0x64, 0xc1));
    for (const frame of [nilKey, proto, timestamp, noType]) {
      expect(readBinaryFrame(frame)).toEqual([
        expect.objectContaining({ type: 'protocol', status: 'unreadable', detail: 'LOGIN: not MessagePack' }),
      ]);
    }
  });
});

describe('an administrator’s login', () => {
  it('with 12,000 chats reaches the snapshot whole, in events of at most 5,000 (none read as «нет чата»)', () => {
    const chats = Array.from({ length: 12_000 }, (_, i) => ({
      id: -68_000_000_000_000 - i,
      type: 'CHAT',
      status: 'ACTIVE',
      title: `Чат ${i}`,
      participants: { 1000001: 1, [2000000 + i]: 2 },
    }));
    const frame = encodeFrame({
      cmd: 1,
      seq: 1,
      opcode: 19,
      payload: { profile: { contact: { id: 1000001, names: [{ name: 'Мария' }] } }, chats, contacts: [] },
    });
    const events = readBinaryFrame(frame);
    const parts = events.filter((e) => e.type === 'chats');
    expect(parts.map((e) => (e.type === 'chats' ? e.chats.length : 0))).toEqual([5000, 5000, 2000]);
    const snapshot = applyBridgeEvents(emptySnapshot(), events, 1);
    expect(Object.keys(snapshot.chats)).toHaveLength(12_000);
    expect(snapshot.chats[String(-68_000_000_000_000 - 11_999)]?.title).toBe('Чат 11999');
  });
});
