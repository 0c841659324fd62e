import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { encodeFrame } from '@/tests/standin/max-binary.mjs';
import { type BridgeEvent, parseBridgeEvent } from './bridge-events';
import { type InstalledTap, installSocketTap } from './socket-tap';

/** MAX's JSON socket (protocol 11, older deployments): the text fixtures below are its frames. */
const MAX_URL = 'wss://ws-api.oneme.ru/websocket';
/** web.max.ru's socket today (binary protocol 10). */
const BINARY_URL = 'wss://api.oneme.ru/websocket';
const BINARY_DIR = join(__dirname, '../../tests/fixtures/frames-binary');
/** A stored binary frame as the page receives it: a fresh ArrayBuffer. */
const binary = (name: string): ArrayBuffer => {
  const bytes = Buffer.from(readFileSync(join(BINARY_DIR, `${name}.b64`), 'utf8'), 'base64');
  return new Uint8Array(bytes).buffer;
};
const DIR = join(__dirname, '../../tests/fixtures/frames');
const fixtures = readdirSync(DIR).map((n) => JSON.stringify(JSON.parse(readFileSync(join(DIR, n), 'utf8'))));
const fixture = (prefix: string) => {
  const name = readdirSync(DIR).find((n) => n.startsWith(prefix)) as string;
  return JSON.stringify(JSON.parse(readFileSync(join(DIR, name), 'utf8')));
};

/** A stand-in for the browser's WebSocket: EventTarget-based, with `onmessage` handler-attribute semantics. */
class FakeWebSocket extends EventTarget {
  static readonly CONNECTING = 0;
  static readonly OPEN = 1;
  static readonly CLOSING = 2;
  static readonly CLOSED = 3;
  readonly url: string;
  readonly protocols: unknown;
  readyState = 1;
  binaryType = 'blob';
  sent: unknown[] = [];
  #onmessage: ((e: MessageEvent) => void) | null = null;
  #attached = false;
  constructor(url: string | URL, protocols?: string | string[]) {
    super();
    if (String(url).startsWith('bad')) throw new SyntaxError('bad url');
    this.url = String(url);
    this.protocols = protocols;
  }
  get onmessage() {
    return this.#onmessage;
  }
  set onmessage(fn) {
    this.#onmessage = fn;
    if (!this.#attached) {
      this.#attached = true;
      this.addEventListener('message', (e) => this.#onmessage?.call(this, e as MessageEvent));
    }
  }
  send(data: unknown) {
    this.sent.push(data);
  }
  close() {
    this.readyState = 3;
    this.dispatchEvent(new Event('close'));
  }
  /** The server "sends" a frame. */
  receive(data: unknown): MessageEvent {
    const e = new MessageEvent('message', { data });
    this.dispatchEvent(e);
    return e;
  }
}

let win: { WebSocket: typeof WebSocket };
let installed: InstalledTap;
let posted: BridgeEvent[];
let deferred: (() => void)[];
let timers: { fn: () => void; ms: number }[];
const nativeSend = FakeWebSocket.prototype.send;
const runDeferred = () => {
  while (deferred.length) deferred.shift()?.();
};

function install(extra: Partial<Parameters<typeof installSocketTap>[1]> = {}) {
  installed = installSocketTap(win, {
    post: (e) => posted.push(e),
    openChatId: () => '-68001234567802',
    defer: (fn) => deferred.push(fn),
    setTimer: (fn, ms) => timers.push({ fn, ms }),
    ...extra,
  }) as InstalledTap;
}

beforeEach(() => {
  win = { WebSocket: FakeWebSocket as unknown as typeof WebSocket };
  posted = [];
  deferred = [];
  timers = [];
});
afterEach(() => installed?.uninstall());

const WS = () => win.WebSocket as unknown as typeof FakeWebSocket;

describe('the wrap is transparent', () => {
  it('keeps constructor, statics, prototype, instanceof and subclassing', () => {
    install();
    const W = WS();
    expect(W).not.toBe(FakeWebSocket);
    const ws = new W(MAX_URL, ['p']);
    expect(ws).toBeInstanceOf(FakeWebSocket);
    expect(ws).toBeInstanceOf(W);
    expect(Object.getPrototypeOf(ws)).toBe(FakeWebSocket.prototype);
    expect(W.prototype).toBe(FakeWebSocket.prototype);
    expect(ws.constructor).toBe(W);
    expect([W.CONNECTING, W.OPEN, W.CLOSING, W.CLOSED]).toEqual([0, 1, 2, 3]);
    expect(W.name).toBe('FakeWebSocket');
    expect(W.length).toBe(FakeWebSocket.length);
    expect(ws.url).toBe(MAX_URL);
    expect(ws.protocols).toEqual(['p']);
    expect(ws.readyState).toBe(1);
    ws.binaryType = 'arraybuffer';
    expect(ws.binaryType).toBe('arraybuffer');
    class Sub extends W {}
    const sub = new Sub(MAX_URL);
    expect(sub).toBeInstanceOf(Sub);
    expect(sub).toBeInstanceOf(W);
    expect(() => (W as unknown as () => void)()).toThrow(TypeError);
    expect(() => new W('bad://x')).toThrow(SyntaxError);
  });

  it('stays out when WebSocket is not a plain configurable property', () => {
    const frozen = {} as { WebSocket: typeof WebSocket };
    Object.defineProperty(frozen, 'WebSocket', { value: FakeWebSocket, configurable: false, writable: false });
    expect(installSocketTap(frozen, { post: () => {}, setTimer: () => {} })).toBeNull();
    expect(frozen.WebSocket).toBe(FakeWebSocket);
    expect(FakeWebSocket.prototype.constructor).toBe(FakeWebSocket);
  });

  it('restores everything on uninstall', () => {
    install();
    installed.uninstall();
    expect(win.WebSocket).toBe(FakeWebSocket);
    expect(FakeWebSocket.prototype.constructor).toBe(FakeWebSocket);
  });

  it('adds no listener to other sockets, two to MAX’s', () => {
    const spy = vi.spyOn(EventTarget.prototype, 'addEventListener');
    install();
    new (WS())('wss://example.org/socket');
    new (WS())('wss://ws-api.oneme.ru.evil.example/');
    new (WS())('wss://api.oneme.ru.evil.example/websocket');
    expect(spy).not.toHaveBeenCalled();
    new (WS())(MAX_URL);
    new (WS())(BINARY_URL);
    expect(spy.mock.calls.map((c) => c[0])).toEqual(['message', 'close', 'message', 'close']);
  });

  it('never wraps or reads send', () => {
    install();
    const ws = new (WS())(MAX_URL);
    expect(ws.send).toBe(nativeSend);
    expect(Object.getOwnPropertyNames(ws)).not.toContain('send');
    ws.send(fixture('19-login'));
    runDeferred();
    expect(ws.sent).toEqual([fixture('19-login')]);
    expect(posted).toEqual([]);
  });

  it('does not read other sockets’ frames', () => {
    install();
    const ws = new (WS())('wss://example.org/');
    ws.receive(fixture('19-login'));
    runDeferred();
    expect(posted).toEqual([]);
  });
});

describe('page listeners get exactly what they got before', () => {
  function pageSees(ws: FakeWebSocket) {
    const seen: { via: string; data: unknown; event: Event }[] = [];
    ws.onmessage = (e) => seen.push({ via: 'onmessage', data: e.data, event: e });
    const l = (e: Event) => seen.push({ via: 'listener', data: (e as MessageEvent).data, event: e });
    ws.addEventListener('message', l);
    return { seen, remove: () => ws.removeEventListener('message', l) };
  }

  it('on fixtures, and the bridge reads them only afterwards', () => {
    install();
    const ws = new (WS())(MAX_URL);
    const { seen } = pageSees(ws);
    for (const text of fixtures) {
      const e = ws.receive(text);
      expect(seen.slice(-2).map((s) => s.data)).toEqual([text, text]);
      expect(seen.slice(-2).every((s) => s.data === text && s.event === e)).toBe(true);
    }
    expect(posted).toEqual([]); // nothing read during dispatch
    runDeferred();
    expect(posted.length).toBeGreaterThan(0);
    for (const e of posted) expect(parseBridgeEvent(e)).not.toBeNull();
    expect(posted.map((e) => e.type)).toContain('links-seen');
  });

  it('removeEventListener and onmessage = null still work', () => {
    install();
    const ws = new (WS())(MAX_URL);
    const { seen, remove } = pageSees(ws);
    remove();
    ws.onmessage = null;
    ws.receive(fixture('01-ping'));
    expect(seen).toEqual([]);
  });

  it('on any data at all — strings, JSON, huge, binary — and never throws', () => {
    install();
    const sockets = [new (WS())(MAX_URL), new (WS())(MAX_URL), new (WS())('wss://example.org/')];
    const pages = sockets.map(pageSees);
    const head = fc.constantFrom('{"ver":11,"cmd":1,"seq":1,"opcode":19,', '{"ver":99,"cmd":0,"opcode":128,', '{');
    const data = fc.oneof(
      fc.string(),
      fc.json(),
      fc.constantFrom(...fixtures),
      head.chain((h) => fc.string().map((s) => h + s)),
      fc.anything(),
      fc.uint8Array().map((a) => a.buffer),
      fc.integer({ min: 0, max: 200_000 }).map((n) => `{"ver":11,"cmd":1,"opcode":53,"payload":"${'x'.repeat(n)}`),
    );
    fc.assert(
      fc.property(fc.nat(2), data, (i, d) => {
        const ws = sockets[i] as FakeWebSocket;
        const page = pages[i] as ReturnType<typeof pageSees>;
        const before = page.seen.length;
        const e = ws.receive(d);
        const got = page.seen.slice(before);
        // The same frame on a socket made without the wrap: what the page would have got.
        const control = new FakeWebSocket(MAX_URL).receive(d);
        runDeferred();
        return got.length === 2 && got.every((s) => Object.is(s.data, control.data) && s.event === e);
      }),
      { numRuns: 400 },
    );
    for (const e of posted) expect(parseBridgeEvent(e)).not.toBeNull();
  });

  it('swallows a failing post', () => {
    install({
      post: () => {
        throw new Error('boom');
      },
    });
    const ws = new (WS())(MAX_URL);
    ws.receive(fixture('19-login'));
    expect(() => runDeferred()).not.toThrow();
  });
});

describe('protocol status', () => {
  it('ok on login, closed on close, for each of several sockets', () => {
    install();
    const a = new (WS())(MAX_URL);
    const b = new (WS())(MAX_URL);
    a.receive(fixture('19-login'));
    a.close();
    b.receive(fixture('19-login'));
    runDeferred();
    const statuses = posted.filter((e) => e.type === 'protocol').map((e) => (e.type === 'protocol' ? e.status : ''));
    expect(statuses).toEqual(['ok', 'closed', 'ok']);
  });

  it('unknown-version once, and the frame is still read', () => {
    install();
    const ws = new (WS())(MAX_URL);
    const login = fixture('19-login').replace('"ver":11', '"ver":12');
    ws.receive(login);
    ws.receive(login);
    runDeferred();
    const protocol = posted.filter((e) => e.type === 'protocol');
    expect(protocol.map((e) => e.type === 'protocol' && e.status)).toEqual(['unknown-version', 'ok', 'ok']);
    expect(posted.filter((e) => e.type === 'chats')).toHaveLength(2);
  });

  it('no-socket after 15 s without a MAX socket, nothing when one came', () => {
    install();
    expect(timers.map((t) => t.ms)).toEqual([15_000]);
    timers[0]?.fn();
    expect(posted.map((e) => e.type === 'protocol' && e.status)).toEqual(['no-socket']);
    installed.uninstall();
    posted = [];
    timers = [];
    install();
    new (WS())(MAX_URL);
    timers[0]?.fn();
    expect(posted).toEqual([]);
  });

  it('asks for the open chat when it reads a CHAT_HISTORY answer, not for other frames', () => {
    const asked: number[] = [];
    install({
      openChatId: () => {
        asked.push(1);
        return '-68001234567802';
      },
    });
    const ws = new (WS())(MAX_URL);
    ws.receive(fixture('01-ping'));
    ws.receive(fixture('49-chat-history'));
    expect(asked).toEqual([]); // nothing during the page's dispatch
    runDeferred();
    expect(asked).toEqual([1]);
    const links = posted.find((e) => e.type === 'links-seen');
    expect(links?.type === 'links-seen' && links.links[0]?.chatId).toBe('-68001234567802');
  });

  it('keeps only references during dispatch, and looks at once past a burst', () => {
    install();
    const ws = new (WS())(MAX_URL);
    for (let i = 0; i < 5000; i++) ws.receive(fixture('01-ping'));
    ws.receive(fixture('19-login'));
    expect(deferred).toHaveLength(1);
    runDeferred();
    expect(posted.map((e) => e.type)).toEqual(['me', 'contacts', 'chats', 'protocol']);
  });

  it('yields to the page between slices of a long backlog', () => {
    let t = 0;
    install({ now: () => (t += 5) }); // each look at the clock "costs" 5 ms
    const ws = new (WS())(MAX_URL);
    for (let i = 0; i < 3; i++) ws.receive(fixture('53-chats-list'));
    expect(deferred).toHaveLength(1); // one task for the batch
    deferred.shift()?.();
    expect(posted).toHaveLength(2); // over the 8 ms slice after two frames
    expect(deferred).toHaveLength(1); // the rest comes in the next task
    runDeferred();
    expect(posted).toHaveLength(3);
  });
});

describe('binary frames (web.max.ru today: protocol 10 on api.oneme.ru)', () => {
  const types = () => posted.map((e) => (e.type === 'protocol' ? `protocol:${e.status}` : e.type));

  it('the page gets the very same ArrayBuffer; the bridge reads the wanted frames afterwards', () => {
    install();
    const ws = new (WS())(BINARY_URL);
    const seen: unknown[] = [];
    ws.onmessage = (e) => seen.push(e.data);
    const frames = ['19-login-2000-chats', '1-ping', '128-notif-message-plain', '128-notif-message-18-digit-id'];
    const buffers = frames.map(binary);
    for (const buffer of buffers) ws.receive(buffer);
    expect(seen).toEqual(buffers);
    expect(seen.every((data, i) => data === buffers[i])).toBe(true);
    expect(posted).toEqual([]);
    runDeferred();
    expect(types()).toEqual(['me', 'contacts', 'chats', 'protocol:ok', 'links-seen']);
    for (const e of posted) expect(parseBridgeEvent(e)).not.toBeNull();
  });

  it('reads what the frame held even when the page reuses or transfers its buffer afterwards', () => {
    install();
    const ws = new (WS())(BINARY_URL);
    ws.onmessage = (e) => new Uint8Array(e.data as ArrayBuffer).fill(0); // the page scribbles over it
    ws.receive(binary('53-chats-list-last-page'));
    runDeferred();
    const chats = posted.find((e) => e.type === 'chats');
    expect(chats?.type === 'chats' && chats.listEnd).toBe(true);
  });

  it('reads Blob frames too, in the order they came, without holding up the page', async () => {
    install();
    const ws = new (WS())(BINARY_URL);
    const seen: unknown[] = [];
    ws.onmessage = (e) => seen.push(e.data);
    const blobs = ['53-chats-list-page', '1-ping', '53-chats-list-last-page'].map((n) => new Blob([binary(n)]));
    for (const blob of blobs) ws.receive(blob);
    expect(seen).toEqual(blobs);
    for (let i = 0; i < 10; i++) await Promise.resolve();
    await new Promise((resolve) => setTimeout(resolve, 0));
    runDeferred();
    expect(posted.map((e) => e.type === 'chats' && e.listEnd)).toEqual([false, true]);
  });

  it('reports an unknown binary version once and does not read its frames', () => {
    install();
    const ws = new (WS())(BINARY_URL);
    const login = new Uint8Array(binary('19-login-after-sync'));
    login[0] = 11;
    ws.receive(login.buffer);
    ws.receive(login.slice().buffer);
    runDeferred();
    expect(types()).toEqual(['protocol:unknown-version']);
  });

  it('copies nothing for the frames it ignores', () => {
    const slice = vi.spyOn(Uint8Array.prototype, 'slice');
    install();
    const ws = new (WS())(BINARY_URL);
    for (let i = 0; i < 100; i++) ws.receive(binary('1-ping'));
    expect(slice).not.toHaveBeenCalled();
    ws.receive(binary('135-notif-chat'));
    expect(slice).toHaveBeenCalledTimes(1);
  });
});

describe('a flood of messages never costs a chat of the list', () => {
  const chatsOf = (n: number, from: number) =>
    Array.from({ length: n }, (_, i) => ({
      id: -71128136000000 - from - i,
      type: 'CHAT',
      status: 'ACTIVE',
      title: `ИСП-${from + i}`,
      lastEventTime: 1763974800000 - (from + i) * 1000,
    }));
  const login = (n: number) =>
    JSON.stringify({
      ver: 11,
      cmd: 1,
      seq: 1,
      opcode: 19,
      payload: { profile: { contact: { id: 7 } }, chats: chatsOf(n, 0) },
    });
  const page = (n: number, from: number, marker: number | null) =>
    JSON.stringify({
      ver: 11,
      cmd: 1,
      seq: 2,
      opcode: 53,
      payload: { chats: chatsOf(n, from), ...(marker ? { marker } : {}) },
    });
  const message = (i: number, link: boolean) =>
    JSON.stringify({
      ver: 11,
      cmd: 0,
      seq: 100 + i,
      opcode: 128,
      payload: { chatId: -5, message: { id: String(i), text: link ? `https://max.ru/join/T${i}` : 'Спасибо!' } },
    });
  /** What the chat list comes to: the ids and whether MAX said it ended. */
  const chatPicture = (events: BridgeEvent[]) => {
    const ids = new Set<string>();
    let ended = false;
    for (const e of events) {
      if (e.type !== 'chats') continue;
      for (const c of e.chats) ids.add(c.id);
      ended ||= e.listEnd;
    }
    return { ids: [...ids].sort(), ended };
  };

  it('300 ordinary messages in one go, then a page of 40 and the last page: every chat arrives', () => {
    install();
    const ws = new (WS())(MAX_URL);
    ws.receive(login(15));
    for (let i = 0; i < 300; i++) ws.receive(message(i, false));
    ws.receive(page(40, 15, 1));
    ws.receive(page(3, 55, null));
    runDeferred();
    expect(chatPicture(posted)).toEqual({
      ids: chatPicture(readAll([login(15), page(40, 15, 1), page(3, 55, null)])).ids,
      ended: true,
    });
    expect(chatPicture(posted).ids).toHaveLength(58);
  });

  it('a flood of messages with links beyond what it holds: the pages still arrive, and the skip is said', () => {
    install();
    const ws = new (WS())(MAX_URL);
    ws.receive(login(15));
    for (let i = 0; i < 5000; i++) ws.receive(message(i, true));
    ws.receive(page(40, 15, null));
    runDeferred();
    expect(chatPicture(posted).ids).toHaveLength(55);
    const shed = posted.filter((e) => e.type === 'shed');
    expect(shed).toHaveLength(1);
    const links = posted.flatMap((e) => (e.type === 'links-seen' ? e.links : []));
    expect(links.length + (shed[0]?.type === 'shed' ? shed[0].frames : 0)).toBe(5000);
  });

  it('fuzz: any interleaving of messages with the login and list pages gives the chats of the pages alone', () => {
    const pages = [login(15), page(40, 15, 1), page(40, 55, 2), page(7, 95, null)];
    const alone = chatPicture(readAll(pages));
    // A step: a page (in order), a run of messages (some with links), or a task boundary (the bridge's batch runs).
    const step = fc.oneof(
      fc.constant({ kind: 'page' as const }),
      fc.record({ kind: fc.constant('messages' as const), n: fc.nat(2500), links: fc.boolean() }),
      fc.constant({ kind: 'task' as const }),
    );
    fc.assert(
      fc.property(fc.array(step, { maxLength: 12 }), fc.boolean(), (steps, binary) => {
        installed?.uninstall();
        posted = [];
        deferred = [];
        install();
        // The same frames as web.max.ru sends them today (binary, on api.oneme.ru) or as older deployments did.
        const ws = new (WS())(binary ? BINARY_URL : MAX_URL);
        const wire = (text: string) => (binary ? asBinary(text) : text);
        let next = 0;
        let sent = 0;
        const sendPage = () => ws.receive(wire(pages[next++] as string));
        for (const s of steps) {
          if (s.kind === 'page' && next < pages.length) sendPage();
          else if (s.kind === 'task') runDeferred();
          else if (s.kind === 'messages')
            for (let i = 0; i < s.n && sent < 10_000; i++, sent++)
              ws.receive(wire(message(sent, s.links && i % 3 === 0)));
        }
        while (next < pages.length) sendPage();
        runDeferred();
        expect(chatPicture(posted)).toEqual(alone);
      }),
      // Each run may carry 10,000 frames: a few dozen in `npm test`, as many as asked with FUZZ_RUNS.
      { numRuns: Number(process.env.FUZZ_RUNS) || 30 },
    );
  }, 600_000);

  /** A JSON frame as the binary protocol carries it (ids wrapped, LZ4 from 32 bytes), in a fresh ArrayBuffer. */
  const asBinary = (text: string): ArrayBuffer => encodeFrame({ ...JSON.parse(text), ver: 10 }).slice().buffer;

  /** The events the pages give alone: each read in its own batch, nothing around it. */
  function readAll(frames: string[]): BridgeEvent[] {
    installed?.uninstall();
    const saved = posted;
    posted = [];
    install();
    const ws = new (WS())(MAX_URL);
    for (const f of frames) {
      ws.receive(f);
      runDeferred();
    }
    const out = posted;
    installed.uninstall();
    posted = saved;
    install();
    return out;
  }
});
