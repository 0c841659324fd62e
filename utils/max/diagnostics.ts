/**
 * «Что видит Сверка»: what MAX web's frames looked like to the bridge, as shapes and counts only — which
 * transports and protocol versions, which opcodes and how often, which chat and message fields Сверка found or
 * missed. Never a value: no id, title, name, text or token ever enters a census, so a census can be copied into a
 * bug report as it is. Pure; the bridge (socket-tap.ts) feeds it and posts it as a `diagnostics` event.
 */
import type { BridgeChat, BridgeEvent, BridgeEventBody, SeenLink } from './bridge-events';

/** The chat fields the audit uses; each counted as found or missing in every chat the bridge read. */
export const CHAT_FIELDS = [
  'type',
  'status',
  'title',
  'owner',
  'admins',
  'participantsCount',
  'members',
  'link',
  'created',
  'lastEventTime',
] as const satisfies readonly (keyof BridgeChat)[];
/** The fields of a message with an invite link. */
export const LINK_FIELDS = ['sender', 'time'] as const satisfies readonly (keyof SeenLink)[];

/** Distinct opcode × cmd pairs kept at most (MAX has ~300 opcodes; junk must not grow the census). */
const MAX_OPCODE_KEYS = 96;

export type FrameKind = 'binary' | 'json' | 'other';

export interface FrameCensus {
  /** Frames by how they came. */
  count(kind: FrameKind, ver: number, cmd: number, opcode: number): void;
  /** The events read from frames: their chats' and links' fields. */
  countEvents(events: readonly BridgeEvent[]): void;
  /** Whether anything was counted since the last `take`. */
  readonly changed: boolean;
  /** The census as a `diagnostics` event body (marks it unchanged). */
  take(): Extract<BridgeEventBody, { type: 'diagnostics' }>;
}

export function createFrameCensus(): FrameCensus {
  const kinds = { binary: 0, json: 0, other: 0 };
  const versions = new Map<number, number>();
  /** opcode × 8 + cmd (cmd 0–3; anything else is one bucket, 4). */
  const opcodes = new Map<number, number>();
  const chatFields = new Map<string, [found: number, missing: number]>(CHAT_FIELDS.map((f) => [f, [0, 0]]));
  const linkFields = new Map<string, [found: number, missing: number]>(LINK_FIELDS.map((f) => [f, [0, 0]]));
  let chats = 0;
  let links = 0;
  let changed = false;

  const tally = (fields: Map<string, [number, number]>, record: object) => {
    for (const [field, counts] of fields) counts[field in record ? 0 : 1]++;
  };

  return {
    count(kind, ver, cmd, opcode) {
      changed = true;
      kinds[kind]++;
      if (kind === 'other') return;
      if (ver >= 0 && (versions.has(ver) || versions.size < 8)) versions.set(ver, (versions.get(ver) ?? 0) + 1);
      const key = opcode * 8 + (cmd >= 0 && cmd <= 3 ? cmd : 4);
      const before = opcodes.get(key);
      if (before !== undefined) opcodes.set(key, before + 1);
      else if (opcodes.size < MAX_OPCODE_KEYS) opcodes.set(key, 1);
    },
    countEvents(events) {
      for (const event of events) {
        if (event.type === 'chats') {
          for (const chat of event.chats) tally(chatFields, chat);
          chats += event.chats.length;
        } else if (event.type === 'chat-updated') {
          tally(chatFields, event.chat);
          chats++;
        } else if (event.type === 'links-seen') {
          for (const link of event.links) tally(linkFields, link);
          links += event.links.length;
        } else continue;
        changed = true;
      }
    },
    get changed() {
      return changed;
    },
    take() {
      changed = false;
      return {
        type: 'diagnostics',
        frames: { ...kinds },
        versions: [...versions].sort((a, b) => a[0] - b[0]),
        opcodes: [...opcodes]
          .map(([key, n]): [number, number, number] => [Math.floor(key / 8), key % 8, n])
          .sort((a, b) => a[0] - b[0] || a[1] - b[1]),
        chats,
        chatFields: [...chatFields].map(([field, [found, missing]]): [string, number, number] => [
          field,
          found,
          missing,
        ]),
        links,
        linkFields: [...linkFields].map(([field, [found, missing]]): [string, number, number] => [
          field,
          found,
          missing,
        ]),
      };
    },
  };
}
