/**
 * The WebSocket wrap. MAIN world, document_start, before MAX's own scripts.
 *
 * `window.WebSocket` becomes a Proxy of the native class with only a
 * `construct` trap: statics, `prototype`, `instanceof`, subclassing, calling
 * without `new` and every instance behave as native, because the instance IS a
 * native instance. For MAX's socket only (binary v10 on api.oneme.ru, JSON v11
 * on ws-api.oneme.ru), one 'message' and one 'close' listener are added.
 * `send` is never touched: outgoing frames carry the session token.
 *
 * The message listener runs before the page's (it was added first), so it does
 * as little as it can: a text frame is kept by reference; a binary frame's
 * 10-byte header is read and, only when Сверка reads that opcode, its bytes are
 * copied (the page may transfer or reuse its ArrayBuffer); a Blob is read
 * asynchronously, in order. In a later task, batched, after the page's
 * handlers, each frame is looked at and only the frames Сверка reads are
 * decoded. Every error of ours is swallowed.
 */

import {
  BINARY_PROTOCOL_VERSION,
  lastBinaryCmd,
  lastBinaryOpcode,
  lastBinaryVersion,
  peekBinaryHead,
} from './binary/binary-frame';
import { lookAtBinaryFrame, readBinaryFrame } from './binary/read-binary-frame';
import type { BridgeEvent } from './bridge-events';
import { makeBridgeEvent } from './bridge-events';
import { createFrameCensus } from './diagnostics';
import {
  type FrameContext,
  isKnownVersion,
  isWanted,
  LINKS_ONLY,
  lastHeadCmd,
  lastHeadOpcode,
  lastHeadVersion,
  lookAtFrame,
  mayHoldInviteText,
  NOT_A_FRAME,
  READ,
  readFrame,
} from './frames';
import { isMaxSocketUrl, Opcode } from './opcodes';

export interface TapOptions {
  /** Delivers one event (the entrypoint: `window.postMessage(event, location.origin)`). */
  post(event: BridgeEvent): void;
  /** The chat open in the page (asked when the batch is read), for CHAT_HISTORY answers that do not name it. */
  openChatId?(): string | undefined;
  /** Runs `fn` in a later task. Default: the native setTimeout(fn, 0), captured at install. */
  defer?(fn: () => void): void;
  /** Default: the native setTimeout. */
  setTimer?(fn: () => void, ms: number): void;
  /** Default: performance.now. */
  now?(): number;
  /** `no-socket` is posted when no MAX socket opened this long after install. */
  noSocketAfterMs?: number;
  /** Default: readFrame / readBinaryFrame. A seam for the bench, to time the listener apart from the reading. */
  read?: (frame: Frame, ctx: FrameContext) => BridgeEvent[];
}

/** A frame as the tap keeps it: the page's string, or a copy of the binary frame's bytes. */
type Frame = string | Uint8Array;

function readAny(frame: Frame, ctx: FrameContext): BridgeEvent[] {
  return typeof frame === 'string' ? readFrame(frame, ctx) : readBinaryFrame(frame, ctx);
}

export const NO_SOCKET_AFTER_MS = 15_000;
/** One deferred task reads frames for at most this long, then yields to the page. */
const SLICE_MS = 8;
/**
 * Frames read only for invite links (messages) held at most; a flood beyond is skipped, counted and said (a `shed`
 * event). Frames of the chat list are never skipped, whatever arrives around them: dropping one would turn chats into
 * «нет чата».
 */
const MAX_QUEUED_LINK_FRAMES = 2048;
/** Frames held unlooked-at until the next task; past this, the look happens at once. */
const MAX_UNSEEN = 4096;
/** «Что видит Сверка» is posted at most this often, and only when something changed. */
const CENSUS_EVERY_MS = 2000;

/** `links`: a frame read only for invite links (see MAX_QUEUED_LINK_FRAMES). */
type Queued = { frame: Frame; ctx: FrameContext; links?: true } | { event: BridgeEvent };

export interface FrameTap {
  /** The cheap part, called from the socket's 'message' listener: keeps what may matter for the batch. */
  onData(data: unknown): void;
  onClose(): void;
  /** Reads what is queued (normally run by `defer`). */
  flush(): void;
}

export function createFrameTap(opts: TapOptions): FrameTap {
  const defer = opts.defer ?? nativeDefer();
  const now = opts.now ?? performance.now.bind(performance);
  const read = opts.read ?? readAny;
  const setTimer = opts.setTimer ?? nativeTimer();
  const census = createFrameCensus();
  let censusDue = false;
  function censusChanged() {
    if (censusDue) return;
    censusDue = true;
    setTimer(() => {
      censusDue = false;
      post(makeBridgeEvent(census.take()));
    }, CENSUS_EVERY_MS);
  }
  /** Frames received and not looked at yet (the page's own strings; copies of wanted binary frames). */
  const unseen: Frame[] = [];
  /** Frames worth reading, and status events, in order. */
  const queue: Queued[] = [];
  let head = 0;
  /** Link frames in the queue now, and those skipped since the last `shed` event. */
  let linkFrames = 0;
  let shed = 0;
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
    queue.push(item);
    schedule();
  }

  function enqueueLinks(frame: Frame, ctx: FrameContext) {
    if (linkFrames >= MAX_QUEUED_LINK_FRAMES) {
      shed++;
      return;
    }
    linkFrames++;
    enqueue({ frame, ctx, links: true });
  }

  /** The head look: reports an unknown `ver` once, queues the frames Сверка reads. */
  function look(frame: Frame) {
    const text = typeof frame === 'string';
    const result = text ? lookAtFrame(frame) : lookAtBinaryFrame(frame);
    if (text) {
      // Binary frames were counted by the listener (the ones it ignores never get here).
      if (result === NOT_A_FRAME) census.count('other', -1, -1, -1);
      else census.count('json', lastHeadVersion(), lastHeadCmd(), lastHeadOpcode());
      censusChanged();
    }
    if (result === NOT_A_FRAME) return;
    const ver = text ? lastHeadVersion() : lastBinaryVersion();
    if (ver !== lastGoodVersion && ver !== -1 && !versionReported) {
      if (text ? isKnownVersion(ver) : ver === BINARY_PROTOCOL_VERSION) lastGoodVersion = ver;
      else {
        versionReported = true;
        enqueue({ event: makeBridgeEvent({ type: 'protocol', status: 'unknown-version', detail: `ver ${ver}` }) });
      }
    }
    if (result !== READ) return;
    const opcode = text ? lastHeadOpcode() : lastBinaryOpcode();
    if (!LINKS_ONLY.has(opcode)) {
      enqueue({ frame, ctx: {} });
      return;
    }
    // A message whose text names no invite route costs no queue slot (binary frames were filtered by the look).
    if (text && !mayHoldInviteText(frame)) return;
    const ctx: FrameContext = {};
    if (opcode === Opcode.CHAT_HISTORY && opts.openChatId) ctx.openChatId = opts.openChatId();
    enqueueLinks(frame, ctx);
  }

  function lookAtUnseen() {
    for (let i = 0; i < unseen.length; i++) look(unseen[i] as Frame);
    unseen.length = 0;
  }

  function keep(frame: Frame) {
    if (unseen.length < MAX_UNSEEN) {
      unseen.push(frame);
      schedule();
    } else look(frame); // a burst without a task boundary: look now, keep only what is read
  }

  /** A binary frame: kept (copied) only when its header names an opcode Сверка reads, or a version it does not know. */
  function onBytes(buffer: ArrayBuffer) {
    const bytes = new Uint8Array(buffer);
    const isFrame = peekBinaryHead(bytes);
    if (isFrame) census.count('binary', lastBinaryVersion(), lastBinaryCmd(), lastBinaryOpcode());
    else census.count('other', -1, -1, -1);
    censusChanged();
    const wanted = isFrame && isWanted(lastBinaryCmd(), lastBinaryOpcode());
    if (wanted || (!versionReported && bytes.length > 0 && bytes[0] !== BINARY_PROTOCOL_VERSION)) keep(bytes.slice());
  }

  /** Blob frames are read in arrival order; the page's own handling is neither waited for nor delayed. */
  let blobs: Promise<void> = Promise.resolve();
  function onBlob(blob: Blob) {
    const reading = readBlob(blob);
    blobs = blobs.then(() => reading).then(onBytes, () => {});
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
        else {
          if (item.links) linkFrames--;
          const events = read(item.frame, item.ctx);
          census.countEvents(events);
          for (const event of events) post(event);
        }
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
    if (shed > 0) {
      post(makeBridgeEvent({ type: 'shed', frames: shed }));
      shed = 0;
    }
  }

  return {
    onData(data) {
      // A text frame's head look waits for the batch: in the page's dispatch an
      // array push costs a tenth of it (measured: tests/bench/bridge.bench.ts).
      if (typeof data === 'string') keep(data);
      else if (data instanceof ArrayBuffer) onBytes(data);
      else if (isBlob(data)) onBlob(data);
      else {
        census.count('other', -1, -1, -1);
        censusChanged();
      }
    },
    onClose() {
      lookAtUnseen(); // keep order: frames received before the close come first
      enqueue({ event: makeBridgeEvent({ type: 'protocol', status: 'closed' }) });
    },
    flush,
  };
}

/** Blob.prototype.arrayBuffer as it was when Сверка started, so a page that patches it can neither see nor break our reads. */
const blobArrayBuffer: ((this: Blob) => Promise<ArrayBuffer>) | undefined = globalThis.Blob?.prototype.arrayBuffer;

function isBlob(x: unknown): x is Blob {
  return typeof Blob === 'function' && x instanceof Blob;
}

function readBlob(blob: Blob): Promise<ArrayBuffer> {
  return blobArrayBuffer ? blobArrayBuffer.call(blob) : Promise.reject(new Error('no Blob'));
}

function nativeTimer(): (fn: () => void, ms: number) => void {
  const st = globalThis.setTimeout;
  return (fn, ms) => {
    st(fn, ms);
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
        if (typeof url === 'string' && isMaxSocketUrl(url)) {
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
