// The stand-in page's codec chunk: MAX's binary protocol (../max-binary.mjs: @msgpack/msgpack + lz4js, as the real
// web.max.ru bundles them). FakeMaxServer bundles this file with esbuild and serves it as
// /_app/immutable/chunks/<hash>.js before app.js, which uses `window.__standinCodec`. Not for Сверка: real MAX has no
// such global.
import { decodeFrame, encodeFrame } from '../max-binary.mjs';

Object.defineProperty(globalThis, '__standinCodec', {
  value: Object.freeze({ encodeFrame, decodeFrame }),
  enumerable: false,
  configurable: false,
  writable: false,
});
