/**
 * Reminders from the background: with a stored snapshot missing a discipline chat, the alarm
 * brings a notification and a badge count; once the chat exists on MAX, both go away.
 */
import type { Page, Worker } from '@playwright/test';
import { expect, test } from './fixtures';

async function serviceWorker(context: import('@playwright/test').BrowserContext): Promise<Worker> {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
}

/** The service worker's `chrome`, as much of it as these checks use (the test runs in Node, not the extension). */
type ChromeInWorker = {
  action: { getBadgeText(details: object): Promise<string> };
  notifications: { getAll(): Promise<Record<string, boolean>> };
  alarms: {
    create(name: string, info: { when: number }): Promise<void>;
    get(name: string): Promise<{ scheduledTime: number } | undefined>;
  };
};
declare const chrome: ChromeInWorker;

/** A teacher of Математика in ТМ-31 (no such chat in the demo college), with the whole chat list loaded. */
async function teacherOfTm31WithTheWholeList(maxPage: Page) {
  const card = maxPage.getByTestId('setup-card');
  await card.getByTestId('assignment-role').selectOption('teacher');
  await card.getByTestId('assignment-group').fill('ТМ-31');
  await card.getByTestId('assignment-discipline').fill('Математика');
  await card.getByTestId('assignment-save').click();
  await maxPage.getByTestId('sverka-load-all').click();
  await expect(maxPage.getByTestId('sverka-status')).toContainText('весь список', { timeout: 30_000 });
}

const badgeText = (sw: Worker) => sw.evaluate(() => chrome.action.getBadgeText({}));
const notifications = (sw: Worker) => sw.evaluate(() => chrome.notifications.getAll().then((all) => Object.keys(all)));

test('the alarm reminds of a missing discipline chat; creating the chat clears the badge and the notification', async ({
  context,
  maxPage,
  maxServer,
}) => {
  await teacherOfTm31WithTheWholeList(maxPage);
  const requirement = maxPage.locator('[data-requirement-id="teacher-discipline/ТМ-31/Математика"]');
  await expect(requirement).toHaveAttribute('data-status', 'missing');

  const sw = await serviceWorker(context);
  // The snapshot reaches the background within its write interval; the badge follows it.
  await expect.poll(() => badgeText(sw), { timeout: 15_000 }).toBe('1');

  // Unpacked extensions may set alarms this close; the reminder's own alarm name fires the check.
  await sw.evaluate(() => chrome.alarms.create('sverka-reminder', { when: Date.now() + 300 }));
  await expect.poll(() => notifications(sw), { timeout: 15_000 }).toContain('sverka-missing');
  // The next slot is scheduled again after the check.
  expect(
    await sw.evaluate(() => chrome.alarms.get('sverka-reminder').then((a) => a?.scheduledTime ?? 0)),
  ).toBeGreaterThan(Date.now());

  maxServer.createChat({ type: 'CHAT', title: 'ТМ-31 — Математика' });
  await expect(requirement).toHaveAttribute('data-status', /ok|incomplete/);
  await expect.poll(() => badgeText(sw), { timeout: 15_000 }).toBe('');
  await expect.poll(() => notifications(sw), { timeout: 15_000 }).not.toContain('sverka-missing');
});

test('the schedule set on the options page moves the alarm; turned off, there is none', async ({
  context,
  extensionId,
}) => {
  const sw = await serviceWorker(context);
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const form = options.getByTestId('reminder-schedule');
  await expect(form.getByTestId('reminders-day-1')).toBeChecked();
  await expect(form.getByTestId('reminders-day-6')).not.toBeChecked();

  await form.getByTestId('reminders-day-6').check();
  await form.getByTestId('reminders-time').fill('18:30');
  await form.getByTestId('reminders-save').click();
  await expect(form).toContainText('следующее напоминание');
  // In the background's own time zone: the user's local time.
  const at = await sw.evaluate(() =>
    chrome.alarms.get('sverka-reminder').then((a) => {
      const local = new Date(a?.scheduledTime ?? 0);
      return [local.getHours(), local.getMinutes()];
    }),
  );
  expect(at).toEqual([18, 30]);

  await form.getByTestId('reminders-enabled').uncheck();
  await form.getByTestId('reminders-save').click();
  await expect(form).toContainText('напоминания выключены');
  expect(await sw.evaluate(() => chrome.alarms.get('sverka-reminder').then((a) => a ?? null))).toBeNull();
});

test('a reminder’s link opens the sidebar on the missing row; a snoozed requirement leaves the badge', async ({
  context,
  maxPage,
}) => {
  await teacherOfTm31WithTheWholeList(maxPage);
  await maxPage.getByTestId('sverka-toggle').click(); // closed, as a user may have left it
  const sw = await serviceWorker(context);
  await expect.poll(() => badgeText(sw), { timeout: 15_000 }).toBe('1');

  // What a click on the notification opens when no MAX tab is open.
  const opened = await context.newPage();
  await opened.goto('https://web.max.ru/#sverka=missing');
  const row = opened.locator('[data-requirement-id="teacher-discipline/ТМ-31/Математика"]');
  await expect(row).toBeFocused();

  await row.getByTestId('snooze-choice').selectOption('1w');
  await row.getByTestId('snooze-apply').click();
  await expect(row.getByTestId('snoozed')).toBeVisible();
  await expect.poll(() => badgeText(sw), { timeout: 15_000 }).toBe('');
});
