/**
 * The options page: an administrator's profile or staff list is previewed, applied, and then
 * the sidebar proposes «это вы?» to the person it names; a bad file changes nothing.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const profileFile = join(process.cwd(), 'tests/fixtures/demo-college-profile.json');

async function openOptions(page: Page, extensionId: string) {
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(page.getByTestId('profile-current')).toBeVisible();
}

test('a profile is previewed, applied, and the sidebar proposes the person it names', async ({
  context,
  extensionId,
  maxServer,
}) => {
  void maxServer;
  const options = await context.newPage();
  await openOptions(options, extensionId);
  await expect(options.getByTestId('profile-current')).toContainText('встроенный профиль');

  await options.getByTestId('profile-import').setInputFiles(profileFile);
  await expect(options.getByTestId('profile-preview')).toContainText('Можайский техникум');
  await expect(options.getByTestId('profile-preview')).toContainText('сотрудников 4');
  // Nothing is stored before «Применить».
  await expect(options.getByTestId('profile-current')).toContainText('встроенный профиль');
  await options.getByTestId('profile-apply').click();
  await expect(options.getByTestId('profile-current')).toContainText('Можайский техникум');

  const max = await context.newPage();
  await max.goto('https://web.max.ru/');
  const confirm = max.getByTestId('assignment-confirm');
  await expect(max.getByTestId('setup-card')).toContainText('Иванова Мария Петровна');
  await confirm.click();
  // Curator of two groups (3 chats each) and four discipline chats.
  await expect(max.getByTestId('requirement')).toHaveCount(10);
  await expect(max.getByTestId('setup-card')).toHaveCount(0);
});

test('a file with errors names them and leaves the stored profile as it was', async ({ context, extensionId }) => {
  const options = await context.newPage();
  await openOptions(options, extensionId);
  await options.getByTestId('profile-import').setInputFiles(profileFile);
  await options.getByTestId('profile-apply').click();
  await expect(options.getByTestId('profile-current')).toContainText('Можайский техникум');

  const bad = JSON.parse(readFileSync(profileFile, 'utf8'));
  bad.rules[1].kind = 'родители';
  delete bad.people[0].name;
  await options.getByTestId('profile-import').setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(bad)),
  });
  const errors = options.getByTestId('profile-errors');
  await expect(errors).toContainText('rules[1].kind');
  await expect(errors).toContainText('people[0].name');
  await expect(options.getByTestId('profile-apply')).toHaveCount(0);

  await options.reload();
  await expect(options.getByTestId('profile-current')).toContainText('Можайский техникум');
});

test('a staff list in Windows-1251 CSV fills the people; a bad line is named', async ({ context, extensionId }) => {
  const options = await context.newPage();
  await openOptions(options, extensionId);

  await options.getByTestId('profile-import').setInputFiles({
    name: 'staff.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('ФИО;роль;группа;дисциплина\nПетров Пётр;директор;ИСП-21;\n', 'utf8'),
  });
  await expect(options.getByTestId('profile-errors')).toContainText('строка 2');
  await expect(options.getByTestId('profile-errors')).toContainText('роль');

  // «Иванова Мария Петровна;куратор;ИСП-21;» in Windows-1251, as Excel on a Russian Windows saves it.
  const cp1251 = (text: string) =>
    Buffer.from(
      [...text].map((ch) => {
        const code = ch.codePointAt(0) ?? 0;
        if (code < 0x80) return code;
        if (ch === 'ё') return 0xb8;
        if (ch === 'Ё') return 0xa8;
        return code - 0x410 + 0xc0; // А..я are contiguous in both
      }),
    );
  await options.getByTestId('profile-import').setInputFiles({
    name: 'staff.csv',
    mimeType: 'text/csv',
    buffer: cp1251('Иванова Мария Петровна;куратор;ИСП-21;\nИванова Мария Петровна;преподаватель;ТМ-31;Математика\n'),
  });
  await expect(options.getByTestId('profile-preview')).toContainText('список сотрудников: 1');
  await options.getByTestId('profile-apply').click();
  await expect(options.getByText('Профиль сохранён')).toBeVisible();
  await options.getByTestId('person-pick').selectOption('Иванова Мария Петровна');
  await expect(options.getByTestId('assignment-group').first()).toHaveValue('ИСП-21');
  await expect(options.getByTestId('assignment-discipline')).toHaveValue('Математика');
});

test('a backup whose profile is {"rules":"nope"} is refused naming table, row and field; nothing changes', async ({
  context,
  extensionId,
}) => {
  const options = await context.newPage();
  await openOptions(options, extensionId);
  await options.getByTestId('profile-import').setInputFiles(profileFile);
  await options.getByTestId('profile-apply').click();
  await expect(options.getByTestId('profile-current')).toContainText('Можайский техникум');

  const [download] = await Promise.all([
    options.waitForEvent('download'),
    options.getByTestId('backup-export').click(),
  ]);
  const backup = JSON.parse(readFileSync(await download.path(), 'utf8'));
  const settings = backup.data.data.find((t: { tableName: string }) => t.tableName === 'settings');
  const row = settings.rows.findIndex((r: { key: string }) => r.key === 'profile');
  expect(row).toBeGreaterThanOrEqual(0);
  settings.rows[row] = { key: 'profile', value: { rules: 'nope' } };

  for (const mode of ['backup-merge', 'backup-replace'] as const) {
    await options.getByTestId('backup-import').setInputFiles({
      name: 'bad-backup.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(backup)),
    });
    const error = options.getByTestId('backup-error');
    await expect(error).toContainText('таблица «settings»');
    await expect(error).toContainText(`запись ${row + 1} («profile»)`);
    await expect(error).toContainText('поле value.profile');
    await expect(error).toContainText('сохранённое не изменилось');
    await expect(options.getByTestId(mode)).toHaveCount(0);
    await expect(options.getByTestId('backup-restore')).toHaveCount(0);
  }

  // Nothing changed, and the page still works: the profile in force, the roles, the data section.
  await options.reload();
  await expect(options.getByTestId('profile-current')).toContainText('Можайский техникум');
  await expect(options.getByTestId('person-pick')).toBeVisible();
  await expect(options.getByTestId('backup-undo')).toHaveCount(0);
  for (const id of ['backup-export', 'backup-import', 'wipe-confirm', 'export-csv'])
    await expect(options.getByTestId(id)).toBeVisible();
});
