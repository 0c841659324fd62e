/**
 * The frames Сверка reads, each beside its example frames — as utils/max/dom/selectors.ts keeps each selector beside
 * the saved pages it must match. An example names a fixture (`tests/fixtures/frames/<name>.json` on the JSON
 * protocol, `tests/fixtures/frames-binary/<name>.b64` on the binary one) and the bridge events Сверка makes of it;
 * read-opcodes.test.ts walks every opcode and every example, and checks that these are exactly the frames the bridge
 * wants (utils/max/frames.ts `isWanted`). Facts and sources: utils/max/PROTOCOL.md; the events: docs/bridge-events.md.
 */
import type { BridgeEvent } from './bridge-events';
import { Opcode } from './opcodes';

/** [fixture name, the event types Сверка makes of that frame, in order of first appearance]. */
export type FrameExamples = ReadonlyArray<readonly [name: string, gives: ReadonlyArray<BridgeEvent['type']>]>;

export interface ReadOpcode {
  opcode: number;
  /** An answer to the page's request (cmd 1), or the server's push (cmd 0). */
  kind: 'response' | 'push';
  json: FrameExamples;
  binary: FrameExamples;
}

const LOGIN_EVENTS = ['me', 'contacts', 'chats', 'protocol'] as const;

export const READ_OPCODES = {
  LOGIN: {
    opcode: Opcode.LOGIN,
    kind: 'response',
    json: [['19-login', LOGIN_EVENTS]],
    binary: [
      ['19-login-2000-chats', LOGIN_EVENTS],
      ['19-login-after-sync', LOGIN_EVENTS],
    ],
  },
  CHAT_INFO: {
    opcode: Opcode.CHAT_INFO,
    kind: 'response',
    json: [['48-chat-info', ['chats']]],
    binary: [['48-chat-info', ['chats']]],
  },
  CHAT_HISTORY: {
    opcode: Opcode.CHAT_HISTORY,
    kind: 'response',
    json: [['49-chat-history', ['links-seen']]],
    binary: [['49-chat-history', ['links-seen']]],
  },
  CHATS_LIST: {
    opcode: Opcode.CHATS_LIST,
    kind: 'response',
    json: [['53-chats-list', ['chats']]],
    binary: [
      ['53-chats-list-page', ['chats']],
      ['53-chats-list-last-page', ['chats']],
    ],
  },
  CHAT_UPDATE: {
    opcode: Opcode.CHAT_UPDATE,
    kind: 'response',
    json: [['55-chat-update', ['chat-updated']]],
    binary: [['55-chat-update', ['chat-updated']]],
  },
  CHAT_JOIN: {
    opcode: Opcode.CHAT_JOIN,
    kind: 'response',
    json: [['57-chat-join', ['chat-updated']]],
    binary: [['57-chat-join', ['chat-updated']]],
  },
  CHAT_MEMBERS_UPDATE: {
    opcode: Opcode.CHAT_MEMBERS_UPDATE,
    kind: 'response',
    json: [['77-chat-members-update', ['chat-updated']]],
    binary: [['77-chat-members-update', ['chat-updated']]],
  },
  NOTIF_MESSAGE: {
    opcode: Opcode.NOTIF_MESSAGE,
    kind: 'push',
    json: [['128-notif-message', ['links-seen']]],
    binary: [
      ['128-notif-message-18-digit-id', ['links-seen']],
      // A message without an invite link costs its look only: nothing is read, nothing posted.
      ['128-notif-message-plain', []],
    ],
  },
  NOTIF_CHAT: {
    opcode: Opcode.NOTIF_CHAT,
    kind: 'push',
    json: [['135-notif-chat', ['chat-updated']]],
    binary: [['135-notif-chat', ['chat-updated']]],
  },
} as const satisfies Record<string, ReadOpcode>;
