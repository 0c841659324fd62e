// Types for fake-max-server.mjs (plain JS so that node scripts use it without a build step).
import type { BrowserContext } from '@playwright/test';

export declare const MAX_ORIGIN: 'https://web.max.ru';
/** Today's MAX socket: binary protocol 10 (MessagePack + LZ4). */
export declare const MAX_SOCKET_URL: 'wss://api.oneme.ru/websocket';
/** The older MAX socket: JSON protocol 11, text frames. */
export declare const MAX_JSON_SOCKET_URL: 'wss://ws-api.oneme.ru/websocket';
export declare const MAX_SOCKET_URLS: readonly ['wss://api.oneme.ru/websocket', 'wss://ws-api.oneme.ru/websocket'];
/** Is this one of MAX's socket URLs (a query string allowed)? */
export declare function isMaxSocketUrl(url: string): boolean;
/** The stand-in page's codec chunk (esbuild bundle of page/codec.js, built once per process). */
export declare function pageCodecChunk(): Promise<{ path: string; body: string }>;

export type MaxProtocol = 'binary' | 'json';

/** A decoded frame: JSON ones as sent; binary ones with `flags`, ids past 2^53 as bigints, an empty body as null. */
export interface MaxFrame {
  ver: number;
  cmd: number;
  seq: number;
  opcode: number;
  flags?: number;
  // biome-ignore lint/suspicious/noExplicitAny: payload shapes vary by opcode; tests narrow them.
  payload?: any;
}

export interface FakeMaxServerOptions {
  /** The protocol the page speaks: 'binary' (default; wss://api.oneme.ru) or 'json' (wss://ws-api.oneme.ru). */
  protocol?: MaxProtocol;
  /**
   * The most chats one CHATS_LIST answer holds (default 200). Lower than 40 makes pages shorter than asked for, with a
   * marker: the page must go on (only an answer without a marker ends the list).
   */
  maxChatsPerPage?: number;
  /** The page's PING interval (default 5000 ms). */
  pingIntervalMs?: number;
  /** The page's reconnect delay after the socket closed (default 500 ms). */
  reconnectMs?: number;
  /** The real time the fixture's `now` maps to (default Date.now()). */
  now?: number;
}

export interface MaxContact {
  id: number;
  names: Array<{ name: string; firstName?: string; lastName?: string; type?: string }>;
  phone?: number;
  [key: string]: unknown;
}

export interface MaxMessage {
  id: string;
  time: number;
  sender: number;
  type: string;
  text: string;
  elements: Array<{ type: string; from: number; length: number }>;
  attaches: Array<{ _type: string; [key: string]: unknown }>;
  [key: string]: unknown;
}

export interface MaxChat {
  id: number;
  type: 'DIALOG' | 'CHAT' | 'CHANNEL' | string;
  status: string;
  title?: string;
  owner?: number;
  admins?: number[];
  adminParticipants?: Record<string, unknown>;
  participants: Record<string, number>;
  participantsCount: number;
  link?: string;
  access?: string;
  created: number;
  modified: number;
  joinTime?: number;
  lastEventTime: number;
  lastMessage?: MaxMessage | null;
  messagesCount?: number;
  [key: string]: unknown;
}

export interface MaxFixture {
  now: number;
  me: MaxContact;
  contacts: MaxContact[];
  chats: MaxChat[];
  messages: Record<string, MaxMessage[]>;
  notable?: {
    me: number;
    chats: Record<string, number>;
    links: Record<string, string>;
    users: Record<string, number>;
  };
  [key: string]: unknown;
}

export declare class FakeMaxServer {
  constructor(fixture: MaxFixture, options?: FakeMaxServerOptions);
  readonly options: Required<Omit<FakeMaxServerOptions, 'now'>> & { now?: number };
  /** The socket URL the page opens (by `options.protocol`). */
  readonly socketUrl: typeof MAX_SOCKET_URL | typeof MAX_JSON_SOCKET_URL;
  /** The protocol of the connected (or last) socket. */
  readonly socketProtocol: MaxProtocol;
  /** ms added to every fixture time (fixture `now` → real now at construction). */
  readonly timeShift: number;
  /** The shifted copy of the fixture. */
  readonly fixture: MaxFixture;
  readonly me: MaxContact;
  readonly chats: Map<number, MaxChat>;
  readonly messages: Map<number, MaxMessage[]>;
  /** Every frame sent to the page, in order: strings (JSON protocol) and Buffers (binary protocol), sendRaw's too. */
  readonly sent: Array<string | Buffer>;
  /** Every frame the page sent, decoded (binary ones too); `{raw}` for what did not decode. */
  readonly receivedFromPage: unknown[];
  /** `sent`, decoded in either protocol; `{raw}` for what does not decode. */
  decodeSent(): Array<MaxFrame | { raw: string | Buffer }>;
  readonly loginCount: number;
  readonly connectionCount: number;
  readonly chatCount: number;
  /** Installs the page routes (https://web.max.ru/**), the spies init script and both socket routes. */
  attach(context: BrowserContext): Promise<void>;
  /** The stand-in page at another origin too (after `attach`), where Сверка's content scripts do not run. */
  servePageAt(context: BrowserContext, origin: string): Promise<void>;
  /** All chats, newest event first (what LOGIN and CHATS_LIST page through; any status). */
  sortedChats(): MaxChat[];
  /** Chats with status ACTIVE, newest first. */
  activeChats(): MaxChat[];
  /** Sends a push (cmd 0) in the connected socket's protocol; false when no page is connected. */
  push(opcode: number, payload: unknown): boolean;
  createChat(partial?: Partial<MaxChat>): MaxChat;
  renameChat(id: number, title: string): MaxChat;
  removeChat(id: number): MaxChat;
  addMembers(chatId: number, members: Array<{ id: number; joinTime?: number }>): MaxChat;
  /** Returns the new link. */
  resetLink(chatId: number): string;
  postMessage(chatId: number, message: { sender?: number; text: string; time?: number }): MaxMessage;
  dropConnection(): Promise<void>;
  sendRaw(data: string | Buffer): boolean;
  waitForLogin(n?: number, timeoutMs?: number): Promise<void>;
  static days(n: number): number;
}
