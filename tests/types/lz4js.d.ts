/** lz4js 0.2 ships no types; the parts the tests and the stand-in use (the reference compressor, the stand-in page's decompressor). */
declare module 'lz4js' {
  export function compressBound(n: number): number;
  export function compressBlock(
    src: Uint8Array,
    dst: Uint8Array,
    sIndex: number,
    sLength: number,
    hashTable: Uint32Array,
  ): number;
  export function decompressBlock(
    src: Uint8Array,
    dst: Uint8Array,
    sIndex: number,
    sLength: number,
    dIndex: number,
  ): number;
  const lz4js: {
    compressBound: typeof compressBound;
    compressBlock: typeof compressBlock;
    decompressBlock: typeof decompressBlock;
  };
  export default lz4js;
}
