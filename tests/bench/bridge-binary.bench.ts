/**
 * The bridge's cost on MAX web's binary protocol (docs/budgets.md): an
 * ignored frame < 1 µs (the header only), a message without an invite link
 * < 3 µs, a login with 2,000 chats ≤ 1.3× the page's own decompress-and-decode
 * of it, in the same run. `npm run bench`; budgets printed by scripts/bench-budgets.mjs.
 *
 * The frames are the stored ones (tests/fixtures/frames-binary/), exactly as a
 * page receives them. The page's side is played by the libraries a MAX client
 * uses (lz4js's block decoder, @msgpack/msgpack with extension 1 decoded as a
 * nested integer, as max-cli does): what the page itself pays for the frame.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Decoder, ExtensionCodec } from '@msgpack/msgpack';
import lz4js from 'lz4js';
import { bench, describe } from 'vitest';
import { type BridgeEvent, makeBridgeEvent, parseBridgeMessage } from '../../utils/max/bridge-events';
import { createEventBatcher } from '../../utils/max/event-batcher';
import { createFrameTap } from '../../utils/max/socket-tap';
import { applyBridgeEvents, emptySnapshot, type MaxSnapshot } from '../../utils/snapshot/max-snapshot';
import { encodeFrame } from '../standin/max-binary.mjs';

const DIR = join(__dirname, '../fixtures/frames-binary');
const stored = (name: string) => new Uint8Array(Buffer.from(readFileSync(join(DIR, `${name}.b64`), 'utf8'), 'base64'));
/** A fresh ArrayBuffer, as each WebSocket message event carries. */
const asReceived = (bytes: Uint8Array) => bytes.slice().buffer;

const PING = stored('1-ping');
const PLAIN_MESSAGE = stored('128-notif-message-plain');
const LINK_MESSAGE = stored('128-notif-message-18-digit-id');
const LOGIN = stored('19-login-2000-chats');

const noop = () => {};
const tap = createFrameTap({ post: noop, defer: noop });
const posted: unknown[] = [];
const loginTap = createFrameTap({ post: (e) => posted.push(e), defer: noop });

// The page's own decode: inflate the LZ4 block, then MessagePack with MAX's wrapped ids.
const pageExtensions = new ExtensionCodec();
const inner = new Decoder({ useBigInt64: true });
pageExtensions.register({ type: 1, encode: () => null, decode: (data) => inner.decode(data) });
const pageDecoder = new Decoder({
  extensionCodec: pageExtensions,
  useBigInt64: true,
  mapKeyConverter: (k) => (typeof k === 'bigint' ? String(k) : (k as string | number)),
});
function pageDecode(buffer: ArrayBuffer): unknown {
  const view = new DataView(buffer);
  const flags = view.getUint8(6);
  const length = view.getUint32(6) & 0xffffff;
  const body = new Uint8Array(buffer, 10, length);
  if (flags === 0) return pageDecoder.decode(body);
  const out = new Uint8Array(flags * length);
  const n = lz4js.decompressBlock(body, out, 0, length, 0);
  return pageDecoder.decode(out.subarray(0, n));
}

const loginBuffer = asReceived(LOGIN);

/** An administrator's account: the stored 2,000-chat login with its chats five times over (new ids), re-encoded. */
function largeLogin(times: number): Uint8Array {
  const frame = JSON.parse(readFileSync(join(DIR, '19-login-2000-chats.json'), 'utf8'));
  const chats = frame.payload.chats as Array<{ id: number }>;
  frame.payload.chats = Array.from({ length: times }, (_, k) =>
    chats.map((chat) => ({ ...chat, id: chat.id < 0 ? chat.id - k * 1e9 : chat.id + k * 1e9 })),
  ).flat();
  return encodeFrame(frame);
}
const LARGE_LOGIN = largeLogin(5);
const largeLoginBuffer = asReceived(LARGE_LOGIN);

/**
 * Both sides of a message with an invite link, as in the page: the bridge's listener, look and read, its events
 * posted in one message per batch (structuredClone stands for postMessage's copy), then the content script's
 * receipt (validation) and its merge into a snapshot of 2,000 chats that already holds 5,000 links. Each round's
 * messages are new ones (fresh message ids), so every link is added, none deduplicated away.
 */
const LINK_BATCH = 100;
const linkMessages = Array.from({ length: LINK_BATCH }, () => asReceived(LINK_MESSAGE));
let snapshotWithLinks: MaxSnapshot = emptySnapshot();
for (let round = 0; round < 10; round++)
  snapshotWithLinks = applyBridgeEvents(
    snapshotWithLinks,
    [
      makeBridgeEvent({
        type: 'links-seen',
        links: Array.from({ length: 500 }, (_, n) => ({
          url: `https://max.ru/join/x${round}-${n}`,
          chatId: '-1',
          messageId: `${round}-${n}`,
        })),
      }),
    ],
    0,
  );
let messageSerial = 0;
const delivered: unknown[] = [];
const taskEnds: Array<() => void> = [];
const bothSidesTap = createFrameTap({
  post: createEventBatcher(
    (message) => delivered.push(structuredClone(message)),
    (fn) => taskEnds.push(fn),
  ),
  defer: noop,
});
/** The end of the bridge's task: its batcher's microtask posts what the batch produced. */
function endTask() {
  for (const fn of taskEnds.splice(0)) fn();
}
function receiveDelivered() {
  const events: BridgeEvent[] = [];
  for (const message of delivered.splice(0)) for (const event of parseBridgeMessage(message)) events.push(event);
  // New messages each round (the frames are the same bytes): fresh ids, so the merge adds every link.
  for (const event of events)
    if (event.type === 'links-seen') for (const link of event.links) link.messageId = String(++messageSerial);
  snapshotWithLinks = applyBridgeEvents(snapshotWithLinks, events, messageSerial);
}

const pageKept: unknown[] = [];
const pings = Array.from({ length: 100 }, () => asReceived(PING));
const plainMessages = Array.from({ length: 100 }, () => asReceived(PLAIN_MESSAGE));
const linkMessage = asReceived(LINK_MESSAGE);

describe(`bridge cost per binary frame (login frame ${(LOGIN.length / 1e3).toFixed(0)} KB LZ4)`, () => {
  bench('binary: ignored frame (PING), per frame in a batch of 100: listener + deferred look', () => {
    for (const buffer of pings) tap.onData(buffer);
    tap.flush();
  });
  bench('binary: message without an invite link, per frame in a batch of 100: listener + look', () => {
    for (const buffer of plainMessages) tap.onData(buffer);
    tap.flush();
  });
  bench('binary: message with an invite link: listener + look + read + post', () => {
    tap.onData(linkMessage);
    tap.flush();
  });
  bench(
    `binary: message with an invite link, both sides, per message in a batch of ${LINK_BATCH}: bridge + post + receive + merge`,
    () => {
      for (const buffer of linkMessages) bothSidesTap.onData(buffer);
      bothSidesTap.flush();
      endTask();
      receiveDelivered();
    },
  );
  bench('binary: login with 2,000 chats: listener + look + read + post', () => {
    posted.length = 0;
    loginTap.onData(loginBuffer);
    loginTap.flush();
  });
  bench(
    `binary: login with 10,000 chats (${(LARGE_LOGIN.length / 1e3).toFixed(0)} KB): listener + look + read + post`,
    () => {
      posted.length = 0;
      loginTap.onData(largeLoginBuffer);
      loginTap.flush();
    },
  );
  bench('reference: the page’s own LZ4 + MessagePack decode of the 10,000-chat login', () => {
    pageKept[1] = pageDecode(largeLoginBuffer);
  });
  bench('reference: the page’s own LZ4 + MessagePack decode of the login frame', () => {
    // Kept until the next round, as the bridge's posted events are: both leave the same kind of heap behind.
    pageKept[0] = pageDecode(loginBuffer);
  });
});
