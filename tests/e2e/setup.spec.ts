/**
 * Setting up many roles fast (#16): a teacher ticks groups × disciplines in one table, pre-ticked from the chat
 * titles or filled from the administrator's staff list; a staff CSV that carries each group's size, so «too few
 * members» works without JSON; linking a chat by hand through a search-as-you-type combobox, by keyboard; «не
 * требуется» for several requirements at once.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { enterRoles, requirement } from './sidebar-helpers';

const MATH = 'teacher-discipline/ИСП-22/Математика';
const PARENTS = 'curator-parents/ИСП-22';

async function openOptions(page: Page, extensionId: string) {
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(page.getByTestId('profile-import')).toBeVisible();
}

const staffCsv = (rows: string[]) => ({
  name: 'staff.csv',
  mimeType: 'text/csv',
  buffer: Buffer.from(['ФИО;роль;группа;дисциплина;численность', ...rows].join('\n'), 'utf8'),
});

test('a staff CSV with «численность» gives the group its size: «12 of 25» shows; a bad size names its row', async ({
  maxPage,
  context,
  extensionId,
}) => {
  const options = await context.newPage();
  await openOptions(options, extensionId);
  await options
    .getByTestId('profile-import')
    .setInputFiles(staffCsv(['Иванова Мария Петровна;преподаватель;ИСП-22;Математика;двадцать пять']));
  await expect(options.getByTestId('profile-errors')).toContainText(
    'строка 2, поле «численность»: «двадцать пять» — не численность группы',
  );
  await expect(options.getByTestId('profile-apply')).toHaveCount(0);

  await options
    .getByTestId('profile-import')
    .setInputFiles(
      staffCsv([
        'Иванова Мария Петровна;куратор;ИСП-22;;25',
        'Иванова Мария Петровна;преподаватель;ИСП-22;Математика;25',
      ]),
    );
  await expect(options.getByTestId('profile-preview')).toContainText('список сотрудников: 1');
  await options.getByTestId('profile-apply').click();
  await expect(options.getByText('Профиль сохранён')).toBeVisible();
  await options.close();

  await maxPage.reload();
  await expect(maxPage.getByTestId('setup-card')).toContainText('Иванова Мария Петровна');
  await maxPage.getByTestId('assignment-confirm').click();
  await expect(requirement(maxPage, MATH)).toHaveAttribute('data-status', 'incomplete');
  await expect(requirement(maxPage, MATH).getByTestId('requirement-causes')).toHaveText(
    'В чате 12 из 25 — пригласите оставшихся',
  );
});

test('linking a chat by hand: type part of its title, pick it with ↓ and Enter; nothing found is said', async ({
  maxPage,
}) => {
  await enterRoles(maxPage, [{ role: 'curator', group: 'ИСП-22' }]);
  const parents = requirement(maxPage, PARENTS);
  await parents.getByTestId('override-link').click();
  const search = parents.getByRole('combobox', { name: 'Выберите чат' });
  await search.focus();
  await maxPage.keyboard.type('физкультура ИСП-99');
  await expect(parents.getByTestId('override-chat-option')).toHaveCount(0);
  await expect(parents.getByTestId('override-chat-count')).toContainText('Ничего не найдено');

  await search.fill('');
  await maxPage.keyboard.type('исп22');
  const options = parents.getByTestId('override-chat-option');
  await expect(options.first()).toBeVisible();
  const titles = await options.allTextContents();
  expect(titles.length).toBeGreaterThan(1);
  expect(titles.every((title) => /ИСП[\s-]?22/i.test(title))).toBe(true);
  await maxPage.keyboard.press('ArrowDown');
  await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
  await expect(search).toHaveAttribute('aria-activedescendant', (await options.nth(1).getAttribute('id')) as string);
  await maxPage.keyboard.press('Enter');
  await expect(search).toHaveValue(titles[1] as string);
  await expect(search).toHaveAttribute('aria-expanded', 'false');
  await parents.getByTestId('override-apply').click();
  await expect(parents).toHaveAttribute('data-linked-by-hand', 'true');
  await expect(parents.getByTestId('requirement-chat')).toHaveText(titles[1] as string);
});

test('«не требуется» for several requirements at once, with one reason; one «Отменить» brings them all back', async ({
  maxPage,
}) => {
  const PHYSICS = 'teacher-discipline/ИСП-22/Физика';
  await enterRoles(maxPage, [
    { role: 'curator', group: 'ИСП-22' },
    { role: 'teacher', group: 'ИСП-22', discipline: 'Физика' },
  ]);
  await expect(requirement(maxPage, PARENTS)).not.toHaveAttribute('data-status', 'ok');
  await expect(requirement(maxPage, PHYSICS)).not.toHaveAttribute('data-status', 'ok');

  await maxPage.getByTestId('bulk-not-required').click();
  // Only rows that need something are offered; fine ones are not.
  await expect(
    maxPage.locator('[data-testid="bulk-choice"][data-requirement-id="curator-students/ИСП-22"]'),
  ).toHaveCount(0);
  await expect(maxPage.getByTestId('bulk-apply')).toBeDisabled();
  for (const id of [PARENTS, PHYSICS])
    await maxPage.locator(`[data-testid="bulk-choice"][data-requirement-id="${id}"]`).check();
  await maxPage.getByTestId('bulk-reason').fill('Группа на практике до марта');
  await maxPage.getByTestId('bulk-apply').click();

  await expect(maxPage.getByTestId('bulk-done')).toContainText('Отмечены 2 требования: не требуется.');
  for (const id of [PARENTS, PHYSICS]) {
    await expect(requirement(maxPage, id)).toHaveAttribute('data-not-required', 'true');
    await expect(requirement(maxPage, id)).toContainText('не требуется');
  }
  await maxPage.reload();
  await expect(requirement(maxPage, PHYSICS)).toHaveAttribute('data-not-required', 'true');
  // After a reload each row's own «Отменить» is the undo, as for a single mark.
  await requirement(maxPage, PHYSICS).getByTestId('override-undo').click();
  await expect(requirement(maxPage, PHYSICS)).not.toHaveAttribute('data-not-required', 'true');
  await expect(requirement(maxPage, PARENTS)).toHaveAttribute('data-not-required', 'true');
});

test('the bulk undo removes exactly the marks it made', async ({ maxPage }) => {
  await enterRoles(maxPage, [
    { role: 'curator', group: 'ИСП-22' },
    { role: 'teacher', group: 'ИСП-22', discipline: 'Физика' },
  ]);
  await maxPage.getByTestId('bulk-not-required').click();
  const choices = maxPage.getByTestId('bulk-choice');
  for (const choice of await choices.all()) await choice.check();
  await maxPage.getByTestId('bulk-reason').fill('Не нужно');
  await maxPage.getByTestId('bulk-apply').click();
  await expect(maxPage.locator('[data-testid="requirement"][data-not-required="true"]').first()).toBeVisible();
  await maxPage.getByTestId('bulk-undo').click();
  await expect(maxPage.getByTestId('bulk-done')).toHaveCount(0);
  await expect(maxPage.locator('[data-testid="requirement"][data-not-required="true"]')).toHaveCount(0);
});

const cell = (page: Page, group: string, discipline: string) =>
  page.getByTestId('teaching-grid').getByRole('checkbox', { name: `${group} — ${discipline}` });

test('a teacher ticks groups × disciplines in one table, pre-ticked from the chat titles, by keyboard; axe-clean', async ({
  maxPage,
}) => {
  const card = maxPage.getByTestId('setup-card');
  await card.getByTestId('teaching-grid-open').click();
  await expect(card.getByTestId('teaching-grid')).toContainText('Отмечено по названиям ваших чатов');
  // «Матем. ИСП-22» and «Математика 📐 ИСП-21» are among the chats MAX web has shown: those cells start ticked.
  await expect(cell(maxPage, 'ИСП-22', 'Математика')).toBeChecked();
  await expect(cell(maxPage, 'ИСП-21', 'Математика')).toBeChecked();
  const { violations } = await new AxeBuilder({ page: maxPage }).include('sverka-ui').analyze();
  expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);

  // By keyboard: untick ИСП-21 with Space; add a group and a discipline with Enter, tick their cells.
  await cell(maxPage, 'ИСП-21', 'Математика').focus();
  await maxPage.keyboard.press('Space');
  await expect(cell(maxPage, 'ИСП-21', 'Математика')).not.toBeChecked();
  await card.getByTestId('teaching-add-group').fill('ТМ-31');
  await maxPage.keyboard.press('Enter');
  await card.getByTestId('teaching-add-discipline').fill('Информатика');
  await maxPage.keyboard.press('Enter');
  await cell(maxPage, 'ТМ-31', 'Математика').focus();
  await maxPage.keyboard.press('Space');
  await cell(maxPage, 'ИСП-22', 'Информатика').check();
  await card.getByTestId('assignment-save').click();
  await expect(card).toHaveCount(0);

  // Exactly the ticked cells became requirements (the untouched empty row of the form is not a role).
  const ids = await maxPage
    .getByTestId('requirement')
    .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-requirement-id')));
  expect(ids.sort()).toEqual(
    [MATH, 'teacher-discipline/ИСП-22/Информатика', 'teacher-discipline/ТМ-31/Математика'].sort(),
  );
});

test('the administrator’s staff list, when it has this person, fills the table', async ({
  maxPage,
  context,
  extensionId,
}) => {
  const options = await context.newPage();
  await openOptions(options, extensionId);
  await options
    .getByTestId('profile-import')
    .setInputFiles(
      staffCsv([
        'Иванова Мария Петровна;преподаватель;ИСП-21;Физика;',
        'Иванова Мария Петровна;преподаватель;ТМ-31;Черчение;',
      ]),
    );
  await options.getByTestId('profile-apply').click();
  await expect(options.getByText('Профиль сохранён')).toBeVisible();
  await options.close();

  await maxPage.reload();
  const card = maxPage.getByTestId('setup-card');
  await card.getByText('Указать роли вручную').click();
  await card.getByTestId('teaching-grid-open').click();
  await expect(card.getByTestId('teaching-grid')).toContainText('Заполнено по списку сотрудников');
  await expect(card.getByTestId('teaching-cell')).toHaveCount(4);
  await expect(cell(maxPage, 'ИСП-21', 'Физика')).toBeChecked();
  await expect(cell(maxPage, 'ТМ-31', 'Черчение')).toBeChecked();
  await expect(cell(maxPage, 'ИСП-21', 'Черчение')).not.toBeChecked();
});
