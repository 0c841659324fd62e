// @ts-check
// The fake MAX server: serves the stand-in MAX web page for https://web.max.ru/** and speaks MAX's WebSocket protocol
// (utils/max/PROTOCOL.md, the binary protocol included) over Playwright's context.route/routeWebSocket:
// binary protocol 10 on wss://api.oneme.ru/websocket (today's web.max.ru, the default) and JSON protocol 11 on
// wss://ws-api.oneme.ru/websocket (older deployments; `protocol: 'json'`).
// Plain ESM with JSDoc so the Playwright tests (TS) and scripts/demo.mjs (node) both use it. See tests/standin/README.md.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { BINARY_VERSION, decodeFrame, encodeFrame, JSON_VERSION } from './max-binary.mjs';

const PAGE_DIR = new URL('./page/', import.meta.url);
export const MAX_ORIGIN = 'https://web.max.ru';
/** Today's MAX socket: binary protocol 10 (MessagePack + LZ4). */
export const MAX_SOCKET_URL = 'wss://api.oneme.ru/websocket';
/** The older MAX socket: JSON protocol 11, text frames. */
export const MAX_JSON_SOCKET_URL = 'wss://ws-api.oneme.ru/websocket';
/** Both MAX socket URLs. */
export const MAX_SOCKET_URLS = [MAX_SOCKET_URL, MAX_JSON_SOCKET_URL];
/** Is this one of MAX's socket URLs (query string allowed)? */
export const isMaxSocketUrl = (/** @type {string} */ url) =>
  MAX_SOCKET_URLS.some((u) => url === u || url.startsWith(`${u}?`));
/** SvelteKit-like asset paths the page's index.html refers to → files in ./page/. */
const ASSETS = {
  '/_app/immutable/entry/app.Bq7nYt0e.js': ['app.js', 'application/javascript; charset=utf-8'],
  '/_app/immutable/assets/app.D4k9sW2b.css': ['app.css', 'text/css; charset=utf-8'],
};
const CODEC_SOURCE = fileURLToPath(new URL('codec.js', PAGE_DIR));
const PAGE_SIZE = 40;
const DAY = 86_400_000;
const URL_RE = /https?:\/\/[^\s<>"«»]+[^\s<>"«».,;:!?)]/g;
const TOKEN_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-';

/** @param {string} name */
const pageFile = (name) => readFileSync(new URL(name, PAGE_DIR), 'utf8');

/**
 * @typedef {'binary' | 'json'} MaxProtocol
 * @typedef {{ pingIntervalMs?: number, reconnectMs?: number, now?: number, protocol?: MaxProtocol,
 *   maxChatsPerPage?: number }} FakeMaxServerOptions
 * @typedef {{ ver: number, cmd: number, seq: number, opcode: number, flags?: number, payload?: any }} MaxFrame
 * @typedef {{ id: number, type: string, status: string, title?: string, owner?: number, admins?: number[],
 *   adminParticipants?: Record<string, unknown>, participants: Record<string, number>, participantsCount: number,
 *   link?: string, access?: string, created: number, modified: number, joinTime?: number, lastEventTime: number,
 *   lastMessage?: any, messagesCount?: number, [key: string]: unknown }} MaxChat
 * @typedef {{ id: string, time: number, sender: number, type: string, text: string,
 *   elements: Array<{type: string, from: number, length: number}>, attaches: any[], [key: string]: unknown }} MaxMessage
 * @typedef {{ now: number, me: any, contacts: any[], chats: MaxChat[], messages: Record<string, MaxMessage[]>,
 *   [key: string]: unknown }} MaxFixture
 * @typedef {{ send(message: string | Buffer): void, close(options?: {code?: number, reason?: string}): Promise<void> | void,
 *   onMessage(handler: (message: string | Buffer) => any): void, onClose(handler: (code?: number, reason?: string) => any): void,
 *   url(): string }} SocketRoute
 * @typedef {{ route: Function, routeWebSocket: Function, addInitScript: Function }} RoutableContext
 */

/** @type {Promise<{ path: string, body: string }> | undefined} */
let codecChunk;
/**
 * The page's codec chunk (page/codec.js + max-binary.mjs + @msgpack/msgpack + lz4js), bundled by esbuild once per
 * process, at a SvelteKit-like content-hashed path.
 */
export function pageCodecChunk() {
  codecChunk ??= (async () => {
    const { build } = await import('esbuild');
    const result = await build({
      entryPoints: [CODEC_SOURCE],
      bundle: true,
      write: false,
      format: 'iife',
      platform: 'browser',
      target: 'es2020',
      minify: true,
      legalComments: 'none',
      logLevel: 'silent',
    });
    const body = result.outputFiles[0]?.text ?? '';
    const hash = createHash('sha256').update(body).digest('base64url').slice(0, 8);
    return { path: `/_app/immutable/chunks/${hash}.js`, body };
  })();
  codecChunk.catch(() => {
    codecChunk = undefined;
  });
  return codecChunk;
}

/** Shifts every time in a fixture by `delta` ms (the fixture's clock → the real clock). */
function shiftFixture(/** @type {MaxFixture} */ f, /** @type {number} */ delta) {
  /** @param {any} m */
  const shiftMessage = (m) => {
    if (!m) return;
    if (typeof m.time === 'number') m.time += delta;
    if (typeof m.cid === 'number' && m.cid > 1e12) m.cid += delta;
  };
  for (const c of f.chats) {
    for (const k of ['created', 'modified', 'joinTime', 'lastEventTime']) if (typeof c[k] === 'number') c[k] += delta;
    for (const id of Object.keys(c.participants ?? {})) c.participants[id] = (c.participants[id] ?? 0) + delta;
    for (const a of Object.values(c.adminParticipants ?? {})) if (typeof a?.added === 'number') a.added += delta;
    shiftMessage(c.lastMessage);
  }
  for (const list of Object.values(f.messages ?? {})) list.forEach(shiftMessage);
  for (const c of [f.me, ...(f.contacts ?? [])]) if (typeof c?.updateTime === 'number') c.updateTime += delta;
}

export class FakeMaxServer {
  /**
   * @param {MaxFixture} fixture e.g. the parsed tests/fixtures/demo-college.json (it is copied, never changed)
   * @param {FakeMaxServerOptions} [options]
   */
  constructor(fixture, options = {}) {
    /** @type {{ pingIntervalMs: number, reconnectMs: number, protocol: MaxProtocol, maxChatsPerPage: number, now?: number }} */
    this.options = { pingIntervalMs: 5000, reconnectMs: 500, protocol: 'binary', maxChatsPerPage: 200, ...options };
    if (this.options.protocol !== 'binary' && this.options.protocol !== 'json')
      throw new Error(`FakeMaxServer: unknown protocol ${this.options.protocol}`);
    /** @type {MaxFixture} */
    const f = structuredClone(fixture);
    /** ms added to every fixture time so that the fixture's `now` is the real now. */
    this.timeShift = (options.now ?? Date.now()) - f.now;
    shiftFixture(f, this.timeShift);
    this.fixture = f;
    this.me = f.me;
    /** @type {Map<number, MaxChat>} */
    this.chats = new Map(f.chats.map((c) => [c.id, c]));
    /** @type {Map<number, MaxMessage[]>} */
    this.messages = new Map(Object.entries(f.messages ?? {}).map(([id, list]) => [Number(id), list]));
    for (const [id, list] of this.messages) {
      list.sort((a, b) => a.time - b.time);
      const chat = this.chats.get(id);
      if (chat && list.length) chat.lastMessage = list.at(-1);
    }
    /** @type {Array<string | Buffer>} every frame sent to the page, in order (text: JSON protocol; Buffer: binary) */
    this.sent = [];
    /** @type {any[]} every frame the page sent, decoded (`{raw}` when it could not be) */
    this.receivedFromPage = [];
    this.loginCount = 0;
    this.connectionCount = 0;
    /** @type {SocketRoute | null} */
    this.socket = null;
    /** @type {MaxProtocol} the protocol of the connected socket */
    this.socketProtocol = this.options.protocol;
    this.pushSeq = 0;
    this.messageSeq = 0;
    /** @type {Array<{n: number, resolve: () => void}>} */
    this.loginWaiters = [];
  }

  /** The URL the page connects to (by `options.protocol`). */
  get socketUrl() {
    return this.options.protocol === 'json' ? MAX_JSON_SOCKET_URL : MAX_SOCKET_URL;
  }

  /**
   * The spies script, the page and its assets for https://web.max.ru/**, and both MAX sockets (each speaks its own
   * protocol: binary on api.oneme.ru, JSON on ws-api.oneme.ru; the page opens the one `options.protocol` names).
   */
  async attach(/** @type {RoutableContext} */ context) {
    // Also as an init script, so the spies are in place before document_start content scripts; the inline copy
    // then sees window.__standin and does nothing.
    await context.addInitScript({ content: pageFile('spies.js') });
    await this.servePageAt(context, MAX_ORIGIN);
    await context.routeWebSocket(MAX_SOCKET_URL, (/** @type {SocketRoute} */ ws) => this.#onSocket(ws, 'binary'));
    await context.routeWebSocket(MAX_JSON_SOCKET_URL, (/** @type {SocketRoute} */ ws) => this.#onSocket(ws, 'json'));
  }

  /**
   * Serves the stand-in page at `origin` too (after `attach`). Another origin is where Сверка's content scripts do
   * not run: the benches compare the same page with and without Сверка in one browser.
   */
  async servePageAt(/** @type {RoutableContext} */ context, /** @type {string} */ origin) {
    const config = {
      pingMs: this.options.pingIntervalMs,
      reconnectMs: this.options.reconnectMs,
      protocol: this.options.protocol,
    };
    const codec = await pageCodecChunk();
    const html = pageFile('index.html')
      .replace('<!--standin:spies-->', () => `<script>${pageFile('spies.js')}</script>`)
      .replace('<!--standin:config-->', () => `<script>window.__standinConfig = ${JSON.stringify(config)};</script>`)
      .replace('<!--standin:codec-preload-->', () => `<link href="${codec.path}" rel="modulepreload" />`)
      .replace('<!--standin:codec-->', () => `<script type="module" src="${codec.path}"></script>`);
    await context.route(`${origin}/**`, async (/** @type {any} */ route) => {
      const { pathname } = new URL(route.request().url());
      if (pathname === codec.path) {
        return route.fulfill({ status: 200, contentType: 'application/javascript; charset=utf-8', body: codec.body });
      }
      const asset = /** @type {Record<string, string[]>} */ (ASSETS)[pathname];
      if (asset) {
        const [file = '', contentType = ''] = asset;
        return route.fulfill({ status: 200, contentType, body: pageFile(file) });
      }
      if (pathname.startsWith('/_app/') || pathname === '/favicon.ico') {
        return route.fulfill({ status: 404, contentType: 'text/plain', body: 'Not found' });
      }
      return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
    });
  }

  // ---------- protocol ----------
  /** @param {SocketRoute} ws @param {MaxProtocol} protocol */
  #onSocket(ws, protocol) {
    this.socket = ws;
    this.socketProtocol = protocol;
    this.connectionCount += 1;
    ws.onMessage((message) => this.#onFrame(ws, protocol, message));
    ws.onClose(() => {
      if (this.socket === ws) this.socket = null;
    });
  }

  /**
   * A frame as the page sent it → `{ver, cmd, seq, opcode, payload}` (binary ones also `flags`), or null.
   * @param {MaxProtocol} protocol @param {string | Buffer} message @returns {MaxFrame | null}
   */
  #parse(protocol, message) {
    try {
      if (protocol === 'json') return typeof message === 'string' ? JSON.parse(message) : null;
      return typeof message === 'string' ? null : decodeFrame(message);
    } catch {
      return null;
    }
  }

  /** @param {SocketRoute} ws @param {MaxProtocol} protocol @param {string | Buffer} message */
  #onFrame(ws, protocol, message) {
    const frame = this.#parse(protocol, message);
    if (!frame || typeof frame !== 'object') {
      this.receivedFromPage.push({ raw: message });
      return;
    }
    this.receivedFromPage.push(frame);
    if (frame.cmd !== 0) return;
    const { opcode, seq } = frame;
    const payload = frame.payload ?? {};
    /** @param {unknown} answer */
    const reply = (answer) => this.#send(ws, protocol, { cmd: 1, seq, opcode, payload: answer });
    /** @param {string} error @param {string} text @param {string} localized */
    const fail = (error, text, localized) =>
      this.#send(ws, protocol, {
        cmd: 3,
        seq,
        opcode,
        payload: { error, message: text, localizedMessage: localized, title: localized },
      });
    switch (opcode) {
      case 1: // PING: the binary server answers with an empty body, the JSON one with {}
        return reply(protocol === 'binary' ? undefined : {});
      case 6: // SESSION_INIT
        return reply({
          location: 'RU',
          'reg-country-code': ['RU', 'BY', 'KZ'],
          'phone-auto-complete-enabled': false,
          app: {},
        });
      case 19: {
        // LOGIN
        if (!payload.token) return fail('login.token', 'Token is missing', 'Требуется авторизация');
        const count = Math.min(Number(payload.chatsCount) || PAGE_SIZE, 1000);
        reply({
          profile: { contact: this.me, profileOptions: [] },
          chats: this.sortedChats().slice(0, count),
          contacts: this.fixture.contacts ?? [],
          messages: {},
          presence: {},
          drafts: { chats: { saved: {}, discarded: {} }, users: { saved: {}, discarded: {} } },
          chatMarker: 0,
          config: { hash: 'standin', server: { 'max-participants': 20000 }, user: {} },
          token: payload.token,
          time: Date.now(),
          videoChatHistory: false,
        });
        this.loginCount += 1;
        for (const w of this.loginWaiters.filter((w) => this.loginCount >= w.n)) w.resolve();
        this.loginWaiters = this.loginWaiters.filter((w) => this.loginCount < w.n);
        return;
      }
      case 48: {
        // CHAT_INFO
        const ids = Array.isArray(payload.chatIds) ? payload.chatIds : [];
        return reply({ chats: ids.map((id) => this.chats.get(Number(id))).filter(Boolean) });
      }
      case 49: {
        // CHAT_HISTORY
        const chatId = Number(payload.chatId);
        if (!this.chats.has(chatId)) return fail('chat.not.found', 'Chat not found', 'Чат не найден');
        const from = Number(payload.from) || Date.now();
        const list = this.messages.get(chatId) ?? [];
        const backward = Math.max(0, Math.min(Number(payload.backward) || 0, 200));
        const forward = Math.max(0, Math.min(Number(payload.forward) || 0, 200));
        const before = list.filter((m) => m.time <= from).slice(-backward || list.length);
        const after = forward ? list.filter((m) => m.time > from).slice(0, forward) : [];
        return reply({ messages: backward ? [...before, ...after] : after });
      }
      case 53: {
        // CHATS_LIST: chats older than `marker`, newest first; `marker` in the answer only when more remain.
        const marker = Number(payload.marker) || Number.POSITIVE_INFINITY;
        const count = Math.max(1, Math.min(Number(payload.count) || PAGE_SIZE, this.options.maxChatsPerPage));
        const older = this.sortedChats().filter((c) => c.lastEventTime < marker);
        const chats = older.slice(0, count);
        const last = chats.at(-1);
        return reply(older.length > count && last ? { chats, marker: last.lastEventTime } : { chats });
      }
      case 64: {
        // MSG_SEND (the stand-in's composer; Сверка never sends)
        const chatId = Number(payload.chatId);
        if (!this.chats.has(chatId)) return fail('chat.not.found', 'Chat not found', 'Чат не найден');
        const text = String(payload.message?.text ?? '');
        const msg = this.#appendMessage(chatId, { sender: this.me.id, text });
        return reply({ chatId, message: msg, unread: 0, mark: msg.time });
      }
      default:
        return fail('proto.opcode', `Unknown opcode ${opcode}`, 'Неизвестная команда');
    }
  }

  /**
   * Encodes a frame in the socket's protocol (JSON text with ver 11, or binary with ver 10) and sends it.
   * @param {SocketRoute | null} ws @param {MaxProtocol} protocol
   * @param {{ cmd: number, seq: number, opcode: number, payload?: unknown }} frame
   */
  #send(ws, protocol, frame) {
    if (!ws) return false;
    const data =
      protocol === 'json'
        ? JSON.stringify({ ver: JSON_VERSION, ...frame })
        : Buffer.from(encodeFrame({ ver: BINARY_VERSION, ...frame }));
    this.sent.push(data);
    ws.send(data);
    return true;
  }

  /**
   * Sends a push (cmd 0) in the connected socket's protocol; returns false when no page is connected (the push is
   * lost, as in life). A null/undefined payload is an empty body in binary.
   */
  push(/** @type {number} */ opcode, /** @type {unknown} */ payload) {
    this.pushSeq = (this.pushSeq + 1) & 0x7fff;
    return this.#send(this.socket, this.socketProtocol, { cmd: 0, seq: this.pushSeq, opcode, payload });
  }

  /**
   * `sent`, decoded: `{ver, cmd, seq, opcode, payload}` per frame (binary ones also `flags`; ids past 2^53 as bigints);
   * `{raw}` for what does not decode (sendRaw junk).
   * @returns {Array<MaxFrame | { raw: string | Buffer }>}
   */
  decodeSent() {
    return this.sent.map((data) => {
      try {
        return typeof data === 'string' ? JSON.parse(data) : decodeFrame(data);
      } catch {
        return { raw: data };
      }
    });
  }

  // ---------- state ----------
  /** All chats (any status), newest event first: what LOGIN and CHATS_LIST page through. */
  sortedChats() {
    return [...this.chats.values()].sort((a, b) => b.lastEventTime - a.lastEventTime || b.id - a.id);
  }
  /** Chats with status ACTIVE (what the page lists once it has loaded everything). */
  activeChats() {
    return this.sortedChats().filter((c) => c.status === 'ACTIVE');
  }
  get chatCount() {
    return this.chats.size;
  }
  /** A fresh event time: now, and never equal to another chat's lastEventTime (CHATS_LIST pages by it). */
  #eventTime(/** @type {number} */ t = Date.now()) {
    const taken = new Set([...this.chats.values()].map((c) => c.lastEventTime));
    let x = Math.round(t);
    while (taken.has(x)) x += 1;
    return x;
  }
  /** @param {number} id */
  #chat(id) {
    const chat = this.chats.get(id);
    if (!chat) throw new Error(`FakeMaxServer: no chat ${id}`);
    return chat;
  }
  /** @param {MaxChat} chat */
  #notifyChat(chat) {
    this.push(135, { chat });
  }
  /** @param {number} chatId @param {{sender: number, text: string, time?: number, attaches?: any[]}} m */
  #appendMessage(chatId, m) {
    const chat = this.#chat(chatId);
    const time = this.#eventTime(m.time ?? Date.now());
    const text = m.text ?? '';
    this.messageSeq += 1;
    /** @type {MaxMessage} */
    const msg = {
      id: String(116_000_000_000_000_000n + BigInt(time) * 1000n + BigInt(this.messageSeq)),
      time,
      sender: m.sender,
      type: 'TEXT',
      text,
      elements: [...text.matchAll(URL_RE)].map((x) => ({ type: 'link', from: x.index ?? 0, length: x[0].length })),
      attaches: m.attaches ?? [],
      cid: time - 17,
      reactionInfo: {},
      options: 0,
    };
    const list = this.messages.get(chatId) ?? [];
    list.push(msg);
    list.sort((a, b) => a.time - b.time);
    this.messages.set(chatId, list);
    chat.lastMessage = msg;
    chat.lastEventTime = Math.max(chat.lastEventTime, time);
    chat.messagesCount = (chat.messagesCount ?? 0) + 1;
    return msg;
  }

  /**
   * Creates a chat (defaults: a group CHAT she owns, created now) and pushes NOTIF_CHAT. Returns the chat.
   * @param {Partial<MaxChat>} [partial]
   */
  createChat(partial = {}) {
    const now = Date.now();
    const me = this.me.id;
    const id = partial.id ?? Math.min(-70_000_090_000, ...[...this.chats.keys()].filter((k) => k < 0)) - 1;
    if (this.chats.has(id)) throw new Error(`FakeMaxServer: chat ${id} exists`);
    const participants = partial.participants ?? { [String(me)]: now };
    const type = partial.type ?? 'CHAT';
    /** @type {MaxChat} */
    const chat = {
      id,
      type,
      status: 'ACTIVE',
      ...(type === 'DIALOG' ? {} : { title: 'Новый чат' }),
      owner: me,
      admins: [me],
      adminParticipants: { [String(me)]: { permissions: 255, added: now } },
      participants,
      participantsCount: Object.keys(participants).length,
      access: 'PRIVATE',
      created: now,
      modified: now,
      joinTime: now,
      lastMessage: null,
      messagesCount: 0,
      options: {},
      cid: id,
      ...partial,
      lastEventTime: this.#eventTime(partial.lastEventTime ?? now),
    };
    this.chats.set(id, chat);
    this.#notifyChat(chat);
    return chat;
  }

  /** Renames a chat (as its owner would) and pushes NOTIF_CHAT. */
  renameChat(/** @type {number} */ id, /** @type {string} */ title) {
    const chat = this.#chat(id);
    chat.title = title;
    chat.modified = Date.now();
    chat.lastEventTime = this.#eventTime();
    this.#notifyChat(chat);
    return chat;
  }

  /** Removes a chat: status "REMOVED", pushed as NOTIF_CHAT; later LOGIN/CHATS_LIST still carry it with that status. */
  removeChat(/** @type {number} */ id) {
    const chat = this.#chat(id);
    chat.status = 'REMOVED';
    chat.modified = Date.now();
    this.#notifyChat(chat);
    return chat;
  }

  /**
   * Adds members (joinTime defaults to now) and pushes NOTIF_CHAT.
   * @param {number} chatId @param {Array<{id: number, joinTime?: number}>} members
   */
  addMembers(chatId, members) {
    const chat = this.#chat(chatId);
    for (const m of members) chat.participants[String(m.id)] = m.joinTime ?? Date.now();
    chat.participantsCount = Object.keys(chat.participants).length;
    chat.modified = Date.now();
    this.#notifyChat(chat);
    return chat;
  }

  /** Re-creates the chat's invite link (the old one stops working) and pushes NOTIF_CHAT. Returns the new link. */
  resetLink(/** @type {number} */ chatId) {
    const chat = this.#chat(chatId);
    const token = Array.from(
      { length: 32 },
      (_, i) => TOKEN_ALPHABET[(Date.now() * (i + 7) + this.pushSeq * 31 + Math.floor(Math.random() * 64)) % 64],
    ).join('');
    chat.link = `https://max.ru/join/${token}`;
    chat.modified = Date.now();
    this.#notifyChat(chat);
    return chat.link;
  }

  /**
   * A new message in a chat: NOTIF_MESSAGE `{chatId, message}`; the chat moves to the top. Returns the message.
   * @param {number} chatId @param {{sender?: number, text: string, time?: number}} m
   */
  postMessage(chatId, m) {
    const msg = this.#appendMessage(chatId, { sender: m.sender ?? this.me.id, text: m.text, time: m.time });
    this.push(128, { chatId, message: msg, unread: 1, mark: msg.time, ttl: false, prevMessageId: null });
    return msg;
  }

  /** The server closes the socket; the page reconnects after ~500 ms and logs in again. */
  async dropConnection() {
    const ws = this.socket;
    this.socket = null;
    await ws?.close({ code: 1011, reason: 'standin: connection dropped' });
  }

  /** Sends anything to the page as is (not JSON, binary, huge, unknown opcode…); recorded in `sent`. */
  sendRaw(/** @type {string | Buffer} */ data) {
    if (!this.socket) return false;
    this.sent.push(data);
    this.socket.send(data);
    return true;
  }

  /** Resolves once the server has answered the n-th LOGIN (default: the first). */
  waitForLogin(n = 1, timeoutMs = 15_000) {
    if (this.loginCount >= n) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () =>
          reject(new Error(`FakeMaxServer: LOGIN #${n} did not come within ${timeoutMs} ms (got ${this.loginCount})`)),
        timeoutMs,
      );
      this.loginWaiters.push({
        n,
        resolve: () => {
          clearTimeout(timer);
          resolve(undefined);
        },
      });
    });
  }

  /** Days → ms, for tests that build times relative to now. */
  static days(/** @type {number} */ n) {
    return n * DAY;
  }
}
