/**
 * LZ4 block decompression (the raw block format, no frame header), as MAX's
 * binary frames carry it: the frame's `flags` byte says how large the output
 * may be (see utils/max/PROTOCOL.md).
 *
 * Hand-written rather than a package: the only pure-JS LZ4 on npm (lz4js) is
 * unmaintained since 2017 and drags its frame format and xxhash into MAX's
 * page; a block decoder is this one loop (~0.4 KB). It is checked against
 * lz4js's compressor by a fast-check property (lz4-block.test.ts).
 *
 * Spec: https://github.com/lz4/lz4/blob/dev/doc/lz4_Block_format.md
 */

/** Copies up to this long go byte by byte: cheaper than making a view for `set`/`copyWithin`. */
const SHORT = 32;

/** Thrown for a block that is not valid LZ4, or that would decompress past `maxOutput`. */
export class Lz4Error extends Error {}

/**
 * Decompresses `src[start, end)` into a new array of at most `maxOutput`
 * bytes; returns the filled part. Throws Lz4Error on malformed input, never
 * reads or writes out of bounds.
 */
export function decompressLz4Block(
  src: Uint8Array,
  maxOutput: number,
  start = 0,
  end: number = src.length,
): Uint8Array {
  const out = new Uint8Array(maxOutput);
  let s = start;
  let d = 0;
  while (s < end) {
    const token = src[s++] as number;
    // Literals: the high nibble, 15 meaning "more length bytes follow".
    let literals = token >>> 4;
    if (literals === 15) {
      let b = 255;
      while (b === 255) {
        if (s >= end) throw new Lz4Error('literal length runs past the block');
        b = src[s++] as number;
        literals += b;
      }
    }
    if (s + literals > end) throw new Lz4Error('literals run past the block');
    if (d + literals > maxOutput) throw new Lz4Error('output larger than announced');
    if (literals > SHORT) {
      out.set(src.subarray(s, s + literals), d);
      s += literals;
      d += literals;
    } else for (const stop = s + literals; s < stop; ) out[d++] = src[s++] as number; // no view for a few bytes
    if (s === end) break; // the last sequence holds literals only
    // Match: a 2-byte little-endian offset back into the output, length = low nibble + 4.
    if (s + 2 > end) throw new Lz4Error('match offset runs past the block');
    const offset = (src[s] as number) | ((src[s + 1] as number) << 8);
    s += 2;
    if (offset === 0 || offset > d) throw new Lz4Error('match offset outside the output');
    let length = (token & 15) + 4;
    if ((token & 15) === 15) {
      let b = 255;
      while (b === 255) {
        if (s >= end) throw new Lz4Error('match length runs past the block');
        b = src[s++] as number;
        length += b;
      }
    }
    if (d + length > maxOutput) throw new Lz4Error('output larger than announced');
    let from = d - offset;
    if (offset >= length && length > SHORT) {
      out.copyWithin(d, from, from + length);
      d += length;
    } else {
      // Short, or overlapping (a run): byte by byte, each byte may be one just written.
      for (const stop = d + length; d < stop; ) out[d++] = out[from++] as number;
    }
  }
  return out.subarray(0, d);
}
