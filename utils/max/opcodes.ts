/**
 * MAX web's WebSocket opcodes that Сверка knows of.
 * Facts and sources: utils/max/PROTOCOL.md (a copy of ../shared/max-protocol.md kept beside the code).
 */
export const Opcode = {
  PING: 1,
  SESSION_INIT: 6,
  LOGIN: 19,
  CHAT_INFO: 48,
  CHAT_HISTORY: 49,
  CHATS_LIST: 53,
  CHAT_UPDATE: 55,
  CHAT_JOIN: 57,
  CHAT_MEMBERS: 59,
  CHAT_MEMBERS_UPDATE: 77,
  NOTIF_MESSAGE: 128,
  NOTIF_CHAT: 135,
  NOTIF_MSG_DELETE: 142,
} as const;

export const Cmd = { REQUEST_OR_PUSH: 0, RESPONSE: 1, ERROR: 3 } as const;

/** Protocol versions seen in public clients; anything else is reported as `unknown-version`. */
export const KNOWN_PROTOCOL_VERSIONS: readonly number[] = [10, 11];

/** MAX web asks for this many chats at login and per CHATS_LIST page (login request `chatsCount: 40`). */
export const CHAT_PAGE_SIZE = 40;

/** The socket MAX web opens. Only this one is read. */
export const MAX_SOCKET_URL_PREFIX = 'wss://ws-api.oneme.ru/';
