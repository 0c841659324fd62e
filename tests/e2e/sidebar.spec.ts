/**
 * The foundation, end to end: the production build in Chromium on the stand-in MAX web.
 * The sidebar shows what the fake server sent, stays off other sites, changes nothing the
 * page receives, and the extension sends no request anywhere.
 */
import { expect, readSpies, test } from './fixtures';

const sidebar = (page: import('@playwright/test').Page) => page.getByTestId('sverka-sidebar');
const status = (page: import('@playwright/test').Page) => page.getByTestId('sverka-status');

/** The count the sidebar shows for one chat type. */
async function shownCount(page: import('@playwright/test').Page, kind: string): Promise<number> {
  return Number(await page.getByTestId(`chat-count-${kind}`).getAttribute('data-count'));
}

type SentFrame = { opcode: number; cmd: number; payload: { chats?: Array<{ type: string }>; marker?: unknown } };

/** The chats the fake server has sent in LOGIN and CHATS_LIST answers so far, and whether the last page had a marker. */
function chatsSent(maxServer: import('../standin/fake-max-server.mjs').FakeMaxServer) {
  const answers = (maxServer.decodeSent() as SentFrame[]).filter(
    (frame) => frame.cmd === 1 && (frame.opcode === 19 || frame.opcode === 53),
  );
  return { answers, chats: answers.flatMap((frame) => frame.payload?.chats ?? []) };
}

for (const protocol of ['binary', 'json'] as const) {
  test.describe(`on MAX's ${protocol} protocol`, () => {
    test.use({ maxServerOptions: { protocol } });

    test('the sidebar appears on web.max.ru with the chat count the fake server sent', async ({
      maxPage,
      maxServer,
    }) => {
      // Binary (web.max.ru today): LOGIN asks for 15 chats, then the page asks for one CHATS_LIST page at once.
      // JSON (older deployments): LOGIN asks for 40 and the list pages only as the user scrolls.
      if (protocol === 'binary') await expect.poll(() => chatsSent(maxServer).answers.length).toBe(2);
      const { answers, chats } = chatsSent(maxServer);
      expect(answers[0]?.payload.chats?.length).toBe(protocol === 'binary' ? 15 : 40);
      // A CHATS_LIST answer that names a next page, or a login alone: MAX may have more, and the sidebar must not
      // pretend otherwise.
      const last = answers.at(-1);
      if (last?.opcode === 53) expect(last.payload.marker).toBeTruthy();

      await expect(sidebar(maxPage)).toBeVisible();
      await expect(status(maxPage)).toContainText('Данные: MAX web');
      await expect(status(maxPage)).toContainText(`${chats.length} чатов`);
      await expect(status(maxPage)).toContainText('список неполный');

      const byType = (type: string) => chats.filter((chat) => chat.type === type).length;
      expect(await shownCount(maxPage, 'groups')).toBe(byType('CHAT'));
      expect(await shownCount(maxPage, 'channels')).toBe(byType('CHANNEL'));
      expect(await shownCount(maxPage, 'dialogs')).toBe(byType('DIALOG'));
    });

    test('the page’s own listeners get every frame unchanged, junk included', async ({ maxPage, maxServer }) => {
      if (protocol === 'binary') await expect.poll(() => chatsSent(maxServer).answers.length).toBe(2);
      const { chats } = chatsSent(maxServer);
      maxServer.sendRaw('not json at all {');
      maxServer.sendRaw(Buffer.from([0, 1, 2, 255]));
      // A binary frame whose header says LZ4 over bytes that are not, one that is cut short, one of an unknown opcode.
      maxServer.sendRaw(Buffer.from([10, 1, 0, 77, 0, 53, 3, 0, 0, 4, 0xff, 0xff, 0xff, 0xff]));
      maxServer.sendRaw(Buffer.from([10, 1, 0, 78, 0, 19, 0, 0, 1, 0, 0x81]));
      maxServer.sendRaw(Buffer.concat([Buffer.from([10, 0, 0, 0, 39, 15, 0, 0, 0, 200]), Buffer.alloc(200, 7)]));
      maxServer.sendRaw(JSON.stringify({ ver: 11, cmd: 0, seq: 0, opcode: 9999, payload: { x: 'y'.repeat(200_000) } }));
      maxServer.sendRaw('{"ver":11,"cmd":1,"seq":77,"opcode":53,"payload":{"chats":"не список"}}');
      maxServer.renameChat(maxServer.activeChats()[0]?.id ?? 0, 'Новое имя чата');
      await maxPage.waitForTimeout(500);

      // What each frame was, as the page saw it: the text itself, or a binary frame's size.
      const asSeen = (frame: unknown) =>
        typeof frame === 'string' ? frame : Buffer.isBuffer(frame) ? frame.length : (frame as { size: number }).size;
      const spies = await readSpies(maxPage);
      const sent = maxServer.sent.map(asSeen);
      expect(spies.receivedOnMessage.map(asSeen)).toEqual(sent);
      expect(spies.receivedListener.map(asSeen)).toEqual(sent);

      // The sidebar kept working through the junk.
      await expect(status(maxPage)).toContainText(`${chats.length} чатов`);
    });
  });
}

test('«Загрузить все чаты» reads the whole list through the page’s own paging', async ({ maxPage, maxServer }) => {
  const total = maxServer.activeChats().length;
  expect(total).toBeGreaterThan(150);
  await maxPage.getByTestId('sverka-load-all').click();
  await expect(status(maxPage)).toContainText('весь список', { timeout: 30_000 });
  await expect(status(maxPage)).toContainText(`${total} чат`);
  await expect(maxPage.getByTestId('sverka-load-all')).toHaveCount(0);
  // Сверка sent nothing: every CHATS_LIST request came from the page's own scrolling.
  const pageRequests = maxServer.receivedFromPage as Array<{ opcode: number }>;
  expect(pageRequests.filter((frame) => frame.opcode === 53).length).toBeGreaterThanOrEqual(3);
});

test('the toggle and Alt+Shift+S open and close it, and the choice survives a reload', async ({ maxPage }) => {
  await expect(sidebar(maxPage)).toBeVisible();
  await maxPage.getByTestId('sverka-toggle').click();
  await expect(sidebar(maxPage)).toHaveCount(0);
  // Collapsed, only the small tab is left on the page edge.
  const tab = await maxPage.getByTestId('sverka-toggle').boundingBox();
  expect(tab?.width).toBeLessThan(40);

  await maxPage.keyboard.press('Alt+Shift+S');
  await expect(sidebar(maxPage)).toBeVisible();
  await maxPage.keyboard.press('Alt+Shift+S');
  await expect(sidebar(maxPage)).toHaveCount(0);

  await maxPage.reload();
  await expect(maxPage.getByTestId('sverka-toggle')).toBeVisible();
  await expect(sidebar(maxPage)).toHaveCount(0);
  await maxPage.getByTestId('sverka-toggle').click();
  await maxPage.reload();
  await expect(sidebar(maxPage)).toBeVisible();
});

test('it does not appear on other sites', async ({ context, offsiteRequests }) => {
  void offsiteRequests; // installs the guard; this test's own site is routed below
  await context.route('https://example.org/**', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Другой сайт</title><h1>Другой сайт</h1>' }),
  );
  const page = await context.newPage();
  await page.goto('https://example.org/');
  await page.waitForTimeout(1000);
  await expect(page.locator('sverka-ui')).toHaveCount(0);
  await expect(page.getByTestId('sverka-toggle')).toHaveCount(0);
});

test('the extension makes no network request and reads none of MAX’s storage', async ({
  maxPage,
  maxServer,
  offsiteRequests,
}) => {
  await maxPage.getByTestId('sverka-load-all').click();
  await expect(status(maxPage)).toContainText('весь список', { timeout: 30_000 });
  await maxPage.locator('.item h3.title .text').first().click();
  await maxPage.waitForTimeout(500);
  maxServer.postMessage(maxServer.activeChats()[0]?.id ?? 0, { text: 'Ссылка: https://max.ru/join/NewInviteToken1' });
  await maxPage.reload();
  await expect(status(maxPage)).toContainText('Данные: MAX web');
  await maxPage.waitForTimeout(6000); // past the snapshot write interval

  expect(offsiteRequests).toEqual([]);
  const spies = await readSpies(maxPage);
  const byExtension = spies.storageReads.filter((read) => read.stack?.includes('chrome-extension://'));
  expect(byExtension).toEqual([]);
});
