/**
 * Playwright fixtures for Сверка's E2E tests: Chromium with the built extension (.output/chrome-mv3-e2e, the build
 * whose sidebar shadow root is open, so that locators reach inside), the stand-in MAX web served by FakeMaxServer,
 * and a guard that records and blocks every request that leaves web.max.ru. See tests/standin/README.md.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BrowserContext, test as base, chromium, expect, type Page, type Request } from '@playwright/test';
import { findChromium } from '../../scripts/find-chromium.mjs';
import {
  FakeMaxServer,
  type FakeMaxServerOptions,
  isMaxSocketUrl,
  MAX_ORIGIN,
  type MaxFixture,
} from '../standin/fake-max-server.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** `npm run build:e2e`: the extension with the sidebar's shadow root open (Playwright pierces open roots only). */
export const EXTENSION_DIR = resolve(ROOT, '.output/chrome-mv3-e2e');
/** `npm run build`: what users install, the shadow root closed (tests/e2e/page-isolation.spec.ts). */
export const PRODUCTION_DIR = resolve(ROOT, '.output/chrome-mv3');
export const DEMO_COLLEGE_PATH = resolve(ROOT, 'tests/fixtures/demo-college.json');

/** The demo college (tests/fixtures/demo-college.json), parsed; ids in tests/standin/README.md. */
export function loadDemoCollege(): MaxFixture {
  return JSON.parse(readFileSync(DEMO_COLLEGE_PATH, 'utf8')) as MaxFixture;
}

/**
 * Is this URL allowed to be requested at all? Only MAX web's page and MAX's sockets (binary wss://api.oneme.ru and
 * JSON wss://ws-api.oneme.ru), and the browser's own schemes.
 */
export function isMaxUrl(url: string): boolean {
  return url.startsWith(`${MAX_ORIGIN}/`) || url === MAX_ORIGIN || isMaxSocketUrl(url);
}
const isLocalScheme = (url: string) => /^(chrome-extension|chrome|data|blob|about|devtools):/.test(url);

/**
 * A browser profile of its own (a persistent context in a fresh directory) with the extension loaded: the fixture's
 * `context`, and for specs that need more than one person (tests/e2e/organization.spec.ts) another of the same kind.
 */
export async function launchWithExtension(extensionDir: string = EXTENSION_DIR): Promise<BrowserContext> {
  return chromium.launchPersistentContext('', {
    executablePath: await findChromium(),
    headless: !process.env.HEADED,
    viewport: { width: 1400, height: 900 },
    locale: 'ru-RU',
    timezoneId: 'Europe/Moscow',
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

type Fixtures = {
  /** The unpacked extension the browser loads (option; default: EXTENSION_DIR, the e2e build). */
  extensionDir: string;
  /** The fixture FakeMaxServer serves (option; default: the demo college). */
  maxFixture: MaxFixture;
  /** Options for FakeMaxServer (option), e.g. `{ pingIntervalMs: 200 }`. */
  maxServerOptions: FakeMaxServerOptions;
  /** The extension's id, from its service worker's URL. */
  extensionId: string;
  /** Every URL the browser asked for outside web.max.ru and MAX's socket; all of them were aborted. */
  offsiteRequests: string[];
  /** The fake MAX server, attached to `context`. */
  maxServer: FakeMaxServer;
  /** A page at https://web.max.ru/ once the LOGIN answer has been rendered. */
  maxPage: Page;
};

export const test = base.extend<Fixtures>({
  extensionDir: [EXTENSION_DIR, { option: true }],
  maxFixture: [loadDemoCollege(), { option: true }],
  maxServerOptions: [{}, { option: true }],

  context: async ({ extensionDir }, use) => {
    if (!existsSync(resolve(extensionDir, 'manifest.json'))) {
      throw new Error(
        `The extension is not built: ${extensionDir}/manifest.json is missing. Run \`npm run test:e2e\` (it builds both) or \`npm run build\` and \`npm run build:e2e\`.`,
      );
    }
    const context = await launchWithExtension(extensionDir);
    await use(context);
    await context.close();
  },

  extensionId: async ({ context }, use) => {
    let [worker] = context.serviceWorkers();
    worker ??= await context.waitForEvent('serviceworker', { timeout: 15_000 });
    const id = new URL(worker.url()).host;
    await use(id);
  },

  offsiteRequests: async ({ context }, use) => {
    const urls: string[] = [];
    const seen = new WeakSet<Request>();
    const record = (request: Request) => {
      if (seen.has(request)) return;
      seen.add(request);
      const url = request.url();
      if (!isMaxUrl(url) && !isLocalScheme(url)) urls.push(url);
    };
    // Installed before FakeMaxServer's routes, so those (registered later) take precedence for web.max.ru.
    await context.route('**/*', async (route) => {
      record(route.request());
      const url = route.request().url();
      if (isMaxUrl(url) || isLocalScheme(url)) await route.fallback();
      else await route.abort('blockedbyclient');
    });
    await context.routeWebSocket(
      (url) => !isMaxSocketUrl(url.href),
      async (ws) => {
        urls.push(ws.url());
        await ws.close({ code: 1008, reason: 'blocked by the test harness' });
      },
    );
    context.on('request', record);
    await use(urls);
  },

  maxServer: async ({ context, maxFixture, maxServerOptions, offsiteRequests }, use) => {
    void offsiteRequests; // the guard must be installed first
    const server = new FakeMaxServer(maxFixture, maxServerOptions);
    await server.attach(context);
    await use(server);
  },

  maxPage: async ({ context, maxServer }, use) => {
    const page = await context.newPage();
    for (const other of context.pages()) if (other !== page && other.url() === 'about:blank') await other.close();
    await page.goto(`${MAX_ORIGIN}/`);
    await maxServer.waitForLogin(1);
    await page.waitForFunction(
      () => (window as unknown as { __standin?: { loginsRendered?: number } }).__standin?.loginsRendered,
    );
    await use(page);
  },
});

export { expect };

/** The spies the stand-in page keeps on `window.__standin` (tests/standin/page/spies.js). */
export type StandinSpies = {
  received: unknown[];
  receivedOnMessage: unknown[];
  receivedListener: unknown[];
  storageReads: Array<{ what: string; key: unknown; stack?: string }>;
  socketsOpened: number;
  loginsRendered: number;
  /** The list's length after each LOGIN / CHATS_LIST answer the page rendered. */
  listSizes: Array<{ after: 'login' | 'chats-list'; chats: number; ended: boolean }>;
};

/** Reads `window.__standin` from the page (serializable parts). */
export function readSpies(page: Page): Promise<StandinSpies> {
  return page.evaluate(() => {
    const s = (window as unknown as { __standin: StandinSpies }).__standin;
    return {
      received: s.received,
      receivedOnMessage: s.receivedOnMessage,
      receivedListener: s.receivedListener,
      storageReads: s.storageReads,
      socketsOpened: s.socketsOpened,
      loginsRendered: s.loginsRendered,
      listSizes: s.listSizes ?? [],
    };
  });
}
