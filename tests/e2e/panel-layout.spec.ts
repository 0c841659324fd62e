/**
 * Beside MAX, not over it: open on a wide window, the panel takes its width from MAX web's layout, so nothing of
 * MAX's conversation lies under it; closed, MAX has its full width back; the panel's edge drags, and is remembered.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

type Box = { x: number; y: number; width: number; height: number };
const intersects = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

async function boxes(locator: Locator): Promise<Box[]> {
  const out: Box[] = [];
  for (const element of await locator.all()) {
    const box = await element.boundingBox();
    if (box && box.width > 0 && box.height > 0) out.push(box);
  }
  return out;
}

const appWidth = (page: Page) => page.locator('#app').evaluate((app) => app.getBoundingClientRect().width);

test('open, no message bubble, chat header or composer lies under the panel; closed, MAX has its width back', async ({
  maxPage,
}) => {
  const viewport = maxPage.viewportSize()?.width ?? 0;
  await maxPage.locator('.item h3.title .text').first().click();
  await expect(maxPage.locator('.message').first()).toBeVisible();
  const panel = await maxPage.getByTestId('sverka-sidebar').boundingBox();
  if (!panel) throw new Error('the panel is not on screen');
  const maxParts = [
    ...(await boxes(maxPage.locator('.message'))),
    ...(await boxes(maxPage.locator('header.header'))),
    ...(await boxes(maxPage.locator('[contenteditable], button[aria-label="Отправить сообщение"]'))),
  ];
  expect(maxParts.length).toBeGreaterThan(3);
  expect(maxParts.filter((box) => intersects(box, panel))).toEqual([]);
  expect(await appWidth(maxPage)).toBeCloseTo(viewport - panel.width, 0);

  await maxPage.getByTestId('sverka-toggle').click();
  await expect(maxPage.getByTestId('sverka-sidebar')).toHaveCount(0);
  expect(await appWidth(maxPage)).toBe(viewport);
});

test('the panel’s edge drags between 320 and 560 px, MAX follows, and the width is remembered', async ({ maxPage }) => {
  const viewport = maxPage.viewportSize()?.width ?? 0;
  const edge = maxPage.getByTestId('sidebar-resize');
  const box = await edge.boundingBox();
  if (!box) throw new Error('no resize edge');
  await maxPage.mouse.move(box.x + box.width / 2, box.y + 200);
  await maxPage.mouse.down();
  await maxPage.mouse.move(viewport - 480, box.y + 200, { steps: 5 });
  await maxPage.mouse.up();
  await expect.poll(async () => (await maxPage.getByTestId('sverka-sidebar').boundingBox())?.width).toBe(480);
  expect(await appWidth(maxPage)).toBe(viewport - 480);
  await expect(edge).toHaveAttribute('aria-valuenow', '480');
  // Far past the limit: held at 560.
  await edge.focus();
  for (let i = 0; i < 10; i++) await maxPage.keyboard.press('ArrowLeft');
  await expect(edge).toHaveAttribute('aria-valuenow', '560');

  await maxPage.reload();
  await expect(maxPage.getByTestId('sidebar-resize')).toHaveAttribute('aria-valuenow', '560');
  expect(await appWidth(maxPage)).toBe(viewport - 560);
});

test('below 1,100 px of window the panel overlays MAX, with an obvious close', async ({ maxPage }) => {
  await maxPage.setViewportSize({ width: 1000, height: 800 });
  await expect(maxPage.getByTestId('sverka-sidebar')).toBeVisible();
  expect(await appWidth(maxPage)).toBe(1000);
  await maxPage.getByTestId('sverka-sidebar').getByRole('button', { name: 'Закрыть' }).click();
  await expect(maxPage.getByTestId('sverka-sidebar')).toHaveCount(0);
});
