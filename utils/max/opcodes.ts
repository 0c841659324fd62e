/**
 * MAX web's WebSocket opcodes that Сверка knows of.
 * Facts and sources: utils/max/PROTOCOL.md; what the bridge makes of them: docs/bridge-events.md.
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

/**
 * The sockets MAX web opens: binary protocol 10 on api.oneme.ru (web.max.ru
 * today), JSON protocol 11 on ws-api.oneme.ru (older deployments). Only these are read.
 */
export const MAX_SOCKET_URL_PREFIXES: readonly string[] = ['wss://api.oneme.ru/', 'wss://ws-api.oneme.ru/'];

export function isMaxSocketUrl(url: string): boolean {
  return MAX_SOCKET_URL_PREFIXES.some((prefix) => url.startsWith(prefix));
}
