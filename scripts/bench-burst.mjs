// @ts-check
// The whole cost of Сверка on a busy page (docs/budgets.md: ≤ 1.10×, aiming at 1.05×): the stand-in MAX web
// (binary protocol 10, 2,000 chats, one chat open) takes a burst of 20,000 frames as MAX's server pushes them — one
// in five a message with an invite link (half of them into the open chat, where they are rendered and Сверка marks
// them), one in 500 a chat update, the rest PING answers — and the clock runs until the page is idle again. Everything
// Сверка does on the page's main thread is inside: the bridge, its deferred reading, the content script's receipt,
// merge and audit, the sidebar's render and the marks in MAX's page.
// Side by side in separate browsers: one with the extension as users install it (`npm run build`,
// .output/chrome-mv3), two without. Each round reloads each page and runs the burst in each browser in turn (the order
// rotates); the fastest of the rounds counts (the first round is a warm-up). The ratio of the two browsers without
// Сверка is the control: what a figure can mean on this machine.
// Run by `npm run bench`; alone: `node scripts/bench-burst.mjs [--rounds 11] [--frames 20000]`. Prints; asserts nothing.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { FakeMaxServer, MAX_ORIGIN } from '../tests/standin/fake-max-server.mjs';
import { encodeFrame } from '../tests/standin/max-binary.mjs';
import { college, seedAssignment } from './bench-standin.mjs';
import { findChromium } from './find-chromium.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const PRODUCTION_DIR = resolve(ROOT, '.output/chrome-mv3');
const roundsArg = process.argv.indexOf('--rounds');
const ROUNDS = roundsArg > 0 ? Number(process.argv[roundsArg + 1]) : 11;
const framesArg = process.argv.indexOf('--frames');
const FRAMES = framesArg > 0 ? Number(process.argv[framesArg + 1]) : 20_000;
/** Frames delivered in one task: a socket under load hands the page several messages per task. */
const FRAMES_PER_TASK = 20;

/**
 * The burst, encoded as MAX's server sends it.
 * @param {Array<Record<string, any>>} chats the chats the page knows, newest first
 * @param {number} openChatId
 */
function burst(chats, openChatId) {
  const frames = [];
  for (let i = 0; i < FRAMES; i++) {
    const seq = (30_000 + i) & 0xffff;
    if (i % 500 === 1) {
      const chat = chats[(i / 500) % chats.length] ?? chats[0];
      frames.push(
        encodeFrame({ cmd: 0, seq, opcode: 135, payload: { chat: { ...chat, modified: chat?.modified + i } } }),
      );
    } else if (i % 5 === 0) {
      const chatId = i % 10 === 0 ? openChatId : (chats[1 + (i % 50)]?.id ?? openChatId);
      const text = `Вступайте в чат группы: https://max.ru/join/Burst${i}_token — до пятницы.`;
      frames.push(
        encodeFrame({
          cmd: 0,
          seq,
          opcode: 128,
          payload: {
            chatId,
            unread: 1,
            message: {
              id: String(116000000000000000n + BigInt(i)),
              time: 1_764_000_000_000 + i,
              sender: 1000002 + (i % 40),
              type: 'USER',
              text,
              elements: [
                { type: 'link', from: text.indexOf('https'), length: `https://max.ru/join/Burst${i}_token`.length },
              ],
              attaches: [],
              cid: 1_764_000_000_000 + i,
              status: null,
              reactionInfo: {},
              options: 0,
            },
            mark: 1_764_000_000_000 + i,
            ttl: false,
          },
        }),
      );
    } else frames.push(encodeFrame({ cmd: 1, seq, opcode: 1, payload: null }));
  }
  return frames;
}

/** Keeps the sockets the page opens (before any script of the page's or Сверка's: init scripts run first). */
const SOCKET_PROBE = () => {
  const Native = WebSocket;
  const sockets = /** @type {WebSocket[]} */ ([]);
  // A function declaration, not an arrow: the page calls it with `new`.
  function Wrapped(/** @type {any} */ ...args) {
    const socket = new Native(.../** @type {[string]} */ (args));
    sockets.push(socket);
    return socket;
  }
  Wrapped.prototype = Native.prototype;
  Object.assign(Wrapped, { CONNECTING: 0, OPEN: 1, CLOSING: 2, CLOSED: 3 });
  window.WebSocket = /** @type {any} */ (Wrapped);
  Object.defineProperty(window, '__burstSockets', { value: sockets });
};

/**
 * @param {boolean} withExtension
 * @param {ReturnType<typeof college>} fixture
 */
async function launch(withExtension, fixture) {
  const context = await chromium.launchPersistentContext('', {
    executablePath: await findChromium(),
    headless: true,
    locale: 'ru-RU',
    viewport: { width: 1400, height: 900 },
    args: [
      ...(withExtension
        ? [`--disable-extensions-except=${PRODUCTION_DIR}`, `--load-extension=${PRODUCTION_DIR}`]
        : ['--disable-extensions']),
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  await context.route('**/*', (route) =>
    route.request().url().startsWith(MAX_ORIGIN) || /^(chrome-extension|data|blob|about):/.test(route.request().url())
      ? route.fallback()
      : route.abort('blockedbyclient'),
  );
  const server = new FakeMaxServer(fixture, { protocol: 'binary', pingIntervalMs: 600_000 });
  await server.attach(context);
  await context.addInitScript(SOCKET_PROBE);
  if (withExtension) await seedAssignment(context);
  const page = await context.newPage();
  return { context, server, page, withExtension };
}

/**
 * One round in one browser: the page loaded afresh with the chat open, left to settle, then the burst; the time from
 * its first frame until the page is idle again (an idle period of 40 ms or more, twice in a row).
 * @param {Awaited<ReturnType<typeof launch>>} browser
 * @param {string} url
 * @param {string[]} encoded the burst, base64
 */
async function round(browser, url, encoded) {
  const { page } = browser;
  await page.goto(url);
  await page.waitForFunction(() => document.querySelectorAll('.message').length > 0, undefined, { timeout: 30_000 });
  if (browser.withExtension)
    await page.waitForFunction(() => document.querySelector('sverka-ui') !== null, undefined, { timeout: 30_000 });
  await page.waitForTimeout(1000);
  return page.evaluate(
    async ({ encoded, perTask }) => {
      const buffers = encoded.map((b64) => {
        const binary = atob(b64);
        const bytes = new Uint8Array(binary.length);
        for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
        return bytes.buffer;
      });
      const socket = /** @type {any} */ (window).__burstSockets.find((/** @type {WebSocket} */ s) =>
        s.url.includes('oneme.ru'),
      );
      const idlePeriod = () => new Promise((done) => requestIdleCallback((deadline) => done(deadline.timeRemaining())));
      const untilIdle = async () => {
        for (;;) {
          const at = performance.now();
          if ((await idlePeriod()) >= 40 && (await idlePeriod()) >= 40) return at;
        }
      };
      await untilIdle();
      const channel = new MessageChannel();
      const started = performance.now();
      await new Promise((done) => {
        let next = 0;
        channel.port1.onmessage = () => {
          const end = Math.min(next + perTask, buffers.length);
          for (; next < end; next++) socket.dispatchEvent(new MessageEvent('message', { data: buffers[next] }));
          if (next < buffers.length) channel.port2.postMessage(0);
          else done(undefined);
        };
        channel.port2.postMessage(0);
      });
      const idleAt = await untilIdle();
      channel.port1.close();
      return idleAt - started;
    },
    { encoded, perTask: FRAMES_PER_TASK },
  );
}

async function main() {
  if (!existsSync(resolve(PRODUCTION_DIR, 'manifest.json')))
    execFileSync(resolve(ROOT, 'node_modules/.bin/wxt'), ['build'], { cwd: ROOT, stdio: 'inherit' });
  const fixture = college();
  const browsers = {
    with: await launch(true, fixture),
    without: await launch(false, fixture),
    control: await launch(false, fixture),
  };
  const chats = browsers.with.server.sortedChats().filter((/** @type {any} */ c) => c.type === 'CHAT');
  const open = chats[0];
  const encoded = burst(chats, open.id).map((bytes) => Buffer.from(bytes).toString('base64'));
  const url = `${MAX_ORIGIN}/${open.id}`;
  /** @type {Record<keyof typeof browsers, number[]>} */
  const times = { with: [], without: [], control: [] };
  /** @type {Array<keyof typeof browsers>} */
  const turn = ['with', 'without', 'control'];
  for (let r = 0; r <= ROUNDS; r++) {
    for (let i = 0; i < turn.length; i++) {
      const which = /** @type {keyof typeof browsers} */ (turn[(r + i) % turn.length]);
      const ms = await round(browsers[which], url, encoded);
      process.stderr.write(`  round ${r}, ${which}: ${ms.toFixed(0)} ms\n`);
      if (r > 0) times[which].push(ms); // the first round warms up
    }
  }
  for (const browser of Object.values(browsers)) await browser.context.close();

  const fastest = (/** @type {number[]} */ values) => Math.min(...values);
  const ms = (/** @type {number} */ value) => `${value.toFixed(0)} ms`;
  const ratio = fastest(times.with) / fastest(times.without);
  const control = fastest(times.control) / fastest(times.without);
  console.log(
    `\nin Chromium, a burst of ${FRAMES.toLocaleString('en')} binary frames until the page is idle (fastest of ${ROUNDS} rounds, three browsers side by side):`,
  );
  console.log(
    `  the whole extension: with Сверка ÷ without  ${ratio.toFixed(3)}×  ≤ 1.10× (aim 1.05×)  (${ms(fastest(times.with))} vs ${ms(fastest(times.without))})`,
  );
  console.log(
    `  control: a second browser without Сверка ÷ the first  ${control.toFixed(3)}×  (≈ 1: the noise)  (${ms(fastest(times.control))})`,
  );
  console.log(
    `  every round (ms): with ${times.with.map((t) => t.toFixed(0)).join(' ')}; without ${times.without.map((t) => t.toFixed(0)).join(' ')}; control ${times.control.map((t) => t.toFixed(0)).join(' ')}`,
  );
}

main().catch((error) => {
  console.error('[bench-burst]', error);
  process.exit(1);
});
