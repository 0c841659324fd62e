/**
 * «Что видит Сверка» on the stand-in: what MAX web's binary frames and page looked like to Сверка, as shapes and
 * counts, in the sidebar's footer, with nothing the frames or the page said in it.
 */
import { expect, test } from './fixtures';

test('«Что видит Сверка» shows the protocol, opcodes, fields and selectors, and no title, name or link', async ({
  maxPage,
  maxServer,
}) => {
  await expect(maxPage.getByTestId('sverka-status')).toContainText('55 чатов');
  maxServer.postMessage(maxServer.activeChats()[0]?.id ?? 0, { text: 'Вступайте: https://max.ru/join/DiagToken42' });
  const panel = maxPage.getByTestId('diagnostics');
  const text = maxPage.getByTestId('diagnostics-text');
  await panel.locator('summary').click();
  // The bridge posts its census at most every 2 s; reopening the panel reads it again.
  await expect
    .poll(
      async () => {
        await panel.locator('summary').click();
        await panel.locator('summary').click();
        return text.inputValue();
      },
      { timeout: 10_000 },
    )
    .toMatch(/128 NOTIF_MESSAGE \(request\/push\) × 1/);
  const copied = await text.inputValue();
  expect(copied).toMatch(/Версии протокола: 10 × \d+/);
  expect(copied).toContain('19 LOGIN (response) × 1');
  expect(copied).toContain('53 CHATS_LIST (response) × 1');
  expect(copied).toMatch(/chatListCell: [1-9]\d*/);
  expect(copied).toMatch(/title: \d+ \/ \d+/);

  const values = [
    'DiagToken42',
    maxServer.me.names?.[0]?.name ?? 'Мария Иванова',
    ...maxServer
      .sortedChats()
      .slice(0, 55)
      .flatMap((chat) => [chat.title ?? '', String(chat.id)]),
  ].filter((v) => v.length >= 4);
  expect(values.filter((v) => copied.includes(v))).toEqual([]);
});
