/**
 * Invite links on the demo college: the badge in the message and the row in «Ссылки» agree; stale, used and revoked
 * are told apart with evidence; the user's link decision survives a reload. «Used» comes only from growth since Сверка first
 * saw the link (MAX's `participants` values are last reads, not join times: utils/max/PROTOCOL.md).
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const links = (server: { fixture: { notable?: { links: Record<string, string> } } }) => {
  const notable = server.fixture.notable?.links;
  const named = (name: string) => {
    const url = notable?.[name];
    if (!url) throw new Error(`the demo college names its link ${name}`);
    return url;
  };
  return {
    staleMath22: named('staleMath22'),
    usedIsp21Parents: named('usedIsp21Parents'),
    unusedIsp22Students: named('unusedIsp22Students'),
  };
};
const chatId = (server: { fixture: { notable?: { chats: Record<string, number> } } }, name: string) => {
  const id = server.fixture.notable?.chats[name];
  if (id === undefined) throw new Error(`the demo college names its chat ${name}`);
  return id;
};
const row = (page: Page, url: string) => page.locator(`[data-testid="invite-link"][data-url="${url}"]`);
const badge = (page: Page, url: string) => page.locator(`.message a[href="${url}"]`).first();

async function loadAll(page: Page) {
  await page.getByTestId('sverka-load-all').click();
  await expect(page.getByTestId('sverka-status')).toContainText('весь список', { timeout: 30_000 });
}

async function openChat(page: Page, title: string) {
  await page.locator('.item').filter({ hasText: title }).first().locator('button.cell').click();
  await expect(page.locator('.message').first()).toBeVisible();
}

test('an old link nobody was added by since Сверка first saw it is stale; once its chat grows it is used', async ({
  maxPage,
  maxServer,
}) => {
  const { staleMath22, usedIsp21Parents } = links(maxServer);
  await loadAll(maxPage);

  await openChat(maxPage, 'Группа ИСП 22 — студенты');
  await expect(badge(maxPage, staleMath22)).toHaveAttribute('data-sverka-link-status', 'stale');
  await expect(badge(maxPage, staleMath22)).toHaveAttribute('title', /никто не прибавился.*37 дней \(порог 14\)/);

  // Posted 20 days ago; the parents' chat members' times say nothing: Сверка has just taken its baseline.
  await openChat(maxPage, 'ИСП-21 Студенты');
  await expect(badge(maxPage, usedIsp21Parents)).toHaveAttribute('data-sverka-link-status', 'stale');
  // Links that are not invites get no badge.
  await expect(maxPage.locator('.message a[data-sverka-link-status]')).toHaveCount(1);

  // A parent joins the parents' chat: the link is used, and the reason says how the chat grew.
  maxServer.addMembers(chatId(maxServer, 'isp21Parents'), [{ id: 3001023 }]);
  await expect(badge(maxPage, usedIsp21Parents)).toHaveAttribute('data-sverka-link-status', 'used');
  await expect(badge(maxPage, usedIsp21Parents)).toHaveAttribute('title', /в чате стало 24 участника — было 23/);

  await maxPage.getByTestId('sverka-tab-links').click();
  await expect(row(maxPage, staleMath22)).toHaveAttribute('data-status', 'stale');
  await expect(row(maxPage, usedIsp21Parents)).toHaveAttribute('data-status', 'used');
  // Stale links come first.
  await expect(maxPage.getByTestId('invite-link').first()).toHaveAttribute('data-status', 'stale');
  await expect(maxPage.getByTestId('links-to-annul')).toContainText(staleMath22.replace('https://', ''));

  // «Открыть сообщение» opens the chat with the stale link and brings that message into view.
  await row(maxPage, staleMath22).getByTestId('invite-link-open').click();
  await expect(maxPage).toHaveURL(/\/-70000000201$/);
  await expect(badge(maxPage, staleMath22)).toBeFocused();

  await maxPage.getByTestId('links-filter-status').selectOption('used');
  await expect(maxPage.locator('[data-testid="invite-link"]:not([data-status="used"])')).toHaveCount(0);
});

test('a link sent in a dialog is used once its partner becomes a member of the chat', async ({
  maxPage,
  maxServer,
}) => {
  const { unusedIsp22Students } = links(maxServer);
  // Sent two days ago to Артём Новиков, who is not in the students' chat.
  await openChat(maxPage, 'Артём Новиков');
  await expect(badge(maxPage, unusedIsp22Students)).toHaveAttribute('data-sverka-link-status', 'unused');
  await maxPage.getByTestId('sverka-tab-links').click();
  await expect(row(maxPage, unusedIsp22Students)).toHaveAttribute('data-status', 'unused');
  await expect(row(maxPage, unusedIsp22Students)).toContainText('пока не в чате');

  maxServer.addMembers(chatId(maxServer, 'isp22Students'), [{ id: 2002026 }]);
  await expect(badge(maxPage, unusedIsp22Students)).toHaveAttribute('data-sverka-link-status', 'used');
  await expect(row(maxPage, unusedIsp22Students)).toHaveAttribute('data-status', 'used');
  await expect(row(maxPage, unusedIsp22Students)).toContainText(
    /Артём Новиков теперь в чате — .*, когда Сверка впервые увидела ссылку, его там не было/,
  );
});

test('a link of a chat whose link was reset is revoked', async ({ maxPage, maxServer }) => {
  const chats = maxServer.fixture.notable?.chats ?? {};
  const teachers = chats.isp21Teachers as number;
  const pedsovet = chats.pedsovet as number;
  const current = maxServer.chats.get(teachers)?.link as string;
  await openChat(maxPage, 'Педсовет');
  maxServer.postMessage(pedsovet, { text: `Коллеги, чат преподавателей ИСП-21: ${current}` });
  await expect(badge(maxPage, current)).toHaveAttribute('data-sverka-link-status', /used|unused|stale/);

  const fresh = maxServer.resetLink(teachers);
  expect(fresh).not.toBe(current);
  await expect(badge(maxPage, current)).toHaveAttribute('data-sverka-link-status', 'revoked');
  await maxPage.getByTestId('sverka-tab-links').click();
  await expect(row(maxPage, current)).toHaveAttribute('data-status', 'revoked');
});

test('a link marked «аннулирована», with a note why, stays so after a reload', async ({ maxPage, maxServer }) => {
  const { staleMath22 } = links(maxServer);
  await loadAll(maxPage);
  await openChat(maxPage, 'Группа ИСП 22 — студенты');
  await maxPage.getByTestId('sverka-tab-links').click();
  await row(maxPage, staleMath22).getByTestId('invite-link-annulled').click();
  await expect(row(maxPage, staleMath22)).toHaveAttribute('data-decision', 'annulled');
  await row(maxPage, staleMath22).getByTestId('note-open').click();
  await row(maxPage, staleMath22)
    .getByTestId('note-editor')
    .fill('Аннулирована 1.12: ссылку выложили в открытый канал');
  await expect(row(maxPage, staleMath22).getByTestId('note-state')).toHaveText('Сохранено');

  await maxPage.reload();
  await maxPage.getByTestId('sverka-tab-links').click();
  await expect(row(maxPage, staleMath22)).toHaveAttribute('data-decision', 'annulled');
  await expect(row(maxPage, staleMath22).getByTestId('note-editor')).toHaveValue(/открытый канал/);
});
