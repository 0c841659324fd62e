/**
 * Daily use on the demo college: the rows needing action come first within a group, «Только проблемы» hides the
 * fine ones and is remembered, the toggle tab counts what needs action, an «неизвестно» row offers «Загрузить все
 * чаты» (only a «нет чата» row offers a title to create), MAX's chat list tells a fine chat from an incomplete one,
 * and a link decided «annulled» leaves the list to annul, with undo.
 */
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { enterRoles, requirement, status } from './sidebar-helpers';

/**
 * The demo college's own profile (tests/fixtures/demo-college-profile.json, applied in the options page as in
 * options.spec.ts): it gives the groups' sizes (25), without which «12 of 25» cannot be told. After a reload the
 * sidebar proposes Иванова; the roles are entered by hand.
 */
async function applyDemoProfile(page: Page, context: BrowserContext, extensionId: string) {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options
    .getByTestId('profile-import')
    .setInputFiles(join(process.cwd(), 'tests/fixtures/demo-college-profile.json'));
  await options.getByTestId('profile-apply').click();
  await expect(options.getByTestId('profile-current')).toContainText('Можайский техникум');
  await options.close();
  await page.reload();
  await expect(page.getByTestId('setup-card')).toContainText('Иванова Мария Петровна');
}

/** Curator of ИСП-22 and its teacher of Математика: students' and teachers' chats fine, «Матем. ИСП-22» 12 of 25. */
const ISP22 = [
  { role: 'curator', group: 'ИСП-22' },
  { role: 'teacher', group: 'ИСП-22', discipline: 'Математика' },
];
const MATH = 'teacher-discipline/ИСП-22/Математика';

/** The service worker's `chrome.storage.local`, as much of it as this check uses (the test runs in Node). */
declare const chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } };
const PARENTS = 'curator-parents/ИСП-22';

async function rowsInOrder(page: Page): Promise<Array<[string | null, string | null]>> {
  return page
    .getByTestId('requirement')
    .evaluateAll((rows) =>
      rows.map((row) => [row.getAttribute('data-requirement-id'), row.getAttribute('data-status')] as const),
    ) as Promise<Array<[string | null, string | null]>>;
}

test('problems first; «Загрузить все чаты» from an «неизвестно» row; the toggle counts what needs action', async ({
  maxPage,
  context,
  extensionId,
}) => {
  await applyDemoProfile(maxPage, context, extensionId);
  await enterRoles(maxPage, ISP22);
  await expect(maxPage.getByTestId('requirement')).toHaveCount(4);
  // Only the first 55 chats are known: the parents' chat is «неизвестно», not «нет».
  await expect(requirement(maxPage, PARENTS)).toHaveAttribute('data-status', 'unknown');
  expect(await rowsInOrder(maxPage)).toEqual([
    [MATH, 'incomplete'],
    [PARENTS, 'unknown'],
    ['curator-students/ИСП-22', 'ok'],
    ['curator-teachers/ИСП-22', 'ok'],
  ]);
  await expect(maxPage.getByTestId('sverka-toggle')).toHaveAttribute('data-attention', '1');
  await expect(maxPage.getByTestId('audit-summary')).toHaveText('2 из 4 на месте · 1 неполный · 1 неизвестный');

  // «неполный» says why and what to do.
  await expect(requirement(maxPage, MATH).getByTestId('requirement-causes')).toHaveText(
    'В чате 12 из 25 — пригласите оставшихся',
  );
  // «неизвестно»: what is unknown, no title to create, and the way to find out.
  const parents = requirement(maxPage, PARENTS);
  await expect(parents).toContainText('Есть ли чат «ИСП-22 — родители», пока неизвестно.');
  await expect(parents.getByTestId('requirement-create')).toHaveCount(0);
  await expect(maxPage.getByTestId('requirement-create')).toHaveCount(0);
  await expect(maxPage.getByTestId('sverka-load-all')).toHaveCount(1);
  await parents.getByTestId('requirement-load-all').click();
  await expect(status(maxPage)).toContainText('весь список', { timeout: 30_000 });

  // The whole list: now certainly «нет чата», first in its group, with the title to create and whom to invite.
  await expect(requirement(maxPage, PARENTS)).toHaveAttribute('data-status', 'missing');
  expect(await rowsInOrder(maxPage)).toEqual([
    [PARENTS, 'missing'],
    [MATH, 'incomplete'],
    ['curator-students/ИСП-22', 'ok'],
    ['curator-teachers/ИСП-22', 'ok'],
  ]);
  const create = requirement(maxPage, PARENTS).getByTestId('requirement-create');
  await expect(create).toContainText('Создайте чат «ИСП-22 — родители»');
  await expect(create).toContainText('Пригласите: родители');
  await expect(maxPage.getByTestId('requirement-create')).toHaveCount(1);
  await expect(maxPage.getByTestId('audit-summary')).toHaveText('2 из 4 на месте · 1 нет · 1 неполный');
  await expect(maxPage.getByTestId('sverka-toggle')).toHaveAttribute('data-attention', '2');
  await expect(maxPage.getByTestId('sverka-toggle')).not.toContainText('✓');
});

test('«Только проблемы» hides the fine rows and is remembered after a reload', async ({
  maxPage,
  context,
  extensionId,
}) => {
  await applyDemoProfile(maxPage, context, extensionId);
  await enterRoles(maxPage, ISP22);
  await expect(maxPage.getByTestId('requirement')).toHaveCount(4);
  const toggle = maxPage.getByTestId('filter-problems');
  await expect(toggle).not.toBeChecked();
  await toggle.check();
  await expect(maxPage.locator('[data-testid="requirement"][data-status="ok"]')).toHaveCount(0);
  await expect(maxPage.getByTestId('requirement')).toHaveCount(2);
  await expect(maxPage.getByTestId('problems-hidden')).toHaveText('Скрыты 2 чата, которые на месте');
  // Stored by the extension (not by MAX's page) before the reload.
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  await expect
    .poll(() => worker.evaluate(() => chrome.storage.local.get('problemsOnly').then((items) => items.problemsOnly)))
    .toBe(true);

  await maxPage.reload();
  await expect(maxPage.getByTestId('filter-problems')).toBeChecked();
  await expect(requirement(maxPage, MATH)).toHaveAttribute('data-status', 'incomplete');
  await expect(maxPage.getByTestId('requirement')).toHaveCount(2);
  await expect(maxPage.locator('[data-testid="requirement"][data-status="ok"]')).toHaveCount(0);

  await maxPage.getByTestId('filter-problems').uncheck();
  await expect(maxPage.getByTestId('requirement')).toHaveCount(4);
});

test('MAX’s chat list tells a fine chat from an incomplete one, with the reason in the tooltip', async ({
  maxPage,
  context,
  extensionId,
}) => {
  await applyDemoProfile(maxPage, context, extensionId);
  await enterRoles(maxPage, ISP22);
  await expect(requirement(maxPage, MATH)).toHaveAttribute('data-status', 'incomplete');

  // «Группа ИСП 22 — студенты» is near the top of the list: fine.
  const students = maxPage.locator('.item').filter({ hasText: 'Группа ИСП 22 — студенты' });
  await expect(students).toHaveAttribute('data-sverka-chat-status', 'ok');
  await expect(students).toHaveAttribute('title', 'Сверка: ИСП-22 — обучающиеся');

  // «Матем. ИСП-22» is the 47th: MAX's list is virtualized, so scroll it into the DOM.
  const math = maxPage.locator('.item').filter({ hasText: 'Матем. ИСП-22' });
  const list = maxPage.locator('.scrollable.chats');
  for (let i = 0; i < 40 && (await math.count()) === 0; i++) {
    await list.evaluate((el) => {
      el.scrollTop += el.clientHeight / 2;
    });
    await maxPage.waitForTimeout(50);
  }
  const incomplete = maxPage.locator('.item[data-sverka-chat-status="incomplete"]');
  await expect(incomplete).toHaveCount(1);
  await expect(incomplete).toContainText('Матем. ИСП-22');
  await expect(incomplete).toHaveAttribute('data-sverka-chat', '-70000000204');
  await expect(incomplete).toHaveAttribute(
    'title',
    'Сверка: ИСП-22 — Математика — неполный: в чате 12 из 25 — пригласите оставшихся',
  );
  // Another icon than the fine chats' ✓.
  const icon = await math
    .locator('h3.title')
    .evaluate((title) => getComputedStyle(title, '::after').getPropertyValue('content'));
  expect(icon).toBe('"!"');
});

test('a link decided «annulled» leaves the list to annul, shows under «Отмечены», and comes back on undo', async ({
  maxPage,
  maxServer,
}) => {
  const url = maxServer.fixture.notable?.links.staleMath22 as string;
  expect(url).toMatch(/^https:\/\/max\.ru\/join\//);
  await maxPage.getByTestId('sverka-load-all').click();
  await expect(status(maxPage)).toContainText('весь список', { timeout: 30_000 });
  await maxPage.locator('.item').filter({ hasText: 'Группа ИСП 22 — студенты' }).first().locator('button.cell').click();
  await expect(maxPage.locator('.message').first()).toBeVisible();
  await maxPage.getByTestId('sverka-tab-links').click();

  const toAnnul = maxPage.getByTestId('links-to-annul');
  const item = toAnnul.locator(`[data-testid="annul-link"][data-url="${url}"]`);
  await expect(item).toBeVisible();
  await expect(item.getByTestId('invite-link-annulled')).toHaveText('Отметить: аннулирована');
  await expect(item.getByTestId('invite-link-keep')).toHaveText('Оставить');
  await item.getByTestId('invite-link-annulled').click();

  await expect(toAnnul.locator(`[data-url="${url}"]`)).toHaveCount(0);
  await expect(toAnnul).not.toContainText(url.replace('https://', ''));
  const decided = maxPage.getByTestId('links-decided').locator(`[data-testid="decided-link"][data-url="${url}"]`);
  await expect(decided).toHaveAttribute('data-decision', 'annulled');
  await expect(decided).toContainText('аннулирована');
  await expect(maxPage.locator(`[data-testid="invite-link"][data-url="${url}"]`)).toHaveAttribute(
    'data-decision',
    'annulled',
  );

  await decided.getByTestId('invite-link-undo-decision').click();
  await expect(toAnnul.locator(`[data-testid="annul-link"][data-url="${url}"]`)).toBeVisible();
  await expect(maxPage.locator(`[data-testid="decided-link"][data-url="${url}"]`)).toHaveCount(0);
});
