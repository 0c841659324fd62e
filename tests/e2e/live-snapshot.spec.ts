/**
 * The live snapshot on the stand-in: chat events from the fake server reach the sidebar
 * promptly, and a dropped connection neither loses nor invents chats.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const count = async (page: Page, kind: string) =>
  Number(await page.getByTestId(`chat-count-${kind}`).getAttribute('data-count'));

const status = (page: Page) => page.getByTestId('sverka-status');
/** What the page has after loading (binary protocol): LOGIN's 15 chats and the CHATS_LIST page of 40 it asks for at once. */
const FIRST_LOAD = 15 + 40;

/** The ids of every chat the fake server has sent in LOGIN and CHATS_LIST answers. */
function chatsShown(maxServer: import('../standin/fake-max-server.mjs').FakeMaxServer): Set<string> {
  const ids = new Set<string>();
  for (const frame of maxServer.decodeSent() as Array<{
    cmd?: number;
    opcode?: number;
    payload?: { chats?: Array<{ id: unknown }> };
  }>) {
    if (frame.cmd !== 1 || (frame.opcode !== 19 && frame.opcode !== 53)) continue;
    for (const chat of frame.payload?.chats ?? []) ids.add(String(chat.id));
  }
  return ids;
}

test('a chat created and deleted on the server shows in the sidebar within a second', async ({
  maxPage,
  maxServer,
}) => {
  await expect(status(maxPage)).toContainText(`${FIRST_LOAD} чатов`);
  const groupsBefore = await count(maxPage, 'groups');

  const created = maxServer.createChat({ type: 'CHAT', title: 'ИСП-22 Родители' });
  await expect(maxPage.getByTestId('chat-count-groups')).toHaveAttribute('data-count', String(groupsBefore + 1), {
    timeout: 1_000,
  });
  await expect(status(maxPage)).toContainText(`${FIRST_LOAD + 1} чат`);

  maxServer.renameChat(created.id, 'ИСП-22 — родители');
  maxServer.removeChat(created.id);
  await expect(maxPage.getByTestId('chat-count-groups')).toHaveAttribute('data-count', String(groupsBefore), {
    timeout: 1_000,
  });
  await expect(maxPage.getByTestId('chat-count-inactive')).toHaveAttribute('data-count', '1');
});

test('a reconnect mid-session is said, and the snapshot is right after the new login', async ({
  maxPage,
  maxServer,
}) => {
  await expect(status(maxPage)).toContainText(`${FIRST_LOAD} чатов`);
  const channelsBefore = await count(maxPage, 'channels');

  await maxServer.dropConnection();
  // A chat created while the page was offline: no push reaches it, only the next login.
  maxServer.createChat({ type: 'CHANNEL', title: 'Объявления приёмной комиссии' });
  await maxServer.waitForLogin(2);

  await expect(status(maxPage)).not.toContainText('соединение с MAX прервалось');
  await expect(maxPage.getByTestId('chat-count-channels')).toHaveAttribute('data-count', String(channelsBefore + 1));
  // Every chat MAX has shown in either session, once: nothing lost in the gap, nothing invented.
  await expect.poll(() => chatsShown(maxServer).size).toBeGreaterThan(FIRST_LOAD);
  await expect(status(maxPage)).toContainText(`${chatsShown(maxServer).size} чат`);
  await expect(status(maxPage)).toContainText('список неполный');
});

test('after a reload the chats not yet shown again come from the stored snapshot, marked as such', async ({
  maxPage,
  maxServer,
}) => {
  await maxPage.getByTestId('sverka-load-all').click();
  await expect(status(maxPage)).toContainText('весь список', { timeout: 30_000 });
  const total = maxServer.activeChats().length;
  await maxPage.waitForTimeout(5_500); // the snapshot is written at most every 5 s

  await maxPage.reload();
  await expect(status(maxPage)).toContainText(`${FIRST_LOAD} чатов`);
  await expect(status(maxPage)).toContainText(`ещё ${total - FIRST_LOAD} — из сохранённого снимка`);
});
