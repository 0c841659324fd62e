// Types for fake-max-server.mjs (plain JS so that node scripts use it without a build step).
import type { BrowserContext } from '@playwright/test';

export declare const MAX_ORIGIN: 'https://web.max.ru';
export declare const MAX_SOCKET_URL: 'wss://ws-api.oneme.ru/websocket';

export interface FakeMaxServerOptions {
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
  /** ms added to every fixture time (fixture `now` → real now at construction). */
  readonly timeShift: number;
  /** The shifted copy of the fixture. */
  readonly fixture: MaxFixture;
  readonly me: MaxContact;
  readonly chats: Map<number, MaxChat>;
  readonly messages: Map<number, MaxMessage[]>;
  /** Every frame sent to the page, in order (strings; Buffers only from sendRaw). */
  readonly sent: Array<string | Buffer>;
  /** Every frame the page sent, parsed; binary or unparsable ones as {raw}. */
  readonly receivedFromPage: unknown[];
  readonly loginCount: number;
  readonly connectionCount: number;
  readonly chatCount: number;
  /** Installs the page routes (https://web.max.ru/**), the spies init script and the socket route. */
  attach(context: BrowserContext): Promise<void>;
  /** The stand-in page at another origin too (after `attach`), where Сверка's content scripts do not run. */
  servePageAt(context: BrowserContext, origin: string): Promise<void>;
  /** All chats, newest event first (what LOGIN and CHATS_LIST page through; any status). */
  sortedChats(): MaxChat[];
  /** Chats with status ACTIVE, newest first. */
  activeChats(): MaxChat[];
  /** Sends a push (cmd 0); false when no page is connected. */
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
