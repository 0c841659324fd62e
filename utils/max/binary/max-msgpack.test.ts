import { ExtData, encode } from '@msgpack/msgpack';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeMaxMessagePack, MAX_ID_EXTENSION, wrappedIdToString } from './max-msgpack';

const RUNS = Number(process.env.FUZZ_RUNS) || 300;

/** MAX's wrapped id: extension 1 around a nested MessagePack integer (as max-cli and the web client encode it). */
const wrap = (id: bigint | number) => new ExtData(MAX_ID_EXTENSION, encode(id, { useBigInt64: true }));
const hex = (s: string) => Uint8Array.from(s.split(' '), (b) => Number.parseInt(b, 16));
const concat = (...parts: Uint8Array[]) => Uint8Array.from(parts.flatMap((p) => [...p]));

describe('MAX id extension (type 1)', () => {
  it('reads the forms seen in captures: c7 09 01 + uint64, d4 01 + fixint', () => {
    // 116000000000000001 as a uint64 wrapped in ext 8 (c7 09 01 cf …)
    const body = hex('81 a2 69 64 c7 09 01 cf 01 9c 1d 62 a9 f2 00 01');
    expect(decodeMaxMessagePack(body)).toEqual({ id: '116000000000000001' });
    expect(decodeMaxMessagePack(hex('81 a2 69 64 d4 01 07'))).toEqual({ id: '7' });
  });

  it('turns every 64-bit integer into its exact decimal string, negative chat ids too', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(2n ** 63n), max: 2n ** 64n - 1n }), (id) => {
        expect(decodeMaxMessagePack(encode({ chatId: wrap(id) }, { useBigInt64: true }))).toEqual({
          chatId: String(id),
        });
      }),
      { numRuns: RUNS },
    );
    expect(wrappedIdToString(encode(-70000000101n, { useBigInt64: true }))).toBe('-70000000101');
  });

  it('refuses what is not an integer inside the extension', () => {
    expect(wrappedIdToString(encode('12'))).toBeNull();
    expect(wrappedIdToString(new Uint8Array())).toBeNull();
    expect(wrappedIdToString(hex('cf 00 01'))).toBeNull(); // cut short
  });
});

describe('decodeMaxMessagePack', () => {
  it('keeps integer map keys (members by user id) as object keys and bare 64-bit times as numbers', () => {
    // @msgpack/msgpack encodes only string keys, so the map is written by hand: {participants: {1000001: t, 2001001: t}}
    const body = concat(
      hex('81'),
      encode('participants'),
      hex('82'),
      encode(1000001),
      encode(1763974800000n, { useBigInt64: true }),
      encode(2001001),
      encode(1763974800123n, { useBigInt64: true }),
    );
    const decoded = decodeMaxMessagePack(body) as {
      participants: Record<string, unknown>;
    };
    expect(decoded.participants).toEqual({ '1000001': 1763974800000, '2001001': 1763974800123 });
  });

  it('gives undefined for bytes that are not MessagePack, and never throws', () => {
    expect(decodeMaxMessagePack(hex('c1'))).toBeUndefined();
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        decodeMaxMessagePack(bytes);
      }),
      { numRuns: RUNS },
    );
  });
});
