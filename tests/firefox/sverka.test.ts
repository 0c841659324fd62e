/**
 * Сверка's Firefox build in a real Firefox (Debian's firefox-esr over WebDriver BiDi) on the stand-in MAX web served
 * over HTTPS/WSS: the bridge starts at document_start in MAX's page, the sidebar mounts, the options page and the
 * database work, the in-page marks appear, and nothing leaves the machine. A handful of checks; the Chromium suite
 * (tests/e2e) is the full one. Each test gets its own Firefox profile.
 */
import { resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterEach, beforeAll, expect, test } from 'vitest';
import { firefoxVersion } from './firefox';
import {
  expectOnlyTheStandin,
  FIREFOX_PRODUCTION_DIR,
  type FirefoxRun,
  openOptionsPage,
  startFirefoxRun,
} from './harness';

const WAIT = { timeout: 30_000, interval: 100 };

/** A selector inside the sidebar's (open) shadow root, by test id. */
const inSidebar = (testId: string, rest = '') => `>>> [data-testid="${testId}"]${rest}`;
const requirement = (id: string, inside = '') =>
  `>>> [data-testid="requirement"][data-requirement-id="${id}"]${inside ? ` ${inside}` : ''}`;

const textOf = (page: Page, selector: string) =>
  page.$eval(selector, (element) => element.textContent ?? '').catch(() => '');
const attributeOf = (page: Page, selector: string, name: string) =>
  page.$eval(selector, (element, name) => element.getAttribute(name), name).catch(() => null);
const count = (page: Page, selector: string) => page.$$(selector).then((found) => found.length);
const click = async (page: Page, selector: string) => {
  const element = await page.waitForSelector(selector, { timeout: 30_000 });
  await element?.click();
};

/** «Загрузить все чаты», then the status says the list is whole. */
async function loadAll(page: Page) {
  await click(page, inSidebar('sverka-load-all'));
  await expect.poll(() => textOf(page, inSidebar('sverka-status')), WAIT).toContain('весь список');
}

/** Opens a chat in MAX's list by its title, as a click on the item would. */
async function openChat(page: Page, title: string) {
  await page.$$eval(
    '.item',
    (items, title) => {
      const item = items.find((element) => element.textContent?.includes(title));
      item?.querySelector<HTMLButtonElement>('button.cell')?.click();
    },
    title,
  );
  await expect.poll(() => textOf(page, 'header h2.title .text'), WAIT).toContain(title);
  await page.waitForSelector('.message', { timeout: 30_000 });
}

let run: FirefoxRun | undefined;
beforeAll(() => {
  console.info(`Firefox E2E on ${firefoxVersion()}`);
});
afterEach(async () => {
  await run?.close();
  run = undefined;
});

test('the bridge runs in MAX’s page from the start: the sidebar shows the server’s chats, then the whole list', async () => {
  run = await startFirefoxRun();
  const { page, server } = run;
  // LOGIN's 15 and the CHATS_LIST page the stand-in asks for at once: 55 chats, and the sidebar does not pretend
  // that is everything.
  await expect.poll(() => textOf(page, inSidebar('sverka-status')), WAIT).toContain('55 чатов');
  expect(await textOf(page, inSidebar('sverka-status'))).toContain('список неполный');

  await loadAll(page);
  expect(await textOf(page, inSidebar('sverka-status'))).toContain(`${server.activeChats().length} чат`);
  expect(await count(page, inSidebar('sverka-load-all'))).toBe(0);
  await expectOnlyTheStandin(run);
});

test('on MAX’s older JSON protocol (wss://ws-api.oneme.ru) the bridge reads the text frames too', async () => {
  run = await startFirefoxRun({ serverOptions: { protocol: 'json' } });
  const { page, server, standin } = run;
  // LOGIN asks for 40 there, and the list pages only as the user scrolls.
  await expect.poll(() => textOf(page, inSidebar('sverka-status')), WAIT).toContain('40 чатов');
  expect(server.socketProtocol).toBe('json');
  expect(standin.connections).toContain('CONNECT ws-api.oneme.ru:443');
  await expectOnlyTheStandin(run);
});

test('the audit with the demo profile: the missing chats are missing, the matched ones present and marked in MAX’s list', async () => {
  run = await startFirefoxRun();
  const { page } = run;

  // The administrator's profile, applied in the options page (file input, database, messaging to the background).
  const options = await openOptionsPage(run);
  const input = await options.waitForSelector('input[data-testid="profile-import"]', { timeout: 30_000 });
  await input?.uploadFile(resolve('tests/fixtures/demo-college-profile.json'));
  await click(options, '[data-testid="profile-apply"]');
  await expect.poll(() => textOf(options, '[data-testid="profile-current"]'), WAIT).toContain('Можайский техникум');
  await options.close();

  // MAX's name «Мария Иванова» is proposed as the profile's «Иванова Мария Петровна»: one click.
  await run.reload();
  await expect.poll(() => textOf(page, inSidebar('setup-card')), WAIT).toContain('Иванова Мария Петровна');
  await click(page, inSidebar('assignment-confirm'));
  await expect.poll(() => count(page, inSidebar('requirement')), WAIT).toBe(10);
  // Not the whole list yet: nothing may be called missing.
  expect(await count(page, inSidebar('requirement', '[data-status="missing"]'))).toBe(0);

  // The chat list marks the chats that satisfy a requirement (those near the top are in MAX's virtualized list).
  const students = '.item[data-sverka-chat="-70000000101"]';
  await expect.poll(() => attributeOf(page, students, 'data-sverka-chat-status'), WAIT).toBe('ok');
  expect(await textOf(page, students)).toContain('ИСП-21 Студенты');

  await loadAll(page);
  const missing = () =>
    page.$$eval('>>> [data-testid="requirement"][data-status="missing"]', (rows) =>
      rows.map((row) => row.getAttribute('data-requirement-id')).sort(),
    );
  await expect.poll(missing, WAIT).toEqual(['curator-parents/ИСП-22', 'teacher-discipline/ТМ-31/Математика'].sort());
  for (const id of [
    'curator-students/ИСП-21',
    'curator-parents/ИСП-21',
    'curator-teachers/ИСП-21',
    'curator-students/ИСП-22',
    'curator-teachers/ИСП-22',
    'teacher-discipline/ИСП-21/Математика',
  ]) {
    expect(await attributeOf(page, requirement(id), 'data-status'), id).toMatch(/^(ok|incomplete)$/);
  }
  expect(await textOf(page, requirement('curator-parents/ИСП-21', '[data-testid="requirement-chat"]'))).toBe(
    'ИСП-21 Родители',
  );
  await expectOnlyTheStandin(run);
});

test('a note on a requirement survives a reload of MAX’s page', async () => {
  run = await startFirefoxRun();
  const { page } = run;
  const note = 'Родители 3 студентов не вступили; чат создаст Петров до 1.12';
  await page.locator(inSidebar('assignment-group')).fill('ИСП-22');
  await click(page, inSidebar('assignment-save'));
  await click(page, requirement('curator-parents/ИСП-22', '[data-testid="note-open"]'));
  await page.locator(requirement('curator-parents/ИСП-22', '[data-testid="note-editor"]')).fill(note);
  await expect.poll(() => textOf(page, inSidebar('note-state')), WAIT).toBe('Сохранено');

  await run.reload();
  const editor = requirement('curator-parents/ИСП-22', '[data-testid="note-editor"]');
  await expect
    .poll(() => page.$eval(editor, (element) => (element as HTMLTextAreaElement).value).catch(() => ''), WAIT)
    .toBe(note);
  await expectOnlyTheStandin(run);
});

/** What an extension page (the options page) may ask of Firefox's extension APIs, as much as these checks use. */
type ExtensionApis = {
  browserAction: { getBadgeText(details: object): Promise<string> };
  notifications: { onClosed: { addListener(listener: (id: string) => void): void } };
  alarms: {
    create(name: string, info: { when: number }): void;
    get(name: string): Promise<{ scheduledTime: number } | undefined>;
  };
};
declare const browser: ExtensionApis;

test('reminders: the background counts the missing chat on the badge, its alarm shows the notification', async () => {
  run = await startFirefoxRun();
  const { page, server } = run;
  // A teacher of Математика in ТМ-31: the demo college has no such chat.
  await page.select(inSidebar('assignment-role'), 'teacher');
  await page.locator(inSidebar('assignment-group')).fill('ТМ-31');
  await page.locator(inSidebar('assignment-discipline')).fill('Математика');
  await click(page, inSidebar('assignment-save'));
  await loadAll(page);
  const missing = requirement('teacher-discipline/ТМ-31/Математика');
  await expect.poll(() => attributeOf(page, missing, 'data-status'), WAIT).toBe('missing');

  // The options page is an extension page: it reads the badge, the notifications and the alarms the background set.
  const extensionPage = await openOptionsPage(run);
  const badge = () => extensionPage.evaluate(() => browser.browserAction.getBadgeText({}));
  // Headless Firefox has no notification area: a notification is closed as soon as it is shown (onClosed, byUser
  // true), so notifications.getAll() is always empty. Its closing tells that the background showed it.
  await extensionPage.evaluate(() => {
    const shown: string[] = [];
    (window as unknown as { shownNotifications: string[] }).shownNotifications = shown;
    browser.notifications.onClosed.addListener((id) => shown.push(id));
  });
  const notifications = () =>
    extensionPage.evaluate(() => (window as unknown as { shownNotifications: string[] }).shownNotifications);
  // The snapshot reaches the background's database within its write interval; the badge follows it.
  await expect.poll(badge, WAIT).toBe('1');

  // The reminder's own alarm, due now, runs the check.
  await extensionPage.evaluate(() => browser.alarms.create('sverka-reminder', { when: Date.now() + 300 }));
  await expect.poll(notifications, WAIT).toContain('sverka-missing');
  const next = await extensionPage.evaluate(() => browser.alarms.get('sverka-reminder').then((a) => a?.scheduledTime));
  expect(next).toBeGreaterThan(Date.now());

  // The chat is created on MAX: the badge goes away.
  server.createChat({ type: 'CHAT', title: 'ТМ-31 — Математика' });
  await expect.poll(() => attributeOf(page, missing, 'data-status'), WAIT).toMatch(/^(ok|incomplete)$/);
  await expect.poll(badge, WAIT).toBe('');
  await expectOnlyTheStandin(run);
});

test('the build users install: an invite link in a message gets its status, the sidebar’s root stays closed', async () => {
  run = await startFirefoxRun({ extensionDir: FIREFOX_PRODUCTION_DIR });
  const { page, server } = run;
  const links = server.fixture.notable?.links ?? {};
  const badge = (url: string | undefined) => `.message a[href="${url}"]`;

  await openChat(page, 'Группа ИСП 22 — студенты');
  // Posted 37 days ago, nobody joined since: stale.
  await expect.poll(() => attributeOf(page, badge(links.staleMath22), 'data-sverka-link-status'), WAIT).toBe('stale');

  await openChat(page, 'ИСП-21 Студенты');
  await expect
    .poll(() => attributeOf(page, badge(links.usedIsp21Parents), 'data-sverka-link-status'), WAIT)
    .not.toBeNull();
  // A link to another site is no invite: no status.
  expect(await count(page, badge(links.otherSite))).toBe(1);
  expect(await attributeOf(page, badge(links.otherSite), 'data-sverka-link-status')).toBeNull();

  // The sidebar is there, and MAX's page cannot reach into it.
  const host = await page.evaluate(() => {
    const element = document.querySelector('sverka-ui');
    return { present: element !== null, shadowRoot: element?.shadowRoot ?? null };
  });
  expect(host).toEqual({ present: true, shadowRoot: null });
  await expectOnlyTheStandin(run);
});
