// @ts-check
// `npm run demo`: builds Сверка, opens the stand-in MAX web (tests/standin/) on the demo college with the extension.
// It runs the e2e build (`npm run build:e2e`, .output/chrome-mv3-e2e): the same extension as `npm run build` but with
// the sidebar's shadow root open, so that the demo can find the sidebar, click through it and read its summary.
// With a display: a real browser window that stays until you close it; every 20 s the fake MAX server sends a live
// event (a message, a rename, new members, the missing chat being created) so you can watch the sidebar follow.
// Without a display, or with --headless: screenshots into demo-output/ and a one-screen summary; exit 1 when the
// sidebar does not show up.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { FakeMaxServer, MAX_ORIGIN } from '../tests/standin/fake-max-server.mjs';
import { findChromium } from './find-chromium.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const EXTENSION_DIR = resolve(ROOT, '.output/chrome-mv3-e2e');
const OUT_DIR = resolve(ROOT, 'demo-output');
const FIXTURE = resolve(ROOT, 'tests/fixtures/demo-college.json');
const PROFILE = resolve(ROOT, 'tests/fixtures/demo-college-profile.json');
const SIDEBAR = '[data-testid="sverka-sidebar"]';
const TOGGLE = '[data-testid="sverka-toggle"]';
const STATUS = '[data-testid="sverka-status"]';
const LOAD_ALL = '[data-testid="sverka-load-all"]';
const SIDEBAR_TIMEOUT = 15_000;

const headless = process.argv.includes('--headless') || !(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const log = (/** @type {string} */ line) => console.log(`[demo] ${line}`);

async function main() {
  log('building the extension (npm run build:e2e: the sidebar’s shadow root open, nothing else different)…');
  try {
    execFileSync(process.execPath, [resolve(ROOT, 'scripts/build-e2e.mjs')], { cwd: ROOT, stdio: 'inherit' });
  } catch {
    console.error('[demo] `npm run build:e2e` failed; see its output above.');
    return 1;
  }

  let executablePath;
  try {
    executablePath = await findChromium();
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    return 1;
  }
  log(`browser: ${executablePath}${headless ? ' (headless)' : ''}`);

  const fixture = JSON.parse(readFileSync(FIXTURE, 'utf8'));
  const server = new FakeMaxServer(fixture); // binary protocol 10 on wss://api.oneme.ru, as today's web.max.ru
  const context = await chromium.launchPersistentContext('', {
    executablePath,
    headless,
    viewport: headless ? { width: 1440, height: 900 } : null,
    locale: 'ru-RU',
    timezoneId: 'Europe/Moscow',
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      ...(headless || isRoot ? ['--no-sandbox'] : []),
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      ...(headless ? [] : ['--window-size=1440,900']),
    ],
  });
  // The demo is offline too: anything that is not MAX web or MAX's socket is blocked (and reported).
  /** @type {string[]} */
  const blocked = [];
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (url.startsWith(`${MAX_ORIGIN}/`) || /^(chrome-extension|chrome|data|blob|about):/.test(url))
      return route.fallback();
    blocked.push(url);
    return route.abort('blockedbyclient');
  });
  await server.attach(context);
  await importDemoProfile(context);
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`${MAX_ORIGIN}/`);
  await server.waitForLogin(1);
  log(
    `MAX web stand-in is open: ${server.chatCount} chats on the fake server, ${Math.min(15, server.chatCount)} sent at login` +
      ` and the next ${Math.max(0, Math.min(40, server.chatCount - 15))} by the first CHATS_LIST (${server.socketUrl}, binary protocol 10).`,
  );

  return headless ? runHeadless(context, page, server, blocked) : runHeaded(context, page, server);
}

/**
 * The demo college's regulation profile (tests/fixtures/demo-college-profile.json), imported through the options page
 * as an administrator would, so that the sidebar proposes «Иванова Мария Петровна — это вы?».
 * @param {import('playwright-core').BrowserContext} context
 */
async function importDemoProfile(context) {
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker', { timeout: 15_000 });
  const options = await context.newPage();
  await options.goto(`chrome-extension://${new URL(worker.url()).host}/options.html`);
  await options.getByTestId('profile-import').setInputFiles(PROFILE);
  await options.getByTestId('profile-apply').click();
  await options.getByText('Профиль сохранён').waitFor({ timeout: 5_000 });
  log('imported the demo college profile on the options page');
  await options.close();
}

/**
 * @param {import('playwright-core').BrowserContext} context
 * @param {import('playwright-core').Page} page
 * @param {FakeMaxServer} server
 */
async function runHeaded(context, page, server) {
  const n = server.fixture.notable;
  const me = server.me.id;
  /** @type {Array<() => string>} */
  const events = [
    () => {
      server.postMessage(n.chats.isp21Parents, {
        sender: n.users.parentWhoJoined,
        text: 'Спасибо за ссылку, мы в чате!',
      });
      return 'a new message in «ИСП-21 Родители»';
    },
    () => {
      server.addMembers(n.chats.isp22Math, [{ id: n.users.newStudent }]);
      return 'a student joined «Матем. ИСП-22»';
    },
    () => {
      const chat = server.createChat({ title: 'ИСП-22 — родители', participants: { [String(me)]: Date.now() } });
      return `the missing chat «${chat.title}» was created (id ${chat.id})`;
    },
    () => {
      server.renameChat(n.chats.isp21Teachers, 'ИСП-21 — преподаватели');
      return 'renamed «ИСП-21» преподаватели → ИСП-21 — преподаватели';
    },
    () => {
      server.postMessage(n.chats.pedsovet, {
        sender: n.users.director,
        text: `Коллеги, новая ссылка на чат: ${server.resetLink(n.chats.isp21Teachers)}`,
      });
      return 'the link of ИСП-21 teachers was reset and posted in «Педсовет»';
    },
  ];
  let i = 0;
  const timer = setInterval(() => {
    const event = events[i % events.length];
    i += 1;
    if (event) log(`live event: ${event()}`);
  }, 20_000);
  log('Close the browser window (or press Ctrl+C) to end the demo. A live chat event comes every 20 s.');
  const done = new Promise((resolveDone) => {
    context.on('close', () => resolveDone(undefined));
    process.once('SIGINT', () => resolveDone(undefined));
  });
  page.on('close', () => {
    if (context.pages().length === 0) context.close().catch(() => {});
  });
  await done;
  clearInterval(timer);
  await context.close().catch(() => {});
  return 0;
}

/**
 * @param {import('playwright-core').BrowserContext} context
 * @param {import('playwright-core').Page} page
 * @param {FakeMaxServer} server
 * @param {string[]} blocked
 */
async function runHeadless(context, page, server, blocked) {
  mkdirSync(OUT_DIR, { recursive: true });
  const shots = [];
  const shot = async (/** @type {string} */ name) => {
    const path = resolve(OUT_DIR, name);
    await page.screenshot({ path, fullPage: true });
    shots.push(relative(ROOT, path));
  };
  const sidebar = page.locator(SIDEBAR).first();
  const toggle = page.locator(TOGGLE).first();
  const deadline = Date.now() + SIDEBAR_TIMEOUT;
  while (Date.now() < deadline && !(await sidebar.isVisible().catch(() => false))) {
    if (await toggle.isVisible().catch(() => false)) {
      await toggle.click().catch(() => {});
      await sidebar.waitFor({ state: 'visible', timeout: 2_000 }).catch(() => {});
    } else await page.waitForTimeout(250);
  }

  if (!(await sidebar.isVisible().catch(() => false))) {
    await shot('01-no-sidebar.png');
    const seen = await page.evaluate(() => ({
      url: location.href,
      title: document.title,
      chatItems: document.querySelectorAll('.item').length,
      hosts: [...document.querySelectorAll('*')].filter((e) => e.shadowRoot).map((e) => e.tagName.toLowerCase()),
    }));
    const toggleCount = await toggle.count().catch(() => 0);
    console.log(
      [
        '',
        `Сверка demo: the sidebar did NOT appear within ${SIDEBAR_TIMEOUT / 1000} s.`,
        `  page: ${seen.url} («${seen.title}»), ${seen.chatItems} chat items rendered by the stand-in MAX web`,
        `  shadow hosts in the page: ${seen.hosts.join(', ') || 'none'}; toggle present: ${toggleCount > 0}`,
        `  fake server: ${server.chatCount} chats, ${server.loginCount} login(s)`,
        `  screenshot: ${shots.join(', ')}`,
        '  Is the content script (entrypoints/max.content) built into .output/chrome-mv3-e2e?',
        '',
      ].join('\n'),
    );
    await context.close();
    return 1;
  }

  // The first run: the sidebar proposes the person of the profile; one click confirms it.
  const confirm = page.getByTestId('assignment-confirm');
  await confirm.waitFor({ timeout: 5_000 }).catch(() => {});
  if (await confirm.isVisible().catch(() => false)) {
    await shot('00-first-run.png');
    await confirm.click();
  }
  await page.waitForTimeout(1_000); // let the first audit paint
  await shot('01-sidebar.png');

  // A chat with invite links: ИСП-22 students (a 37-day-old link nobody used, a fresh link sent in a dialog).
  const n = server.fixture.notable;
  const openChat = async (/** @type {string} */ title) => {
    await page.locator('.item').filter({ hasText: title }).first().locator('button.cell').click();
    await page
      .locator('.message')
      .first()
      .waitFor({ timeout: 5_000 })
      .catch(() => {});
    await page.waitForTimeout(700);
  };
  await openChat('Группа ИСП 22 — студенты');
  await shot('02-chat-open.png');
  await openChat('Педсовет');
  await shot('03-chat-revoked-link.png');

  const loadAll = page.locator(LOAD_ALL).first();
  if (await loadAll.isVisible().catch(() => false)) {
    await loadAll.click().catch(() => {});
    await page
      .waitForFunction(() => !document.querySelector('.loader'), undefined, { timeout: 20_000 })
      .catch(() => {});
    await page.waitForTimeout(1_000);
    await shot('04-all-chats-loaded.png');
  }
  await page.evaluate(() =>
    /** @type {{ __standin?: { setTheme?: (t: string) => void } }} */ (
      /** @type {unknown} */ (window)
    ).__standin?.setTheme?.('dark'),
  );
  await page.waitForTimeout(500);
  await shot('05-dark-theme.png');
  await page.evaluate(() =>
    /** @type {{ __standin?: { setTheme?: (t: string) => void } }} */ (
      /** @type {unknown} */ (window)
    ).__standin?.setTheme?.('light'),
  );

  // The invite links an administrator acts on, and the extension's own pages.
  const linksTab = page.getByTestId('sverka-tab-links');
  if (await linksTab.isVisible().catch(() => false)) {
    await linksTab.click();
    await page.waitForTimeout(500);
    await shot('06-links.png');
    await page.getByTestId('sverka-tab-audit').click();
  }
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker');
  const extensionOrigin = `chrome-extension://${new URL(worker.url()).host}`;
  for (const [name, path] of [
    ['07-options.png', 'options.html'],
    ['08-report.png', 'report.html'],
  ]) {
    const extra = await context.newPage();
    await extra.setViewportSize({ width: 1000, height: 900 });
    await extra.goto(`${extensionOrigin}/${path}`);
    await extra.waitForTimeout(1_000);
    const file = resolve(OUT_DIR, name);
    await extra.screenshot({ path: file, fullPage: true });
    shots.push(relative(ROOT, file));
    await extra.close();
  }

  const status = (
    (await page
      .locator(STATUS)
      .first()
      .textContent({ timeout: 2_000 })
      .catch(() => '')) ?? ''
  ).trim();
  // biome-ignore lint/performance/useDomNodeTextContent: Playwright's innerText keeps the sidebar's line breaks.
  const text = ((await sidebar.innerText().catch(() => '')) ?? '')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const shown = text.slice(0, 30);
  console.log(
    [
      '',
      '── Сверка demo (headless) ──────────────────────────────────────────',
      `status:   ${status || '(no status element)'}`,
      `server:   ${server.chatCount} chats on the fake MAX server (${server.activeChats().length} active), me = ${server.me.names?.[0]?.name} (${n.me})`,
      'sidebar:',
      ...shown.map((l) => `  ${l.length > 100 ? `${l.slice(0, 99)}…` : l}`),
      ...(text.length > shown.length ? [`  … ${text.length - shown.length} more lines`] : []),
      `blocked off-site requests: ${blocked.length ? blocked.join(', ') : 'none'}`,
      'screenshots:',
      ...shots.map((s) => `  ${s}`),
      '─────────────────────────────────────────────────────────────────────',
    ].join('\n'),
  );
  await context.close();
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error('[demo] failed:', error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  },
);
