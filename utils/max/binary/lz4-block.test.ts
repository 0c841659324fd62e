import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compressLz4Block as compress } from './lz4.testing';
import { decompressLz4Block, Lz4Error } from './lz4-block';

const RUNS = Number(process.env.FUZZ_RUNS) || 300;

/** Bytes that compress: repeats of a few short words, as MessagePack keys and titles repeat in MAX's frames. */
const compressible = fc
  .array(fc.constantFrom('participants', 'ИСП-21', 'lastEventTime', '\u0000\u0001', 'x', 'CHAT', '🎓'), {
    minLength: 4,
    maxLength: 400,
  })
  .map((words) => new TextEncoder().encode(words.join('')));

describe('decompressLz4Block', () => {
  it('gives back exactly what lz4js compressed', () => {
    fc.assert(
      fc.property(fc.oneof(compressible, fc.uint8Array({ minLength: 0, maxLength: 2000 })), (input) => {
        const packed = compress(input);
        if (packed === null) return;
        expect(decompressLz4Block(packed, input.length)).toEqual(input);
      }),
      { numRuns: RUNS },
    );
  });

  it('reads a block in the middle of a larger buffer (a frame body after its header)', () => {
    const input = new TextEncoder().encode('abcabcabcabcabcabcabcabcabcabcabcabc'.repeat(10));
    const packed = compress(input);
    if (packed === null) throw new Error('expected lz4js to compress this');
    const frame = new Uint8Array(10 + packed.length + 3);
    frame.set(packed, 10);
    expect(decompressLz4Block(frame, input.length, 10, 10 + packed.length)).toEqual(input);
  });

  it('decodes overlapping matches (runs)', () => {
    // token: 1 literal + match of 4+11; literal 'a'; offset 1 → 16 × 'a'; then a last literal 'b'.
    const block = Uint8Array.of(0x1b, 0x61, 0x01, 0x00, 0x10, 0x62);
    expect(new TextDecoder().decode(decompressLz4Block(block, 100))).toBe(`${'a'.repeat(16)}b`);
  });

  it('refuses a block that would grow past the announced size', () => {
    const input = new Uint8Array(1000).fill(7);
    const packed = compress(input);
    if (packed === null) throw new Error('expected lz4js to compress this');
    expect(() => decompressLz4Block(packed, 999)).toThrow(Lz4Error);
  });

  it('never throws anything but Lz4Error, nor reads out of bounds, on any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.nat(5000), (bytes, max) => {
        try {
          const out = decompressLz4Block(bytes, max);
          expect(out.length).toBeLessThanOrEqual(max);
        } catch (e) {
          expect(e).toBeInstanceOf(Lz4Error);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('refuses offsets that point before the output', () => {
    expect(() => decompressLz4Block(Uint8Array.of(0x10, 0x61, 0x05, 0x00), 100)).toThrow(Lz4Error);
    expect(() => decompressLz4Block(Uint8Array.of(0x00, 0x00, 0x00), 100)).toThrow(Lz4Error);
  });
});
