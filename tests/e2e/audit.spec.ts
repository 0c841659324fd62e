/**
 * The audit end to end on the demo college: a curator and a teacher set themselves up in the
 * sidebar and read which required chats are in place, and which are missing.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { enterRoles, requirement, status } from './sidebar-helpers';

async function loadAll(page: Page) {
  await page.getByTestId('sverka-load-all').click();
  await expect(status(page)).toContainText('весь список', { timeout: 30_000 });
}

test('a curator of two groups sees the one missing parents chat, never before the list is complete', async ({
  maxPage,
}) => {
  await enterRoles(maxPage, [
    { role: 'curator', group: 'ИСП-21' },
    { role: 'curator', group: 'ИСП-22' },
  ]);
  await expect(maxPage.getByTestId('requirement')).toHaveCount(6);
  // Only the first 55 chats are known (LOGIN's 15 and the page MAX web asks for at once): nothing may be called
  // missing yet.
  await expect(maxPage.locator('[data-testid="requirement"][data-status="missing"]')).toHaveCount(0);
  await expect(requirement(maxPage, 'curator-parents/ИСП-22')).toHaveAttribute('data-status', 'unknown');

  await loadAll(maxPage);
  await expect(requirement(maxPage, 'curator-parents/ИСП-22')).toHaveAttribute('data-status', 'missing');
  await expect(maxPage.locator('[data-testid="requirement"][data-status="missing"]')).toHaveCount(1);
  for (const id of ['curator-students/ИСП-21', 'curator-parents/ИСП-21', 'curator-students/ИСП-22']) {
    await expect(requirement(maxPage, id)).toHaveAttribute('data-status', /ok|incomplete/);
  }
  await expect(requirement(maxPage, 'curator-parents/ИСП-21').getByTestId('requirement-chat')).toHaveText(
    'ИСП-21 Родители',
  );
  // The missing one says what to create and whom to invite.
  await expect(requirement(maxPage, 'curator-parents/ИСП-22')).toContainText('родители');
  await expect(maxPage.getByTestId('audit-summary')).toContainText('5 из 6 на месте');

  // The chat list marks the chats that satisfy a requirement.
  await expect(maxPage.locator('.item[data-sverka-chat]').first()).toBeVisible();
});

test('a chat linked by hand turns the requirement ok, and stays so after a reload; undo brings it back', async ({
  maxPage,
}) => {
  await enterRoles(maxPage, [{ role: 'curator', group: 'ИСП-22' }]);
  await loadAll(maxPage);
  const parents = requirement(maxPage, 'curator-parents/ИСП-22');
  await expect(parents).toHaveAttribute('data-status', 'missing');

  await parents.getByTestId('override-link').click();
  await parents.getByTestId('override-chat-search').fill('ИСП 22 студ');
  await parents.getByRole('option', { name: 'Группа ИСП 22 — студенты' }).click();
  await parents.getByTestId('override-apply').click();
  await expect(parents).toHaveAttribute('data-status', 'ok');
  await expect(parents).toHaveAttribute('data-linked-by-hand', 'true');

  await maxPage.reload();
  await expect(requirement(maxPage, 'curator-parents/ИСП-22')).toHaveAttribute('data-status', 'ok');
  await requirement(maxPage, 'curator-parents/ИСП-22').getByTestId('override-undo').click();
  await expect(requirement(maxPage, 'curator-parents/ИСП-22')).not.toHaveAttribute('data-linked-by-hand', 'true');
});

test('a teacher with three disciplines sees exactly the missing one', async ({ maxPage }) => {
  await enterRoles(maxPage, [
    { role: 'teacher', group: 'ИСП-21', discipline: 'Математика' },
    { role: 'teacher', group: 'ИСП-22', discipline: 'Математика' },
    { role: 'teacher', group: 'ТМ-31', discipline: 'Математика' },
  ]);
  await loadAll(maxPage);
  await expect(maxPage.getByTestId('requirement')).toHaveCount(3);
  await expect(maxPage.locator('[data-testid="requirement"][data-status="missing"]')).toHaveCount(1);
  await expect(requirement(maxPage, 'teacher-discipline/ТМ-31/Математика')).toHaveAttribute('data-status', 'missing');
  await expect(requirement(maxPage, 'teacher-discipline/ИСП-21/Математика')).toHaveAttribute('data-status', 'ok');
});

test('clicking the matched chat opens it in MAX web', async ({ maxPage }) => {
  await enterRoles(maxPage, [{ role: 'curator', group: 'ИСП-21' }]);
  const chat = requirement(maxPage, 'curator-parents/ИСП-21').getByTestId('requirement-chat');
  await expect(chat).toHaveText('ИСП-21 Родители');
  await chat.click();
  await expect(maxPage).toHaveURL(/\/-70000000102$/);
});

test('renaming a chat on the server to the missing title turns the requirement ok', async ({ maxPage, maxServer }) => {
  await enterRoles(maxPage, [{ role: 'curator', group: 'ИСП-22' }]);
  await loadAll(maxPage);
  await expect(requirement(maxPage, 'curator-parents/ИСП-22')).toHaveAttribute('data-status', 'missing');
  const created = maxServer.createChat({ type: 'CHAT', title: 'Новый чат' });
  maxServer.renameChat(created.id, 'ИСП-22 Родители');
  await expect(requirement(maxPage, 'curator-parents/ИСП-22')).toHaveAttribute('data-status', /ok|incomplete/, {
    timeout: 1_000,
  });
});

test('«с прошлой сверки» says which required chat appeared since the previous visit', async ({
  maxPage,
  maxServer,
}) => {
  await enterRoles(maxPage, [{ role: 'curator', group: 'ИСП-22' }]);
  await loadAll(maxPage);
  await expect(requirement(maxPage, 'curator-parents/ИСП-22')).toHaveAttribute('data-status', 'missing');
  await maxPage.waitForTimeout(1_000); // the run is kept

  maxServer.createChat({ type: 'CHAT', title: 'ИСП-22 — родители' });
  await maxPage.reload();
  await loadAll(maxPage);
  await expect(requirement(maxPage, 'curator-parents/ИСП-22')).toHaveAttribute('data-status', /ok|incomplete/);
  await expect(maxPage.getByTestId('since-last-audit')).toContainText('появились: ИСП-22 — родители');
});
