/**
 * Tests of the stand-in MAX web and its fake server themselves. They use no Сверка UI, so they hold whether or not
 * the sidebar is there; they do run with the built extension loaded (its bridge must change nothing the page sees).
 */
import type { Page } from '@playwright/test';
import { expect, readSpies, test } from './fixtures';

const ITEM = '.item';
const ITEM_TITLE = '.item h3.title > span.text';

const notable = (name: string) => (id: Record<string, number> | undefined) => {
  const value = id?.[name];
  if (value === undefined) throw new Error(`no notable chat ${name}`);
  return value;
};

/** Scrolls MAX's chat list to the end, page by page, until no more chats arrive. */
async function scrollToEnd(page: Page) {
  const list = page.locator('.scrollable.chats');
  let last = -1;
  for (let i = 0; i < 40; i++) {
    await list.evaluate((el) => {
      el.scrollTop = el.scrollHeight;
    });
    await page.waitForTimeout(150);
    const height = await list.evaluate((el) => el.scrollHeight);
    const ended = (await page.locator('.loader').count()) === 0;
    if (ended && height === last) return;
    last = height;
  }
}

async function allTitles(page: Page): Promise<string[]> {
  const list = page.locator('.scrollable.chats');
  await list.evaluate((el) => {
    el.scrollTop = 0;
  });
  const titles = new Set<string>();
  for (let i = 0; i < 100; i++) {
    for (const t of await page.locator(ITEM_TITLE).allTextContents()) titles.add(t);
    const done = await list.evaluate((el) => {
      const before = el.scrollTop;
      el.scrollTop += el.clientHeight;
      return el.scrollTop === before;
    });
    await page.waitForTimeout(30);
    if (done) break;
  }
  return [...titles];
}

test('LOGIN renders the first 40 chats, newest first, in a virtualized list', async ({ maxPage, maxServer }) => {
  const login = maxServer.receivedFromPage.find((f) => (f as { opcode?: number }).opcode === 19) as {
    payload: Record<string, unknown>;
  };
  expect(login.payload).toMatchObject({ interactive: true, chatsSync: 0, chatsCount: 40 });
  expect(typeof login.payload.token).toBe('string');
  expect((maxServer.receivedFromPage[0] as { opcode: number }).opcode).toBe(6);

  // Virtualized: only the visible part of the 40 is in the DOM.
  const inDom = await maxPage.locator(ITEM).count();
  expect(inDom).toBeGreaterThan(5);
  expect(inDom).toBeLessThan(40);
  const spacerHeight = await maxPage.locator('.virtualList').evaluate((el) => el.getBoundingClientRect().height);
  expect(spacerHeight).toBe(40 * 72);

  // Structure per utils/max/DOM.md, hashed classes beside the plain ones.
  const first = maxPage.locator(ITEM).first();
  await expect(first).toHaveClass(/\bitem\b.*\bsvelte-[a-z0-9]+/);
  await expect(first.locator('button.cell h3.title > span.text')).toHaveText('ИСП-21 Студенты 🎓');
  const expected = maxServer.sortedChats().slice(0, 3);
  const titles = await maxPage.locator(ITEM_TITLE).allTextContents();
  expect(titles[0]).toBe(expected[0]?.title);
  expect(titles[1]).toBe(expected[1]?.title);

  // A dialog shows the partner's name from contacts.
  await expect(
    maxPage
      .locator(ITEM_TITLE)
      .filter({ hasText: /^[А-ЯЁ][а-яё]+ [А-ЯЁ][а-яё]+$/ })
      .first(),
  ).toBeVisible();
  await expect(maxPage.locator('.bottomGroup button')).toHaveText(['Контакты', 'Звонки', 'Профиль']);
});

test('scrolling the list loads every chat page by page with CHATS_LIST', async ({ maxPage, maxServer }) => {
  await scrollToEnd(maxPage);
  const lists = maxServer.receivedFromPage.filter((f) => (f as { opcode?: number }).opcode === 53) as Array<{
    payload: { marker: number; count: number };
  }>;
  expect(lists.length).toBe(4); // 163 chats: 40 at login, then 40 + 40 + 40 + 3
  expect(lists[0]?.payload).toEqual({ marker: maxServer.sortedChats()[39]?.lastEventTime, count: 40 });
  await expect(maxPage.locator('.loader')).toHaveCount(0);
  const height = await maxPage.locator('.virtualList').evaluate((el) => el.getBoundingClientRect().height);
  expect(height).toBe(maxServer.activeChats().length * 72);
  const titles = await allTitles(maxPage);
  expect(titles).toContain('ИСП-21 | Элементы высшей математики');
  expect(titles).toContain('Матем. ИСП-22');
  expect(titles).not.toContain('ИСП-22 Родители (Сферум VK)'); // status REMOVED
});

test('clicking a chat opens /<id> with its history; links are <a href>; back and direct URLs work', async ({
  maxPage,
  maxServer,
  maxFixture,
}) => {
  const id = notable('pedsovet')(maxFixture.notable?.chats);
  await maxPage.locator(ITEM).filter({ hasText: 'Педсовет' }).locator('button.cell').click();
  await expect(maxPage).toHaveURL(`https://web.max.ru/${id}`);
  await expect(maxPage.locator('header h2.title .text')).toHaveText('Педсовет');
  const history = maxServer.receivedFromPage.find((f) => (f as { opcode?: number }).opcode === 49) as {
    payload: Record<string, unknown>;
  };
  expect(history.payload).toMatchObject({ chatId: id, forward: 0, backward: 30 });
  await expect(maxPage.locator('.message span.text').first()).toBeVisible();
  const link = maxPage.locator('.message span.text a[href^="https://max.ru/join/"]');
  await expect(link).toHaveAttribute('href', maxFixture.notable?.links?.revokedIsp21TeachersOld ?? '');
  await expect(maxPage.locator('.message .meta').first()).not.toBeEmpty();
  await expect(maxPage.locator('div.contenteditable[contenteditable]')).toBeVisible();
  await expect(maxPage.locator('button[aria-label="Отправить сообщение"]')).toBeVisible();

  // Sending (the stand-in's own composer) goes out as MSG_SEND.
  await maxPage.locator('div.contenteditable').click();
  await maxPage.keyboard.type('Проверка связи');
  await expect(maxPage.locator('div.contenteditable span[data-lexical-text="true"]')).toHaveText('Проверка связи');
  await maxPage.keyboard.press('Enter'); // (the send button may sit under Сверка's sidebar; Enter sends as in MAX)
  await expect(maxPage.locator('.message.out span.text').last()).toHaveText('Проверка связи');

  await maxPage.goBack();
  await expect(maxPage).toHaveURL('https://web.max.ru/');
  await expect(maxPage.locator('header h2.title')).toHaveCount(0);

  // Opening https://web.max.ru/<id> directly opens that chat, even one beyond the first 40 (asked by CHAT_INFO).
  const deep = notable('isp21HigherMath')(maxFixture.notable?.chats);
  await maxPage.goto(`https://web.max.ru/${deep}`);
  await expect(maxPage.locator('header h2.title .text')).toHaveText('ИСП-21 | Элементы высшей математики');
  await expect(maxPage.locator('.message span.text').first()).toContainText('Конспект');
});

test('pushes: createChat, renameChat, postMessage, removeChat change the list', async ({ maxPage, maxServer }) => {
  const chat = maxServer.createChat({ title: 'ИСП-22 Родители' });
  await expect(maxPage.locator(ITEM_TITLE).first()).toHaveText('ИСП-22 Родители');
  maxServer.renameChat(chat.id, 'ИСП-22 — родители группы');
  await expect(maxPage.locator(ITEM_TITLE).first()).toHaveText('ИСП-22 — родители группы');

  const pedsovet = maxServer.activeChats().find((c) => c.title === 'Педсовет');
  if (!pedsovet) throw new Error('no Педсовет');
  maxServer.postMessage(pedsovet.id, { sender: maxServer.me.id, text: 'Новая ссылка https://max.ru/join/abc' });
  await expect(maxPage.locator(ITEM_TITLE).first()).toHaveText('Педсовет');

  await maxPage.locator(ITEM).first().locator('button.cell').click();
  maxServer.postMessage(pedsovet.id, { sender: maxServer.me.id, text: 'Ещё одно сообщение' });
  await expect(maxPage.locator('.message span.text').last()).toHaveText('Ещё одно сообщение');

  maxServer.removeChat(chat.id);
  await expect(maxPage.locator(ITEM_TITLE).filter({ hasText: 'ИСП-22 — родители группы' })).toHaveCount(0);
  const frames = maxServer.sent.map((s) => JSON.parse(String(s)) as { opcode: number; cmd: number });
  expect(frames.filter((f) => f.cmd === 0 && f.opcode === 135)).toHaveLength(3);
  expect(frames.filter((f) => f.cmd === 0 && f.opcode === 128)).toHaveLength(2);
});

test.describe('with a fast PING', () => {
  test.use({ maxServerOptions: { pingIntervalMs: 100 } });
  test('PING is answered; dropConnection makes the page reconnect and log in again', async ({ maxPage, maxServer }) => {
    await expect
      .poll(() => maxServer.receivedFromPage.filter((f) => (f as { opcode?: number }).opcode === 1).length)
      .toBeGreaterThan(2);
    await maxServer.dropConnection();
    await maxServer.waitForLogin(2);
    await expect.poll(async () => (await readSpies(maxPage)).loginsRendered).toBe(2);
    const spies = await readSpies(maxPage);
    expect(spies.socketsOpened).toBe(2);
    expect(maxServer.connectionCount).toBe(2);
    const logins = maxServer.receivedFromPage.filter((f) => (f as { opcode?: number }).opcode === 19) as Array<{
      payload: { chatsSync: number };
    }>;
    expect(logins.map((l) => l.payload.chatsSync)).toEqual([0, 0]);
    await expect(maxPage.locator(ITEM_TITLE).first()).toHaveText('ИСП-21 Студенты 🎓');
  });
});

test('the page’s onmessage and listener got exactly what the server sent, in order, bad frames included', async ({
  maxPage,
  maxServer,
}) => {
  await scrollToEnd(maxPage);
  maxServer.sendRaw('not json {');
  maxServer.sendRaw(JSON.stringify({ ver: 11, cmd: 0, seq: 999, opcode: 4242, payload: { x: 1 } }));
  maxServer.sendRaw(`{"ver":11,"cmd":0,"seq":1000,"opcode":128,"payload":{"junk":"${'x'.repeat(300_000)}"}}`);
  maxServer.sendRaw(Buffer.from([0, 1, 2, 3]));
  maxServer.postMessage(maxServer.sortedChats()[3]?.id ?? 0, { text: 'после мусора' });
  await expect(maxPage.locator(ITEM_TITLE).first()).not.toHaveText('ИСП-21 Студенты 🎓');

  const expected = maxServer.sent.map((s) => (typeof s === 'string' ? s : { binary: true, size: s.length }));
  await expect.poll(async () => (await readSpies(maxPage)).receivedOnMessage.length).toBe(expected.length);
  const spies = await readSpies(maxPage);
  expect(spies.receivedOnMessage).toEqual(expected);
  expect(spies.receivedListener).toEqual(expected);
  expect(spies.received).toEqual(expected);
});

test('theme follows prefers-color-scheme and the «Профиль» switch sets data-theme on <html>', async ({ maxPage }) => {
  const theme = () => maxPage.evaluate(() => document.documentElement.dataset.theme);
  await maxPage.emulateMedia({ colorScheme: 'dark' });
  await expect.poll(theme).toBe('dark');
  await maxPage.emulateMedia({ colorScheme: 'light' });
  await expect.poll(theme).toBe('light');
  await maxPage.getByRole('button', { name: 'Профиль' }).click();
  await maxPage.getByRole('menuitem', { name: 'Тема оформления' }).click();
  await expect.poll(theme).toBe('dark');
});

test('spies see the page’s own storage reads; nothing leaves web.max.ru', async ({ maxPage, offsiteRequests }) => {
  const spies = await readSpies(maxPage);
  const auth = spies.storageReads.filter((r) => r.what === 'getItem' && r.key === '__oneme_auth');
  expect(auth.length).toBeGreaterThan(0);
  expect(auth[0]?.stack).toContain('/_app/immutable/');
  await maxPage.evaluate(() => document.cookie);
  expect((await readSpies(maxPage)).storageReads.some((r) => r.what === 'cookie')).toBe(true);
  expect(offsiteRequests).toEqual([]);
});

test('the off-site guard records and blocks requests from the page and the service worker', async ({
  context,
  maxPage,
  offsiteRequests,
  extensionId,
}) => {
  expect(extensionId).toMatch(/^[a-p]{32}$/);
  const fromPage = await maxPage.evaluate(() =>
    fetch('https://example.com/from-page').then(
      () => 'loaded',
      () => 'blocked',
    ),
  );
  expect(fromPage).toBe('blocked');
  const [worker] = context.serviceWorkers();
  if (!worker) throw new Error('the extension has no service worker');
  const fromWorker = await worker.evaluate(() =>
    fetch('https://example.com/from-worker').then(
      () => 'loaded',
      () => 'blocked',
    ),
  );
  expect(fromWorker).toBe('blocked');
  await expect.poll(() => offsiteRequests).toContain('https://example.com/from-page');
  await expect.poll(() => offsiteRequests).toContain('https://example.com/from-worker');
});
