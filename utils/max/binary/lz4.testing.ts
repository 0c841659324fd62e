// lz4js (devDependency) is the reference compressor for the tests; Сверка ships only the decoder.
import lz4js from 'lz4js';

/** lz4js's block compressor; null when it declines (input too small or incompressible). */
export function compressLz4Block(input: Uint8Array): Uint8Array | null {
  const out = new Uint8Array(lz4js.compressBound(input.length));
  const n = lz4js.compressBlock(input, out, 0, input.length, new Uint32Array(1 << 16));
  return n === 0 ? null : out.subarray(0, n);
}
