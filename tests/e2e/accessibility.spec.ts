/**
 * The sidebar, the options page and the report: no serious or critical axe violations, keyboard-complete,
 * and the sidebar follows MAX web's light or dark theme live.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

async function seriousViolations(page: Page, include?: string) {
  const builder = new AxeBuilder({ page });
  if (include) builder.include(include);
  const { violations } = await builder.analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('the sidebar’s tabs have no serious or critical axe violations', async ({ maxPage }) => {
  await expect(maxPage.getByTestId('setup-card')).toBeVisible();
  expect(await seriousViolations(maxPage, 'sverka-ui')).toEqual([]);

  const card = maxPage.getByTestId('setup-card');
  await card.getByTestId('assignment-group').fill('ИСП-22');
  await card.getByTestId('assignment-save').click();
  await expect(maxPage.getByTestId('requirement').first()).toBeVisible();
  expect(await seriousViolations(maxPage, 'sverka-ui')).toEqual([]);

  for (const tab of ['links', 'notes']) {
    await maxPage.getByTestId(`sverka-tab-${tab}`).click();
    expect(await seriousViolations(maxPage, 'sverka-ui'), tab).toEqual([]);
  }
});

test('the options page has no serious or critical axe violations', async ({ context, extensionId }) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(options.getByTestId('profile-import')).toBeVisible();
  expect(await seriousViolations(options)).toEqual([]);
});

test('the report page and a snooze by date have no serious or critical axe violations', async ({
  context,
  extensionId,
  maxPage,
}) => {
  // A role, so the report has requirements, and the snooze form open on «с даты…» (its date field is labelled).
  const card = maxPage.getByTestId('setup-card');
  await card.getByTestId('assignment-group').fill('ИСП-22');
  await card.getByTestId('assignment-save').click();
  const row = maxPage.getByTestId('requirement').first();
  await expect(row).toBeVisible();
  await row.getByTestId('snooze-choice').selectOption('date');
  await expect(row.getByTestId('snooze-date')).toHaveAccessibleName('Напомнить с даты');
  expect(await seriousViolations(maxPage, 'sverka-ui')).toEqual([]);

  const report = await context.newPage();
  await report.goto(`chrome-extension://${extensionId}/report.html`);
  await expect(report.getByTestId('report')).toBeVisible();
  expect(await seriousViolations(report)).toEqual([]);
});

test('the keyboard reaches everything: the shortcut opens, Tab moves through, arrows switch tabs, Escape closes', async ({
  maxPage,
}) => {
  await maxPage.getByTestId('sverka-toggle').click();
  await expect(maxPage.getByTestId('sverka-sidebar')).toHaveCount(0);
  await maxPage.keyboard.press('Alt+Shift+S');
  await expect(maxPage.getByTestId('sverka-sidebar')).toBeVisible();

  await maxPage.getByTestId('sverka-tab-audit').focus();
  await maxPage.keyboard.press('ArrowRight');
  await expect(maxPage.getByTestId('sverka-tab-links')).toHaveAttribute('aria-selected', 'true');
  await maxPage.keyboard.press('ArrowRight');
  await expect(maxPage.getByTestId('sverka-tab-notes')).toHaveAttribute('aria-selected', 'true');

  await maxPage.getByTestId('sverka-tab-notes').focus();
  await maxPage.keyboard.press('Tab');
  const focused = await maxPage.evaluate(() => document.activeElement?.tagName.toLowerCase());
  expect(focused).toBe('sverka-ui'); // focus went into the sidebar's own controls
  await maxPage.keyboard.press('Escape');
  await expect(maxPage.getByTestId('sverka-sidebar')).toHaveCount(0);
});

test('the sidebar follows MAX web’s theme as it switches', async ({ maxPage }) => {
  const background = () => maxPage.getByTestId('sverka-sidebar').evaluate((el) => getComputedStyle(el).backgroundColor);
  await maxPage.evaluate(() =>
    (window as unknown as { __standin: { setTheme(t: string): void } }).__standin.setTheme('light'),
  );
  await expect.poll(background).toBe('rgb(255, 255, 255)');
  await maxPage.evaluate(() =>
    (window as unknown as { __standin: { setTheme(t: string): void } }).__standin.setTheme('dark'),
  );
  await expect.poll(background).toBe('rgb(30, 34, 39)');
});

test('the sidebar’s text is set in the system sans-serif, in the theme’s colour, not the browser’s defaults', async ({
  maxPage,
}) => {
  const heading = maxPage.getByTestId('sverka-sidebar').getByRole('heading', { level: 1 });
  const text = () =>
    heading.evaluate((el) => ({ font: getComputedStyle(el).fontFamily, color: getComputedStyle(el).color }));
  await maxPage.evaluate(() =>
    (window as unknown as { __standin: { setTheme(t: string): void } }).__standin.setTheme('dark'),
  );
  // The shadow root's reset (`all: initial` on the host) would leave Times and black text on the dark background.
  await expect.poll(async () => (await text()).font).toMatch(/^system-ui/);
  await expect.poll(async () => (await text()).color).toBe('rgb(232, 234, 237)');
  // Links too: the browser's own dark blue would be unreadable there.
  const links = maxPage.getByTestId('sverka-sidebar').locator('a[href]');
  expect(await links.count()).toBeGreaterThan(0);
  for (const color of await links.evaluateAll((all) => all.map((a) => getComputedStyle(a).color)))
    expect(color).toBe('rgb(77, 163, 255)');
});
