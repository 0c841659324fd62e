/**
 * Invite links on the demo college: the badge in the message and the row in «Ссылки» agree;
 * stale, used and revoked are told apart with evidence; the user's mark survives a reload.
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
  return { staleMath22: named('staleMath22'), usedIsp21Parents: named('usedIsp21Parents') };
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

test('an old link nobody used is stale in the bubble and in the list; one after which members joined is used', async ({
  maxPage,
  maxServer,
}) => {
  const { staleMath22, usedIsp21Parents } = links(maxServer);
  await loadAll(maxPage);

  await openChat(maxPage, 'Группа ИСП 22 — студенты');
  await expect(badge(maxPage, staleMath22)).toHaveAttribute('data-sverka-link-status', 'stale');
  await expect(badge(maxPage, staleMath22)).toHaveAttribute('title', /37 дней.*никто не вступил/);

  await openChat(maxPage, 'ИСП-21 Студенты');
  await expect(badge(maxPage, usedIsp21Parents)).toHaveAttribute('data-sverka-link-status', 'used');
  // Links that are not invites get no badge.
  await expect(maxPage.locator('.message a[data-sverka-link-status]')).toHaveCount(1);

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
  await expect(row(maxPage, staleMath22)).toHaveAttribute('data-mark', 'annulled');
  await row(maxPage, staleMath22).getByTestId('note-open').click();
  await row(maxPage, staleMath22)
    .getByTestId('note-editor')
    .fill('Аннулирована 1.12: ссылку выложили в открытый канал');
  await expect(row(maxPage, staleMath22).getByTestId('note-state')).toHaveText('Сохранено');

  await maxPage.reload();
  await maxPage.getByTestId('sverka-tab-links').click();
  await expect(row(maxPage, staleMath22)).toHaveAttribute('data-mark', 'annulled');
  await expect(row(maxPage, staleMath22).getByTestId('note-editor')).toHaveValue(/открытый канал/);
});
