/**
 * The bridge's cost on MAX's JSON protocol 11 (older deployments; web.max.ru
 * today speaks binary: bridge-binary.bench.ts): an ignored frame < 2 µs
 * median, a login with 2,000 chats < 20 ms. `npm run bench`.
 * The page's handling of a frame stream with the bridge vs without (≤ 1.05×)
 * is measured here against a parse-only page handler, the worst case (an extra
 * listener costs as much as the handler itself), and against the stand-in MAX
 * web in Chromium by scripts/bench-browser.mjs, where the budget is checked.
 */
import { bench, describe } from 'vitest';
import { readFrame } from '../../utils/max/frames';
import { createFrameTap, installSocketTap } from '../../utils/max/socket-tap';
import { frameStream } from './frame-stream.mjs';

const ME = 5123401;
/** MAX's JSON socket (protocol 11): these are its frames. The binary protocol: bridge-binary.bench.ts. */
const URL_MAX = 'wss://ws-api.oneme.ru/websocket';

/** A chat as MAX sends it, with the fields we ignore too (last message, options…), so parsing costs what it would. */
function chat(i: number) {
  const group = i % 5 !== 0;
  const participants: Record<string, number> = { [ME]: 1725000000000 };
  for (let m = 0; m < (group ? 28 : 1); m++) participants[String(6000000 + i * 31 + m)] = 1725000000000 + m * 60000;
  return {
    id: group ? -68000000000000 - i : 7000000 + i,
    type: group ? 'CHAT' : 'DIALOG',
    status: 'ACTIVE',
    ...(group ? { title: `ИСП-${20 + (i % 9)} — ${['обучающиеся', 'родители', 'преподаватели'][i % 3]} ${i}` } : {}),
    owner: i % 2 ? ME : 6000000 + i,
    admins: i % 2 ? [ME] : [],
    adminParticipants: i % 2 ? { [ME]: { permissions: 255 } } : {},
    participants,
    participantsCount: Object.keys(participants).length,
    ...(group && i % 2 ? { link: `https://max.ru/join/Tok${i}_abcdefghijklmnop` } : {}),
    access: group ? 'PRIVATE' : undefined,
    created: 1720000000000 + i,
    modified: 1730000000000 + i,
    joinTime: 1725000000000,
    lastEventTime: 1731000000000 - i * 1000,
    messagesCount: 100 + i,
    newMessages: i % 4,
    description: group ? 'Чат учебной группы, вопросы по расписанию и заданиям' : undefined,
    options: { ONLY_OWNER_CAN_CHANGE_ICON_TITLE: true, ALL_CAN_PIN_MESSAGE: false },
    cid: 0,
    lastMessage: {
      id: String(115000000000000000 + i),
      time: 1731000000000 - i * 1000,
      sender: ME,
      type: 'USER',
      text: 'Добрый день! Напоминаю про консультацию завтра в 10:00, кабинет 214.',
      elements: [],
      attaches: [],
      status: i % 7 ? undefined : 'EDITED',
    },
  };
}

const chats = Array.from({ length: 2000 }, (_, i) => chat(i));
const LOGIN = JSON.stringify({
  ver: 11,
  cmd: 1,
  seq: 1,
  opcode: 19,
  payload: {
    profile: { contact: { id: ME, names: [{ name: 'Иванова Мария Петровна', type: 'ONEME' }], phone: 79161234567 } },
    chats,
    contacts: Array.from({ length: 300 }, (_, i) => ({
      id: 6000000 + i,
      names: [{ firstName: 'Имя', lastName: `Фамилия${i}`, type: 'ONEME' }],
      phone: 79160000000 + i,
    })),
    presence: {},
    config: { hash: '0' },
    time: 1731000000000,
  },
});
const PING = '{"ver":11,"cmd":1,"seq":4242,"opcode":1,"payload":null}';

const noop = () => {};
const ignoring = createFrameTap({ post: noop, defer: noop });
const posted: unknown[] = [];
const loginTap = createFrameTap({ post: (e) => posted.push(e), defer: noop });

describe(`bridge cost per frame (login frame ${(LOGIN.length / 1e6).toFixed(1)} MB)`, () => {
  // The listener only keeps a reference; the head look runs in the deferred batch. Both are timed here.
  bench('ignored frame (PING): listener + deferred look, a batch of one', () => {
    ignoring.onData(PING);
    ignoring.flush();
  });
  bench('100 ignored frames (PING): listener + deferred look, one batch', () => {
    for (let i = 0; i < 100; i++) ignoring.onData(PING);
    ignoring.flush();
  });
  bench('login with 2,000 chats: listener + look + read + post', () => {
    posted.length = 0;
    loginTap.onData(LOGIN);
    loginTap.flush();
  });
  bench('login with 2,000 chats: readFrame alone', () => {
    readFrame(LOGIN);
  });
  // Calibration: what the page itself pays just to parse this frame, on the same machine.
  bench('reference: JSON.parse of the login frame', () => {
    JSON.parse(LOGIN);
  });
});

/** The page's side of a session: what arrives over a few seconds of normal use, on a dozen of its chats. */
const stream = frameStream(chats.slice(0, 12));

/** Enough of a socket to dispatch MessageEvents through EventTarget, as the browser does. */
class BenchSocket extends EventTarget {
  readonly url: string;
  constructor(url: string) {
    super();
    this.url = url;
  }
}

/** A page handler doing roughly what a client must: parse, route by opcode, update its store. */
function pageHandler(store: Map<number, unknown>) {
  return (e: Event) => {
    const f = JSON.parse((e as MessageEvent).data as string);
    switch (f.opcode) {
      case 1:
        store.set(-1, f.seq);
        break;
      case 128:
        store.set(f.payload.chatId, f.payload.message);
        break;
      case 135:
        store.set(f.payload.chat.id, f.payload.chat);
        break;
      default:
        store.set(f.opcode, f.payload);
    }
  };
}

/**
 * Each iteration dispatches the stream and then runs the bridge's deferred
 * batch, which in the browser runs in a later task: so "with" counts all of
 * the bridge's work, not only what delays the page. `reading`: false swaps
 * readFrame for a no-op, leaving the listener and the head look.
 */
function socketFor(withBridge: boolean, reading = true): { ws: BenchSocket; flush: () => void } {
  const win = { WebSocket: BenchSocket as unknown as typeof WebSocket };
  let pending: (() => void) | null = null;
  if (withBridge) {
    installSocketTap(win, {
      post: noop,
      defer: (fn) => {
        pending = fn;
      },
      setTimer: noop,
      ...(reading ? {} : { read: () => [] }),
    });
  }
  const ws = new (win.WebSocket as unknown as typeof BenchSocket)(URL_MAX);
  ws.addEventListener('message', pageHandler(new Map()));
  return {
    ws,
    flush: () => {
      const fn = pending;
      pending = null;
      fn?.();
    },
  };
}

const events = stream.map((data) => new MessageEvent('message', { data }));
const without = socketFor(false);
/** Reference: the same page with one extra listener that does nothing — the floor of any listener-based bridge. */
const withEmptyListener = socketFor(false);
withEmptyListener.ws.addEventListener('message', noop);
const withBridge = socketFor(true);
const withBridgeDispatch = socketFor(true, false);

describe('the page handling 200 frames (100 PING, typing/presence, 25 NOTIF_MESSAGE, 10 NOTIF_CHAT)', () => {
  bench('without Сверка', () => {
    for (const e of events) without.ws.dispatchEvent(e);
    without.flush();
  });
  bench('reference: one extra empty listener', () => {
    for (const e of events) withEmptyListener.ws.dispatchEvent(e);
  });
  bench('with Сверка: listener + deferred head look (parsing stubbed)', () => {
    for (const e of events) withBridgeDispatch.ws.dispatchEvent(e);
    withBridgeDispatch.flush();
  });
  bench('with Сверка: everything (look + parse + post)', () => {
    for (const e of events) withBridge.ws.dispatchEvent(e);
    withBridge.flush();
  });
});
