/**
 * Notes live in the extension's own database: they survive a reload of MAX, and clearing
 * web.max.ru's site data (as logging out does) loses none of them.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const requirement = (page: Page, id: string) =>
  page.locator(`[data-testid="requirement"][data-requirement-id="${id}"]`);

test('a note on a requirement survives a reload and clearing web.max.ru’s storage', async ({ context, maxPage }) => {
  const card = maxPage.getByTestId('setup-card');
  await card.getByTestId('assignment-group').fill('ИСП-22');
  await card.getByTestId('assignment-save').click();
  const row = requirement(maxPage, 'curator-parents/ИСП-22');
  await row.getByTestId('note-open').click();
  await row.getByTestId('note-editor').fill('Родители 3 студентов не вступили; чат создаст Петров до 1.12');
  // Autosave: no click on «Сохранить» needed.
  await expect(row.getByTestId('note-state')).toHaveText('Сохранено');

  await maxPage.reload();
  await expect(requirement(maxPage, 'curator-parents/ИСП-22').getByTestId('note-editor')).toHaveValue(
    /Родители 3 студентов/,
  );

  // Everything web.max.ru keeps: cookies, localStorage, IndexedDB, caches.
  const cdp = await context.newCDPSession(maxPage);
  await cdp.send('Storage.clearDataForOrigin', { origin: 'https://web.max.ru', storageTypes: 'all' });
  await maxPage.reload();
  await expect(requirement(maxPage, 'curator-parents/ИСП-22').getByTestId('note-editor')).toHaveValue(
    /Родители 3 студентов/,
  );

  // And in the «Заметки» tab, found by search.
  await maxPage.getByTestId('sverka-tab-notes').click();
  await maxPage.getByTestId('notes-search').fill('петров');
  await expect(maxPage.getByTestId('note-item')).toHaveCount(1);
  await expect(maxPage.getByTestId('note-item')).toContainText('ИСП-22 — родители');
});

test('a deleted note can be brought back', async ({ maxPage }) => {
  await maxPage.getByTestId('sverka-tab-notes').click();
  const general = maxPage.getByTestId('note-editor').first();
  await general.fill('Сверка 25.11: проверить ТМ-31');
  await maxPage.getByTestId('note-save').first().click();
  await expect(maxPage.getByTestId('note-state').first()).toHaveText('Сохранено');
  await maxPage.getByTestId('note-delete').first().click();
  await expect(maxPage.getByText('Заметка удалена.')).toBeVisible();
  await maxPage.getByRole('button', { name: 'Вернуть' }).click();
  await maxPage.reload();
  await maxPage.getByTestId('sverka-tab-notes').click();
  await expect(maxPage.getByTestId('note-editor').first()).toHaveValue('Сверка 25.11: проверить ТМ-31');
});
