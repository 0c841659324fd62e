/**
 * Data that never gets lost, and a report the director can read: the CSV opens right in Excel
 * (BOM, «;», Cyrillic), the report prints to an A4 PDF with its sections, and a backup restores
 * what a wipe removed.
 */
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from './fixtures';

async function curatorWithNote(maxPage: Page) {
  const card = maxPage.getByTestId('setup-card');
  await card.getByTestId('assignment-group').fill('ИСП-22');
  await card.getByTestId('assignment-save').click();
  await maxPage.getByTestId('sverka-load-all').click();
  await expect(maxPage.getByTestId('sverka-status')).toContainText('весь список', { timeout: 30_000 });
  const row = maxPage.locator('[data-requirement-id="curator-parents/ИСП-22"]');
  await expect(row).toHaveAttribute('data-status', 'missing');
  await row.getByTestId('note-open').click();
  await row.getByTestId('note-editor').fill('Чат родителей создаст куратор до 1.12; "срочно"; см. приказ');
  await expect(row.getByTestId('note-state')).toHaveText('Сохранено');
  await maxPage.waitForTimeout(5_500); // the snapshot reaches the background
}

/** Clicks a button of the options page that downloads a file, and gives the download. */
async function downloadFrom(page: Page, testId: string) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  return download;
}

async function options(context: BrowserContext, extensionId: string) {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(page.getByTestId('export-csv')).toBeVisible();
  return page;
}

test('the CSV export has a BOM, «;» separators and Cyrillic, with requirements, links and notes', async ({
  context,
  extensionId,
  maxPage,
}) => {
  await curatorWithNote(maxPage);
  const page = await options(context, extensionId);
  const download = await downloadFrom(page, 'export-csv');
  expect(download.suggestedFilename()).toMatch(/^sverka-\d{4}-\d{2}-\d{2}\.csv$/);
  const bytes = readFileSync(await download.path());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.subarray(3).toString('utf8');
  const [header, ...rows] = text.split('\r\n');
  expect(header).toMatch(/^Раздел;/);
  expect(header?.split(';').length).toBeGreaterThanOrEqual(6);
  expect(text).toContain('ИСП-22 — родители');
  expect(text).toContain('нет чата');
  expect(text).toContain('"Чат родителей создаст куратор до 1.12; ""срочно""; см. приказ"');
  expect(rows.filter(Boolean).length).toBeGreaterThanOrEqual(4);

  const json = await downloadFrom(page, 'export-json');
  const data = JSON.parse(readFileSync(await json.path(), 'utf8'));
  expect(data.format).toBe('sverka-export');
  expect(data.requirements.some((r: { id: string; status: string }) => r.status === 'missing')).toBe(true);
});

test('the report prints to an A4 PDF with its sections', async ({ context, extensionId, maxPage, offsiteRequests }) => {
  await curatorWithNote(maxPage);
  const report = await context.newPage();
  await report.goto(`chrome-extension://${extensionId}/report.html`);
  await expect(report.getByTestId('report')).toBeVisible();
  await expect(report.getByTestId('report-requirements')).toContainText('ИСП-22');
  await expect(report.getByTestId('report-requirements')).toContainText('родители');
  await expect(report.getByTestId('report-links')).toBeVisible();
  await expect(report.getByTestId('report-notes')).toContainText('Чат родителей создаст куратор');
  await report.emulateMedia({ media: 'print' });
  await expect(report.getByTestId('report-print')).toBeHidden();
  const pdf = await report.pdf({ format: 'A4', printBackground: true });
  const head = pdf.subarray(0, 5).toString('latin1');
  expect(head).toBe('%PDF-');
  // A4 is 595 × 842 points.
  const box = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf.toString('latin1'));
  expect(Math.abs(Number(box?.[1]) - 595)).toBeLessThan(2);
  expect(Math.abs(Number(box?.[2]) - 842)).toBeLessThan(2);
  expect(offsiteRequests).toEqual([]);
});

test('a backup restores what a wipe removed; a foreign file is refused and changes nothing', async ({
  context,
  extensionId,
  maxPage,
  offsiteRequests,
}) => {
  await curatorWithNote(maxPage);
  const page = await options(context, extensionId);
  const backupPath = await (await downloadFrom(page, 'backup-export')).path();

  await page.getByTestId('backup-import').setInputFiles({
    name: 'other.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"formatName":"something-else"}'),
  });
  await expect(page.getByTestId('backup-error')).toContainText('сохранённое не изменилось');

  await page.getByTestId('wipe-confirm').fill('УДАЛИТЬ');
  await page.getByTestId('wipe-apply').click();
  await expect(page.getByText('Все данные Сверки удалены.')).toBeVisible();
  await maxPage.reload();
  await expect(maxPage.getByTestId('setup-card')).toBeVisible();

  await page.getByTestId('backup-import').setInputFiles(backupPath);
  await expect(page.getByTestId('backup-preview')).toContainText('notes: 1');
  await page.getByTestId('backup-replace').check();
  await page.getByTestId('backup-restore').click();
  // After a wipe nothing is lost by replacing.
  await expect(page.getByTestId('backup-replace-summary')).toContainText('заметок — 0');
  await page.getByTestId('backup-replace-confirm').click();
  await expect(page.getByText(/Восстановлено/)).toBeVisible();

  await maxPage.reload();
  await expect(
    maxPage.locator('[data-requirement-id="curator-parents/ИСП-22"] [data-testid="note-editor"]'),
  ).toHaveValue(/Чат родителей создаст куратор/);
  expect(offsiteRequests).toEqual([]);
});

test('replace-restore asks naming what is lost, replaces, and «Вернуть как было» brings the old data back', async ({
  context,
  extensionId,
  maxPage,
  offsiteRequests,
}) => {
  await curatorWithNote(maxPage);
  const page = await options(context, extensionId);
  const backupPath = await (await downloadFrom(page, 'backup-export')).path();

  // After the backup the note is rewritten: a replace with the backup would lose that text.
  const row = maxPage.locator('[data-requirement-id="curator-parents/ИСП-22"]');
  const editor = row.getByTestId('note-editor');
  await editor.fill('Новый текст после копии');
  await expect(row.getByTestId('note-state')).toHaveText('Сохранено');

  await page.getByTestId('backup-import').setInputFiles(backupPath);
  await expect(page.getByTestId('backup-preview')).toContainText('notes: 1');
  await page.getByTestId('backup-replace').check();
  await page.getByTestId('backup-restore').click();
  const summary = page.getByTestId('backup-replace-summary');
  await expect(summary).toContainText('заметок — 1');
  await expect(summary).toContainText('привязок чатов к требованиям — 0');
  await expect(summary).toContainText('отметок ссылок — 0');
  await expect(summary).toContainText('Вернуть как было');
  await page.getByTestId('backup-replace-confirm').click();
  await expect(page.getByText(/Восстановлено/)).toBeVisible();

  await maxPage.reload();
  await expect(
    maxPage.locator('[data-requirement-id="curator-parents/ИСП-22"] [data-testid="note-editor"]'),
  ).toHaveValue(/Чат родителей создаст куратор/);

  // The safety copy survives closing the options page.
  await page.close();
  const again = await options(context, extensionId);
  await expect(again.getByTestId('backup-undo-info')).toContainText('заметок — 1');
  await again.getByTestId('backup-undo').click();
  await expect(again.getByText('Данные возвращены такими, какими были до восстановления.')).toBeVisible();
  await expect(again.getByTestId('backup-undo')).toHaveCount(0);

  await maxPage.reload();
  await expect(
    maxPage.locator('[data-requirement-id="curator-parents/ИСП-22"] [data-testid="note-editor"]'),
  ).toHaveValue('Новый текст после копии');
  expect(offsiteRequests).toEqual([]);
});
