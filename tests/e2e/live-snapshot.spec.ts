/**
 * The live snapshot on the stand-in: chat events from the fake server reach the sidebar
 * promptly, and a dropped connection neither loses nor invents chats.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const count = async (page: Page, kind: string) =>
  Number(await page.getByTestId(`chat-count-${kind}`).getAttribute('data-count'));

const status = (page: Page) => page.getByTestId('sverka-status');

test('a chat created and deleted on the server shows in the sidebar within a second', async ({
  maxPage,
  maxServer,
}) => {
  await expect(status(maxPage)).toContainText('40 чатов');
  const groupsBefore = await count(maxPage, 'groups');

  const created = maxServer.createChat({ type: 'CHAT', title: 'ИСП-22 Родители' });
  await expect(maxPage.getByTestId('chat-count-groups')).toHaveAttribute('data-count', String(groupsBefore + 1), {
    timeout: 1_000,
  });
  await expect(status(maxPage)).toContainText('41 чат');

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
  await expect(status(maxPage)).toContainText('40 чатов');
  const channelsBefore = await count(maxPage, 'channels');

  await maxServer.dropConnection();
  // A chat created while the page was offline: no push reaches it, only the next login.
  maxServer.createChat({ type: 'CHANNEL', title: 'Объявления приёмной комиссии' });
  await maxServer.waitForLogin(2);

  await expect(status(maxPage)).not.toContainText('соединение с MAX прервалось');
  await expect(maxPage.getByTestId('chat-count-channels')).toHaveAttribute('data-count', String(channelsBefore + 1));
  // The newest chat pushed the oldest of the first page down: the page holds 40 and the one it had before.
  await expect(status(maxPage)).toContainText('41 чат');
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
  await expect(status(maxPage)).toContainText('40 чатов');
  await expect(status(maxPage)).toContainText(`ещё ${total - 40} — из сохранённого снимка`);
});
