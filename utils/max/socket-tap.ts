/**
 * The WebSocket wrap. MAIN world, document_start, before MAX's own scripts.
 *
 * `window.WebSocket` becomes a Proxy of the native class with only a
 * `construct` trap: statics, `prototype`, `instanceof`, subclassing, calling
 * without `new` and every instance behave as native, because the instance IS a
 * native instance. For MAX's socket only, one 'message' and one 'close'
 * listener are added. `send` is never touched: outgoing frames carry the
 * session token.
 *
 * The message listener runs before the page's (it was added first), so it only
 * keeps a reference to the string; in a later task, batched, after the page's
 * handlers, each frame's head is looked at without parsing, and only the
 * frames Сверка reads are parsed. Every error of ours is swallowed.
 */
import type { BridgeEvent } from './bridge-events';
import { makeBridgeEvent } from './bridge-events';
import {
  type FrameContext,
  isKnownVersion,
  lastHeadOpcode,
  lastHeadVersion,
  lookAtFrame,
  NOT_A_FRAME,
  READ,
  readFrame,
} from './frames';
import { MAX_SOCKET_URL_PREFIX, Opcode } from './opcodes';

export interface TapOptions {
  /** Delivers one event (the entrypoint: `window.postMessage(event, location.origin)`). */
  post(event: BridgeEvent): void;
  /** The chat open in the page (asked when the batch is read), for CHAT_HISTORY answers that do not name it. */
  openChatId?(): number | undefined;
  /** Runs `fn` in a later task. Default: the native setTimeout(fn, 0), captured at install. */
  defer?(fn: () => void): void;
  /** Default: the native setTimeout. */
  setTimer?(fn: () => void, ms: number): void;
  /** Default: performance.now. */
  now?(): number;
  /** `no-socket` is posted when no MAX socket opened this long after install. */
  noSocketAfterMs?: number;
  /** Default: readFrame. A seam for the bench, to time the listener apart from the reading. */
  read?: typeof readFrame;
}

export const NO_SOCKET_AFTER_MS = 15_000;
/** One deferred task reads frames for at most this long, then yields to the page. */
const SLICE_MS = 8;
/** A flood of wanted frames beyond this is dropped rather than held. */
const MAX_QUEUED = 256;
/** Frames held unlooked-at until the next task; past this, the look happens at once. */
const MAX_UNSEEN = 4096;

type Queued = { text: string; ctx: FrameContext } | { event: BridgeEvent };

export interface FrameTap {
  /** The cheap part, called from the socket's 'message' listener: keeps the string for the batch. */
  onData(data: unknown): void;
  onClose(): void;
  /** Reads what is queued (normally run by `defer`). */
  flush(): void;
}

export function createFrameTap(opts: TapOptions): FrameTap {
  const defer = opts.defer ?? nativeDefer();
  const now = opts.now ?? performance.now.bind(performance);
  const read = opts.read ?? readFrame;
  /** Frames received and not looked at yet (references to the page's own strings, no copies). */
  const unseen: string[] = [];
  /** Frames worth reading, and status events, in order. */
  const queue: Queued[] = [];
  let head = 0;
  let scheduled = false;
  let versionReported = false;
  let lastGoodVersion = -1;

  function schedule() {
    if (!scheduled) {
      scheduled = true;
      defer(flush);
    }
  }

  function enqueue(item: Queued) {
    if (queue.length - head >= MAX_QUEUED) return;
    queue.push(item);
    schedule();
  }

  /** The head look: reports an unknown `ver` once, queues the frames Сверка reads. */
  function look(data: string) {
    const result = lookAtFrame(data);
    if (result === NOT_A_FRAME) return;
    const ver = lastHeadVersion();
    if (ver !== lastGoodVersion && ver !== -1 && !versionReported) {
      if (isKnownVersion(ver)) lastGoodVersion = ver;
      else {
        versionReported = true;
        enqueue({ event: makeBridgeEvent({ type: 'protocol', status: 'unknown-version', detail: `ver ${ver}` }) });
      }
    }
    if (result !== READ) return;
    const ctx: FrameContext = {};
    if (lastHeadOpcode() === Opcode.CHAT_HISTORY && opts.openChatId) ctx.openChatId = opts.openChatId();
    enqueue({ text: data, ctx });
  }

  function lookAtUnseen() {
    for (let i = 0; i < unseen.length; i++) look(unseen[i] as string);
    unseen.length = 0;
  }

  function post(event: BridgeEvent) {
    try {
      opts.post(event);
    } catch {
      // The receiving side's trouble is not the page's.
    }
  }

  function flush() {
    lookAtUnseen(); // while `scheduled` still holds, so queuing here asks for no second task
    scheduled = false;
    const start = now();
    while (head < queue.length) {
      const item = queue[head++] as Queued;
      try {
        if ('event' in item) post(item.event);
        else for (const event of read(item.text, item.ctx)) post(event);
      } catch {
        // readFrame does not throw; this is only a last guard.
      }
      if (now() - start > SLICE_MS && head < queue.length) {
        schedule();
        return;
      }
    }
    queue.length = 0;
    head = 0;
  }

  return {
    onData(data) {
      if (typeof data !== 'string') return; // Blob / ArrayBuffer: not MAX's JSON frames
      // Even the head look waits for the batch: in the page's dispatch an array
      // push costs a tenth of it (measured: tests/bench/bridge.bench.ts).
      if (unseen.length < MAX_UNSEEN) {
        unseen.push(data);
        schedule();
      } else look(data); // a burst without a task boundary: look now, keep only what is read
    },
    onClose() {
      lookAtUnseen(); // keep order: frames received before the close come first
      enqueue({ event: makeBridgeEvent({ type: 'protocol', status: 'closed' }) });
    },
    flush,
  };
}

function nativeDefer(): (fn: () => void) => void {
  const st = globalThis.setTimeout;
  return (fn) => {
    st(fn, 0);
  };
}

interface WindowLike {
  WebSocket: typeof WebSocket;
}

export interface InstalledTap {
  tap: FrameTap;
  /** Puts the original WebSocket back (tests). Listeners already added stay, and stay harmless. */
  uninstall(): void;
}

/** Wraps `win.WebSocket`. Returns null (and changes nothing) when there is no WebSocket. */
export function installSocketTap(win: WindowLike, opts: TapOptions): InstalledTap | null {
  const Native = win.WebSocket;
  if (typeof Native !== 'function') return null;
  // Captured now, before page scripts run, so a page that patches
  // addEventListener never sees (or breaks) our listeners.
  const addListener = EventTarget.prototype.addEventListener;
  const tap = createFrameTap(opts);
  let sawMaxSocket = false;

  const onMessage = (e: Event) => {
    try {
      tap.onData((e as MessageEvent).data);
    } catch {
      // never the page's problem
    }
  };
  const onClose = () => {
    try {
      tap.onClose();
    } catch {
      // never the page's problem
    }
  };

  const Wrapped = new Proxy(Native, {
    construct(target, args, newTarget) {
      // The native constructor's own errors (bad URL…) reach the page unchanged.
      const ws = Reflect.construct(target, args, newTarget) as WebSocket;
      try {
        const url = ws.url;
        if (typeof url === 'string' && url.startsWith(MAX_SOCKET_URL_PREFIX)) {
          sawMaxSocket = true;
          addListener.call(ws, 'message', onMessage);
          addListener.call(ws, 'close', onClose);
        }
      } catch {
        // never the page's problem
      }
      return ws;
    },
  });

  const winDesc = Object.getOwnPropertyDescriptor(win, 'WebSocket');
  const ctorDesc = Object.getOwnPropertyDescriptor(Native.prototype, 'constructor');
  // Only a plain, configurable data property is swapped; anything odd means another script got there first: stay out.
  if (winDesc && (!('value' in winDesc) || !winDesc.configurable)) return null;
  try {
    Object.defineProperty(win, 'WebSocket', { ...(winDesc ?? { writable: true, configurable: true }), value: Wrapped });
    // So that `ws.constructor === WebSocket` still holds for the page.
    if (ctorDesc?.configurable && 'value' in ctorDesc) {
      Object.defineProperty(Native.prototype, 'constructor', { ...ctorDesc, value: Wrapped });
    }
  } catch {
    return null;
  }

  const setTimer = opts.setTimer ?? ((fn: () => void, ms: number) => void globalThis.setTimeout(fn, ms));
  setTimer(() => {
    if (!sawMaxSocket) {
      try {
        opts.post(makeBridgeEvent({ type: 'protocol', status: 'no-socket' }));
      } catch {
        // ignore
      }
    }
  }, opts.noSocketAfterMs ?? NO_SOCKET_AFTER_MS);

  return {
    tap,
    uninstall() {
      if (winDesc) Object.defineProperty(win, 'WebSocket', winDesc);
      else win.WebSocket = Native;
      if (ctorDesc?.configurable && 'value' in ctorDesc)
        Object.defineProperty(Native.prototype, 'constructor', ctorDesc);
    },
  };
}
