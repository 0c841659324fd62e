/**
 * Binary frames → bridge events: the binary twin of frames.ts's text path,
 * sharing its reading of the decoded payload (`readDecodedFrame`).
 *
 * `lookAtBinaryFrame` is the cheap decision made for every frame (the header
 * only; for messages, also whether the inflated bytes name an invite route);
 * `readBinaryFrame` decodes and reads the frames worth it: chat frames only in
 * the fields Сверка reads (chat-frame-reader.ts), messages whole.
 */
import type { BridgeEvent } from '../bridge-events';
import {
  type FrameContext,
  IGNORE,
  isWanted,
  LINKS_ONLY,
  MISALIGNED,
  NOT_A_FRAME,
  READ,
  readDecodedFrame,
  unreadable,
} from '../frames';
import { Cmd } from '../opcodes';
import {
  BINARY_PROTOCOL_VERSION,
  binaryBody,
  decodeBody,
  lastBinaryCmd,
  lastBinaryCompressed,
  lastBinaryOpcode,
  lastBinaryVersion,
  mayMentionInvite,
  mentionsInvite,
  peekBinaryHead,
  rawBody,
} from './binary-frame';
import { isChatFrame, readChatFrame } from './chat-frame-reader';

/**
 * NOT_A_FRAME, IGNORE or READ, like frames.ts's `lookAtFrame`. A message
 * (NOTIF_MESSAGE, CHAT_HISTORY) is READ only when its inflated bytes hold
 * `join/`. After IGNORE or READ, `lastBinaryVersion()` / `lastBinaryOpcode()`
 * describe the frame. A version other than 10 is never READ: its layout is unknown.
 */
export function lookAtBinaryFrame(bytes: Uint8Array): number {
  if (!peekBinaryHead(bytes)) return NOT_A_FRAME;
  const opcode = lastBinaryOpcode();
  if (lastBinaryVersion() !== BINARY_PROTOCOL_VERSION || !isWanted(lastBinaryCmd(), opcode)) return IGNORE;
  if (!LINKS_ONLY.has(opcode)) return READ;
  const compressed = lastBinaryCompressed();
  if (compressed && !mayMentionInvite(rawBody(bytes))) return IGNORE;
  const body = binaryBody(bytes);
  if (typeof body === 'string' || !mentionsInvite(body)) return IGNORE;
  if (compressed) inflatedByLook.set(bytes, body);
  return READ;
}

/** A message the look inflated is read from those bytes, not inflated again (its frame's bytes are the key). */
const inflatedByLook = new WeakMap<Uint8Array, Uint8Array>();

/** The bridge events one binary frame yields. Never throws. */
export function readBinaryFrame(bytes: Uint8Array, ctx: FrameContext = {}): BridgeEvent[] {
  if (!peekBinaryHead(bytes) || lastBinaryVersion() !== BINARY_PROTOCOL_VERSION) return [];
  const cmd = lastBinaryCmd();
  const opcode = lastBinaryOpcode();
  if (!isWanted(cmd, opcode)) return [];
  const inflated = inflatedByLook.get(bytes);
  if (inflated) inflatedByLook.delete(bytes);
  const body = inflated ?? binaryBody(bytes);
  if (typeof body === 'string') return cmd === Cmd.RESPONSE ? unreadable(opcode, `body: ${body}`) : [];
  if (LINKS_ONLY.has(opcode) && !mentionsInvite(body)) return [];
  if (isChatFrame(opcode)) {
    // Only the fields Сверка reads; when the walk cannot vouch for the bytes, the whole body is decoded below.
    const read = readChatFrame(opcode, body);
    if (read === 'truncated') return cmd === Cmd.RESPONSE ? unreadable(opcode, 'not MessagePack') : [];
    if (read !== null) {
      const events = readDecodedFrame({ ver: BINARY_PROTOCOL_VERSION, cmd, opcode, payload: read.payload }, ctx, read);
      if (events !== MISALIGNED) return events;
    }
  }
  const frame = decodeBody(BINARY_PROTOCOL_VERSION, cmd, opcode, body);
  if (frame === 'msgpack') return cmd === Cmd.RESPONSE ? unreadable(opcode, 'not MessagePack') : [];
  const events = readDecodedFrame(frame, ctx);
  return events === MISALIGNED ? [] : events;
}
