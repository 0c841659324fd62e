/**
 * MessagePack as MAX speaks it: @msgpack/msgpack (decode only) with MAX's
 * extension type 1, a 64-bit id wrapped around a nested MessagePack integer
 * (`c7 09 01 cf <8 bytes>`, or `d4 01 07` for a small one). Ids come out as
 * decimal strings, so an 18-digit message id survives. A bare 64-bit integer
 * is not an id (max-cli: «only a bigint — an id — is wrapped»; times such as
 * `participants` values are bare) and comes out as a Number: exact for any
 * time, and without a BigInt per member of every chat (a third of a big
 * login's reading when it was BigInt). Map keys may be integers (members keyed
 * by user id): they become object keys.
 */
import { Decoder, ExtensionCodec } from '@msgpack/msgpack';

/** MAX's extension type for a wrapped 64-bit integer (an id). */
export const MAX_ID_EXTENSION = 1;

const TWO_32 = 2 ** 32;

/**
 * The integer a nested MessagePack value holds (`data[from, to)`, the whole array unless said), as a decimal
 * string; null when it is not an integer. Hand-read: an id is a few bytes, and a big chat list has tens of
 * thousands of them.
 */
export function wrappedIdToString(data: Uint8Array, from = 0, to = data.length): string | null {
  const m = data[from];
  const n = to - from;
  if (m === undefined || n <= 0) return null;
  if (m <= 0x7f) return n === 1 ? String(m) : null;
  if (m >= 0xe0) return n === 1 ? String(m - 0x100) : null;
  if (m === 0xcf || m === 0xd3) return n === 9 ? wide(data, from, m === 0xd3) : null;
  // The narrower forms: u8 u16 u32 (cc cd ce), i8 i16 i32 (d0 d1 d2).
  const size = WIDTH[m - 0xcc];
  if (size === undefined || size === 0 || n !== size + 1) return null;
  let value = 0;
  for (let i = 1; i <= size; i++) value = value * 256 + (data[from + i] as number);
  if (m >= 0xd0 && value >= 2 ** (size * 8 - 1)) value -= 2 ** (size * 8);
  return String(value);
}

/** Byte widths of the integer forms 0xcc…0xd3 (0: handled elsewhere or not an integer). */
const WIDTH = [1, 2, 4, 0, 1, 2, 4, 0];

/** A 64-bit integer after its marker at `from`: a Number when safe (cheaper than BigInt's toString), else BigInt. */
function wide(data: Uint8Array, from: number, signed: boolean): string {
  const b = (i: number) => data[from + i] as number;
  const high = ((b(1) << 24) | (b(2) << 16) | (b(3) << 8) | b(4)) >>> 0;
  const low = ((b(5) << 24) | (b(6) << 16) | (b(7) << 8) | b(8)) >>> 0;
  const n = (signed && high >= 0x80000000 ? high - TWO_32 : high) * TWO_32 + low;
  if (Number.isSafeInteger(n)) return String(n);
  const view = new DataView(data.buffer, data.byteOffset + from, 9);
  return String(signed ? view.getBigInt64(1) : view.getBigUint64(1));
}

const extensionCodec = new ExtensionCodec();
extensionCodec.register({
  type: MAX_ID_EXTENSION,
  encode: () => null, // decode only: Сверка never sends anything to MAX
  decode: (data) => wrappedIdToString(data),
});

const decoder = new Decoder({
  extensionCodec,
  useBigInt64: false,
  // Integer keys (user ids) are allowed as they are; a 64-bit one becomes its decimal string.
  mapKeyConverter: (key) => {
    if (typeof key === 'string' || typeof key === 'number') return key;
    if (typeof key === 'bigint') return String(key);
    throw new TypeError('map key');
  },
});

/** The decoded body, or undefined when it is not valid MessagePack. Never throws. */
export function decodeMaxMessagePack(body: Uint8Array): unknown {
  try {
    return decoder.decode(body);
  } catch {
    return undefined;
  }
}
