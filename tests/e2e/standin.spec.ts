/**
 * Tests of the stand-in MAX web and its fake server themselves. They use no Сверка UI, so they hold whether or not
 * the sidebar is there; they do run with the built extension loaded (its bridge must change nothing the page sees).
 * The default is today's binary protocol 10 (wss://api.oneme.ru); the last describe runs a few on JSON protocol 11.
 */
import type { Page } from '@playwright/test';
import type { MaxFixture, MaxFrame } from '../standin/fake-max-server.mjs';
import { encodeFrame } from '../standin/max-binary.mjs';
import { expect, loadDemoCollege, readSpies, test } from './fixtures';

const ITEM = '.item';
const ITEM_TITLE = '.item h3.title span.name > span.text';

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

type Frame = MaxFrame & { raw?: unknown };
const fromPage = (frames: unknown[], opcode: number) =>
  (frames as Frame[]).filter((f) => f.opcode === opcode && f.cmd === 0);
const answers = (frames: unknown[], opcode: number) =>
  (frames as Frame[]).filter((f) => f.opcode === opcode && f.cmd === 1);

/** The demo college cut to its `n` newest chats. */
function newestChats(n: number): MaxFixture {
  const f = structuredClone(loadDemoCollege());
  f.chats = [...f.chats].sort((a, b) => b.lastEventTime - a.lastEventTime).slice(0, n);
  return f;
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

test('binary: LOGIN asks for 15 chats; the page renders them, then the first CHATS_LIST page at once', async ({
  maxPage,
  maxServer,
}) => {
  expect(maxServer.socketUrl).toBe('wss://api.oneme.ru/websocket');
  const received = maxServer.receivedFromPage as Frame[];
  expect(received[0]).toMatchObject({ ver: 10, cmd: 0, opcode: 6 });
  const [login] = fromPage(received, 19);
  expect(login?.ver).toBe(10);
  expect(login?.payload).toEqual({
    token: expect.any(String),
    chatsCount: 15,
    interactive: true,
    chatsSync: 0,
    contactsSync: 0,
    presenceSync: -1,
    draftsSync: 0,
  });

  // Every frame from the server is binary; the LOGIN answer holds the 15 newest chats.
  expect(maxServer.sent.every((s) => Buffer.isBuffer(s))).toBe(true);
  const sent = maxServer.decodeSent() as Frame[];
  const [loginAnswer] = answers(sent, 19);
  expect(loginAnswer).toMatchObject({ ver: 10, cmd: 1, seq: login?.seq });
  expect(loginAnswer?.payload.chats.map((c: { id: number }) => c.id)).toEqual(
    maxServer
      .sortedChats()
      .slice(0, 15)
      .map((c) => c.id),
  );
  expect(loginAnswer?.payload).toMatchObject({ chatMarker: 0, messages: {}, presence: {}, videoChatHistory: false });
  expect(loginAnswer?.payload.profile.contact.id).toBe(maxServer.me.id);

  // Right after LOGIN: one CHATS_LIST {marker} from the oldest of the 15; the answer: the next 40 and a marker.
  await expect.poll(() => answers(maxServer.decodeSent(), 53).length).toBe(1);
  const sorted = maxServer.sortedChats();
  expect(fromPage(maxServer.receivedFromPage, 53).map((f) => f.payload)).toEqual([
    { marker: sorted[14]?.lastEventTime },
  ]);
  const [page] = answers(maxServer.decodeSent(), 53);
  expect(page?.payload.chats.map((c: { id: number }) => c.id)).toEqual(sorted.slice(15, 55).map((c) => c.id));
  expect(page?.payload.marker).toBe(sorted[54]?.lastEventTime);

  await expect
    .poll(async () => (await readSpies(maxPage)).listSizes)
    .toEqual([
      { after: 'login', chats: 15, ended: false },
      { after: 'chats-list', chats: 55, ended: false },
    ]);
  const spies = await readSpies(maxPage);
  expect(spies.receivedOnMessage.length).toBeGreaterThan(0);
  expect(spies.receivedOnMessage.every((r) => (r as { binary?: boolean }).binary === true)).toBe(true);

  // Virtualized: only the visible part of the 55 is in the DOM.
  const inDom = await maxPage.locator(ITEM).count();
  expect(inDom).toBeGreaterThan(5);
  expect(inDom).toBeLessThan(40);
  const spacerHeight = await maxPage.locator('.virtualList').evaluate((el) => el.getBoundingClientRect().height);
  expect(spacerHeight).toBe(55 * 72);
  await expect(maxPage.locator('.loader')).toHaveCount(1);

  // Structure per utils/max/DOM.md, hashed classes beside the plain ones.
  const first = maxPage.locator(ITEM).first();
  await expect(first).toHaveClass(/\bitem\b.*\bsvelte-[a-z0-9]+/);
  await expect(first.locator('.wrapper > button.cell h3.title > span.name > span.text')).toHaveText(
    'ИСП-21 Студенты 🎓',
  );
  const titles = await maxPage.locator(ITEM_TITLE).allTextContents();
  expect(titles[0]).toBe(sorted[0]?.title);
  expect(titles[1]).toBe(sorted[1]?.title);

  // A dialog shows the partner's name from contacts.
  await expect(
    maxPage
      .locator(ITEM_TITLE)
      .filter({ hasText: /^[А-ЯЁ][а-яё]+ [А-ЯЁ][а-яё]+$/ })
      .first(),
  ).toBeVisible();
  await expect(maxPage.locator('.bottomGroup button')).toHaveText(['Контакты', 'Звонки', 'Профиль']);
});

test('binary: scrolling pages by marker; the answer without a marker ends the list', async ({ maxPage, maxServer }) => {
  await scrollToEnd(maxPage);
  const requests = fromPage(maxServer.receivedFromPage, 53).map((f) => f.payload);
  const pages = answers(maxServer.decodeSent(), 53).map((f) => f.payload);
  // 163 chats: 15 at LOGIN, then 40 + 40 + 40 + 28.
  expect(pages.map((p) => p.chats.length)).toEqual([40, 40, 40, 28]);
  expect(pages.map((p) => 'marker' in p)).toEqual([true, true, true, false]);
  // Each request carries only the marker: the LOGIN's oldest chat, then each answer's marker.
  expect(requests).toEqual([
    { marker: maxServer.sortedChats()[14]?.lastEventTime },
    ...pages.slice(0, 3).map((p) => ({ marker: p.marker })),
  ]);
  for (const p of pages.slice(0, 3)) expect(p.marker).toBe(p.chats.at(-1).lastEventTime);
  await expect(maxPage.locator('.loader')).toHaveCount(0);
  expect((await readSpies(maxPage)).listSizes.at(-1)).toEqual({
    after: 'chats-list',
    chats: maxServer.activeChats().length,
    ended: true,
  });
  const height = await maxPage.locator('.virtualList').evaluate((el) => el.getBoundingClientRect().height);
  expect(height).toBe(maxServer.activeChats().length * 72);
  const titles = await allTitles(maxPage);
  expect(titles).toContain('ИСП-21 | Элементы высшей математики');
  expect(titles).toContain('Матем. ИСП-22');
  expect(titles).not.toContain('ИСП-22 Родители (Сферум VK)'); // status REMOVED
});

test.describe('a server that answers with short pages', () => {
  test.use({ maxServerOptions: { maxChatsPerPage: 25 } });
  test('a short page with a marker does not end the list', async ({ maxPage, maxServer }) => {
    await scrollToEnd(maxPage);
    const pages = answers(maxServer.decodeSent(), 53).map((f) => f.payload);
    // 148 chats after LOGIN's 15: five pages of 25, then 23 without a marker.
    expect(pages.map((p) => p.chats.length)).toEqual([25, 25, 25, 25, 25, 23]);
    expect(pages.map((p) => 'marker' in p)).toEqual([true, true, true, true, true, false]);
    await expect(maxPage.locator('.loader')).toHaveCount(0);
    const height = await maxPage.locator('.virtualList').evaluate((el) => el.getBoundingClientRect().height);
    expect(height).toBe(maxServer.activeChats().length * 72);
  });
});

test.describe('exactly 55 chats', () => {
  test.use({ maxFixture: newestChats(55) });
  test('the first CHATS_LIST answer (a full 40) has no marker: the list ends, nothing more is asked', async ({
    maxPage,
    maxServer,
  }) => {
    await expect.poll(async () => (await readSpies(maxPage)).listSizes.at(-1)?.ended).toBe(true);
    const [page] = answers(maxServer.decodeSent(), 53).map((f) => f.payload);
    expect(page?.chats).toHaveLength(40);
    expect(page && 'marker' in page).toBe(false);
    await scrollToEnd(maxPage);
    expect(fromPage(maxServer.receivedFromPage, 53)).toHaveLength(1);
    await expect(maxPage.locator('.loader')).toHaveCount(0);
  });
});

test.describe('exactly 15 chats', () => {
  test.use({ maxFixture: newestChats(15) });
  test('an empty CHATS_LIST answer ends the list', async ({ maxPage, maxServer }) => {
    await expect
      .poll(async () => (await readSpies(maxPage)).listSizes.at(-1))
      .toEqual({
        after: 'chats-list',
        chats: 15,
        ended: true,
      });
    const [page] = answers(maxServer.decodeSent(), 53);
    expect(page?.payload).toEqual({ chats: [] });
    await expect(maxPage.locator('.loader')).toHaveCount(0);
  });
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
  const [history] = fromPage(maxServer.receivedFromPage, 49);
  expect(history?.payload).toMatchObject({ chatId: id, forward: 0, backward: 30 });
  expect(typeof history?.payload.from).toBe('number');
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

  // Opening https://web.max.ru/<id> directly opens that chat, even one beyond the first 55 (asked by CHAT_INFO).
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
  const frames = maxServer.decodeSent() as Frame[];
  const chatPushes = fromPage(frames, 135);
  expect(chatPushes).toHaveLength(3);
  expect(chatPushes.map((f) => f.payload.chat.id)).toEqual([chat.id, chat.id, chat.id]);
  const messages = fromPage(frames, 128);
  expect(messages).toHaveLength(2);
  expect(messages[0]?.ver).toBe(10);
  expect(messages[0]?.payload).toMatchObject({ chatId: pedsovet.id, unread: 1, ttl: false, prevMessageId: null });
  // Message ids are 18 digits: past 2^53, they come out of the binary frame as bigints, exact.
  const messageId = messages[0]?.payload.message.id;
  expect(typeof messageId).toBe('bigint');
  expect(String(messageId)).toMatch(/^\d{18}$/);
  expect(String(messageId)).toBe(maxServer.messages.get(pedsovet.id)?.at(-2)?.id);
  // Members are keyed by user id (integer keys on the wire, object keys once decoded).
  expect(Object.keys(chatPushes[0]?.payload.chat.participants)).toEqual([String(maxServer.me.id)]);
});

test.describe('with a fast PING', () => {
  test.use({ maxServerOptions: { pingIntervalMs: 100 } });
  test('PING is answered with an empty body; dropConnection makes the page reconnect and log in again', async ({
    maxPage,
    maxServer,
  }) => {
    await expect.poll(() => fromPage(maxServer.receivedFromPage, 1).length).toBeGreaterThan(2);
    expect(fromPage(maxServer.receivedFromPage, 1)[0]?.payload).toEqual({ interactive: expect.any(Boolean) });
    const pongs = answers(maxServer.decodeSent(), 1);
    expect(pongs.length).toBeGreaterThan(0);
    expect(pongs[0]).toEqual({ ver: 10, cmd: 1, seq: expect.any(Number), opcode: 1, flags: 0, payload: null });
    expect(maxServer.sent.some((s) => Buffer.isBuffer(s) && s.length === 10 && s[5] === 1)).toBe(true);
    await maxServer.dropConnection();
    await maxServer.waitForLogin(2);
    await expect.poll(async () => (await readSpies(maxPage)).loginsRendered).toBe(2);
    const spies = await readSpies(maxPage);
    expect(spies.socketsOpened).toBe(2);
    expect(maxServer.connectionCount).toBe(2);
    const logins = fromPage(maxServer.receivedFromPage, 19);
    expect(logins.map((l) => l.payload.chatsSync)).toEqual([0, 0]);
    await expect(maxPage.locator(ITEM_TITLE).first()).toHaveText('ИСП-21 Студенты 🎓');
  });
});

test('the page’s onmessage and listener got exactly what the server sent, in order, bad frames included', async ({
  maxPage,
  maxServer,
}) => {
  await scrollToEnd(maxPage);
  maxServer.sendRaw(Buffer.from([0, 1, 2, 3])); // shorter than a header
  maxServer.sendRaw(Buffer.from(encodeFrame({ cmd: 0, seq: 999, opcode: 4242, payload: { x: 1 } })));
  maxServer.sendRaw(
    Buffer.from(encodeFrame({ cmd: 0, seq: 1000, opcode: 128, payload: { junk: 'x'.repeat(300_000) } })),
  );
  maxServer.sendRaw('{"ver":11,"cmd":0,"seq":1001,"opcode":128,"payload":{}}'); // text: not this protocol
  maxServer.postMessage(maxServer.sortedChats()[3]?.id ?? 0, { text: 'после мусора' });
  await expect(maxPage.locator(ITEM_TITLE).first()).not.toHaveText('ИСП-21 Студенты 🎓');

  const expected = maxServer.sent.map((s) => (typeof s === 'string' ? s : { binary: true, size: s.length }));
  await expect.poll(async () => (await readSpies(maxPage)).receivedOnMessage.length).toBe(expected.length);
  const spies = await readSpies(maxPage);
  expect(spies.receivedOnMessage).toEqual(expected);
  expect(spies.receivedListener).toEqual(expected);
  expect(spies.received).toEqual(expected);
  const decoded = maxServer.decodeSent() as Frame[];
  expect(decoded.filter((f) => f.raw !== undefined)).toHaveLength(1); // the 4 bytes
  expect(decoded.filter((f) => f.opcode === 4242)).toEqual([
    { ver: 10, cmd: 0, seq: 999, opcode: 4242, flags: 0, payload: { x: 1 } },
  ]);
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

test.describe('JSON protocol 11 (wss://ws-api.oneme.ru, older deployments)', () => {
  test.use({ maxServerOptions: { protocol: 'json' } });

  test('LOGIN asks for 40 in a text frame; scrolling pages by marker until an answer has none', async ({
    maxPage,
    maxServer,
  }) => {
    expect(maxServer.socketUrl).toBe('wss://ws-api.oneme.ru/websocket');
    const [login] = fromPage(maxServer.receivedFromPage, 19);
    expect(login).toMatchObject({ ver: 11, payload: { interactive: true, chatsSync: 0, chatsCount: 40 } });
    expect(maxServer.sent.every((s) => typeof s === 'string')).toBe(true);
    const first = JSON.parse(String(maxServer.sent[1])) as Frame;
    expect(first).toMatchObject({ ver: 11, cmd: 1, opcode: 19 });
    expect(first.payload.chats).toHaveLength(40);
    expect((await readSpies(maxPage)).listSizes).toEqual([{ after: 'login', chats: 40, ended: false }]);

    await scrollToEnd(maxPage);
    const requests = fromPage(maxServer.receivedFromPage, 53).map((f) => f.payload);
    const pages = answers(maxServer.decodeSent(), 53).map((f) => f.payload);
    // 163 chats: 40 at LOGIN, then 40 + 40 + 40 + 3.
    expect(pages.map((p) => p.chats.length)).toEqual([40, 40, 40, 3]);
    expect(pages.map((p) => 'marker' in p)).toEqual([true, true, true, false]);
    expect(requests).toEqual([
      { marker: maxServer.sortedChats()[39]?.lastEventTime, count: 40 },
      ...pages.slice(0, 3).map((p) => ({ marker: p.marker, count: 40 })),
    ]);
    await expect(maxPage.locator('.loader')).toHaveCount(0);
    const height = await maxPage.locator('.virtualList').evaluate((el) => el.getBoundingClientRect().height);
    expect(height).toBe(maxServer.activeChats().length * 72);
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
});
