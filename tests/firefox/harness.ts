/**
 * One Firefox run for one test: the stand-in over HTTPS/WSS (https-standin.ts) with a FakeMaxServer on the demo
 * college, a fresh Firefox profile with Сверка's Firefox build installed over BiDi (`webExtension.install`), and a
 * tab at https://web.max.ru/ once the page has rendered its LOGIN answer. `close()` always ends both.
 */
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext } from '@playwright/test';
import type { Browser, Page } from 'puppeteer-core';
import { expect } from 'vitest';
import { FakeMaxServer, type FakeMaxServerOptions, type MaxFixture } from '../standin/fake-max-server.mjs';
import { launchFirefox } from './firefox';
import { type HttpsStandin, STANDIN_HOSTS, startHttpsStandin } from './https-standin';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** `node scripts/build-e2e.mjs -b firefox`: the Firefox build with the sidebar's shadow root open (its one change). */
export const FIREFOX_E2E_DIR = resolve(ROOT, '.output/firefox-mv2-e2e');
/** `npm run build:firefox`: what Firefox users install, the root closed. */
export const FIREFOX_PRODUCTION_DIR = resolve(ROOT, '.output/firefox-mv2');
const EXTENSION_ID = 'sverka@sverka.local';

/** The opcodes the stand-in page sends (tests/standin/page/app.js): PING, SESSION_INIT, LOGIN, CHAT_INFO,
 * CHAT_HISTORY, CHATS_LIST, MSG_SEND. */
const PAGE_OPCODES = new Set([1, 6, 19, 48, 49, 53, 64]);

export const loadDemoCollege = (): MaxFixture =>
  JSON.parse(readFileSync(resolve(ROOT, 'tests/fixtures/demo-college.json'), 'utf8')) as MaxFixture;

export interface FirefoxRun {
  browser: Browser;
  /** The tab with the stand-in MAX web. */
  page: Page;
  server: FakeMaxServer;
  standin: HttpsStandin;
  /** moz-extension://<uuid>/ — fixed per run by the `extensions.webextensions.uuids` preference. */
  extensionOrigin: string;
  /** How many times the tab loaded MAX (each load opens one socket). */
  pageLoads: number;
  /** Reloads the tab and waits until the page has rendered its next LOGIN answer. */
  reload(): Promise<void>;
  close(): Promise<void>;
}

async function waitForLoginRendered(page: Page, server: FakeMaxServer, n: number) {
  await server.waitForLogin(n, 30_000);
  await page.waitForFunction(
    () => (window as unknown as { __standin?: { loginsRendered?: number } }).__standin?.loginsRendered,
    { timeout: 30_000 },
  );
}

/**
 * Starts the stand-in (`serverOptions`, e.g. `{ protocol: 'json' }`) and Firefox with `extensionDir` installed, and
 * opens MAX web.
 */
export async function startFirefoxRun({
  extensionDir = FIREFOX_E2E_DIR,
  serverOptions = {},
}: {
  extensionDir?: string;
  serverOptions?: FakeMaxServerOptions;
} = {}): Promise<FirefoxRun> {
  if (!existsSync(resolve(extensionDir, 'manifest.json'))) {
    throw new Error(`The Firefox build is missing: ${extensionDir}/manifest.json. Run \`npm run test:firefox\`.`);
  }
  const standin = await startHttpsStandin();
  let browser: Browser | undefined;
  try {
    const server = new FakeMaxServer(loadDemoCollege(), serverOptions);
    // The stand-in offers the part of Playwright's BrowserContext that attach() uses (route, routeWebSocket,
    // addInitScript), served by real HTTPS/WSS servers instead.
    await server.attach(standin as unknown as BrowserContext);
    const uuid = randomUUID();
    browser = await launchFirefox(standin.proxyPort, { [EXTENSION_ID]: uuid });
    const installed = await browser.installExtension(extensionDir);
    expect(installed).toBe(EXTENSION_ID);
    const page = await browser.newPage();
    for (const other of await browser.pages()) if (other !== page) await other.close();
    // The spies before any script of the page's (the inline copy in index.html is then a no-op), as in Chromium.
    for (const script of standin.initScripts) await page.evaluateOnNewDocument(script);
    await page.goto('https://web.max.ru/');
    await waitForLoginRendered(page, server, 1);
    const firefox = browser;
    const run: FirefoxRun = {
      browser: firefox,
      page,
      server,
      standin,
      extensionOrigin: `moz-extension://${uuid}/`,
      pageLoads: 1,
      async reload() {
        run.pageLoads += 1;
        await page.reload();
        await waitForLoginRendered(page, server, run.pageLoads);
      },
      close: () => closeAll(firefox, standin),
    };
    return run;
  } catch (failure) {
    await closeAll(browser, standin);
    throw failure;
  }
}

/** Сверка's options page in a new tab, once it has rendered (its profile import is there). */
export async function openOptionsPage(run: FirefoxRun): Promise<Page> {
  const options = await run.browser.newPage();
  // The page loads, but puppeteer never hears a moz-extension:// page's load event over BiDi: don't wait for it.
  void options.goto(`${run.extensionOrigin}options.html`).catch(() => undefined);
  await options.waitForSelector('[data-testid="profile-import"]', { timeout: 30_000 });
  return options;
}

/** Closes Firefox (killed if it does not close within 15 s) and the servers. */
async function closeAll(browser: Browser | undefined, standin: HttpsStandin) {
  try {
    if (browser) {
      const closed = browser.close().then(() => true);
      const late = new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 15_000).unref());
      if (!(await Promise.race([closed, late]))) browser.process()?.kill('SIGKILL');
    }
  } finally {
    await standin.close();
  }
}

/**
 * Nothing left the machine and Сверка said nothing to MAX: every connection Firefox asked the proxy for went to the
 * stand-in's hosts; the fake server had one socket per page load; every frame it got is one of the page's own
 * requests, numbered as the page numbers them (1, 2, 3… per page load), so none was added. And no read of MAX's
 * localStorage or cookies came from Сверка's code (the spies, in place before the bridge, keep each read's stack).
 */
export async function expectOnlyTheStandin(run: FirefoxRun) {
  expect(run.standin.offsite).toEqual([]);
  const allowed = new Set(STANDIN_HOSTS.map((host) => `CONNECT ${host}:443`));
  expect(run.standin.connections.filter((line) => !allowed.has(line))).toEqual([]);
  expect(run.server.connectionCount).toBe(run.pageLoads);

  const frames = run.server.receivedFromPage as Array<{ cmd?: number; seq?: number; opcode?: number; raw?: unknown }>;
  expect(frames.length).toBeGreaterThan(0);
  let previous = 0;
  for (const frame of frames) {
    expect(frame).toMatchObject({ cmd: 0 });
    expect(PAGE_OPCODES.has(frame.opcode ?? -1), `opcode ${frame.opcode} is one the page sends`).toBe(true);
    // A new page load starts again at 1.
    expect([previous + 1, 1]).toContain(frame.seq);
    previous = frame.seq ?? 0;
  }
  expect(frames.filter((frame) => frame.seq === 1)).toHaveLength(run.pageLoads);

  // Firefox names the MAIN-world bridge's frames `@<anonymous code>`, not moz-extension://: so every frame of every
  // read must be the page's own (its scripts and the spies, all at https://web.max.ru/).
  const reads = await run.page.evaluate(() =>
    (
      window as unknown as { __standin: { storageReads: Array<{ what: string; stack?: string }> } }
    ).__standin.storageReads.map(({ what, stack }) => ({ what, stack: stack ?? '' })),
  );
  expect(reads.length, 'the spies saw the page’s own reads').toBeGreaterThan(0);
  const notThePages = (stack: string) =>
    stack.split('\n').some((frame) => frame.trim() !== '' && !frame.includes('@https://web.max.ru/'));
  expect(reads.filter((read) => notThePages(read.stack))).toEqual([]);
}
