/**
 * The organization's picture (issue #17), end to end in Chromium: the administrator builds the profile and downloads
 * it for staff; two members of staff, each in a browser profile of their own with their own MAX chats, import it,
 * confirm who they are and send the administrator their summary («Сводка для администратора» in the sidebar); the
 * administrator imports both and an older one, and sees per person the counts their sidebars showed, who sent
 * nothing, the coverage, then prints the page.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from '@playwright/test';
import { FakeMaxServer, type MaxFixture } from '../standin/fake-max-server.mjs';
import { expect, isMaxUrl, launchWithExtension, loadDemoCollege, test } from './fixtures';

const PROFILE = join(process.cwd(), 'tests/fixtures/demo-college-profile.json');
const dir = mkdtempSync(join(tmpdir(), 'sverka-org-'));

async function download(page: Page, click: () => Promise<void>): Promise<{ name: string; path: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = join(dir, `${Date.now()}-${file.suggestedFilename()}`);
  await file.saveAs(path);
  return { name: file.suggestedFilename(), path };
}

async function extensionIdOf(context: BrowserContext): Promise<string> {
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker', { timeout: 15_000 });
  return new URL(worker.url()).host;
}

/** Ветрова Ирина Сергеевна (curator of ТМ-31 in the profile): her own account, three chats, the list complete. */
function vetrovaFixture(): MaxFixture {
  const college = loadDemoCollege() as MaxFixture & {
    me: { id: number; names: Array<Record<string, unknown>> };
    chats: Array<{ id: number }>;
  };
  const keep = new Set([-70000000301, -70000000901, -70000000902]);
  return {
    ...college,
    me: {
      ...college.me,
      id: 1000111,
      names: [{ name: 'Ирина Ветрова', firstName: 'Ирина', lastName: 'Ветрова', type: 'ONEME' }],
    },
    chats: college.chats.filter((chat) => keep.has(chat.id)),
  } as MaxFixture;
}

/**
 * A member of staff in a browser profile of their own: the stand-in MAX with their chats, the administrator's profile
 * file imported on the options page, and the person the sidebar proposes confirmed.
 */
async function staffMember(fixture: MaxFixture, profileFile: string, name: string) {
  const context = await launchWithExtension();
  const offsite: string[] = [];
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (isMaxUrl(url) || /^(chrome-extension|data|blob|about):/.test(url)) await route.fallback();
    else {
      offsite.push(url);
      await route.abort('blockedbyclient');
    }
  });
  const server = new FakeMaxServer(fixture);
  await server.attach(context);
  const id = await extensionIdOf(context);
  const options = await context.newPage();
  await options.goto(`chrome-extension://${id}/options.html`);
  await options.getByTestId('profile-import').setInputFiles(profileFile);
  await options.getByTestId('profile-apply').click();
  await expect(options.getByTestId('profile-current')).toContainText('Можайский техникум');
  await options.close();
  const page = await context.newPage();
  await page.goto('https://web.max.ru/');
  await server.waitForLogin(1);
  await expect(page.getByTestId('setup-card')).toContainText(name);
  await page.getByTestId('assignment-confirm').click();
  await expect(page.getByTestId('setup-card')).toHaveCount(0);
  return { context, page, offsite };
}

/** The statuses the sidebar shows, counted as the organization page counts them. */
async function sidebarCounts(page: Page) {
  const statuses = await page
    .getByTestId('requirement')
    .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-status')));
  const count = (status: string) => String(statuses.filter((s) => s === status).length);
  return {
    ok: count('ok'),
    missing: count('missing'),
    incomplete: count('incomplete'),
    unknown: count('unknown'),
    total: statuses.length,
  };
}

const person = (page: Page, name: string) => page.locator(`[data-testid="org-person"][data-person="${name}"]`);

test('two members of staff send summaries; the administrator sees each, who sent nothing, the coverage, and prints', async ({
  context,
  extensionId,
  maxServer,
}) => {
  test.setTimeout(240_000);
  void maxServer;
  // The administrator: the demo college's profile (4 people), downloaded for staff.
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByTestId('profile-import').setInputFiles(PROFILE);
  await options.getByTestId('profile-apply').click();
  await expect(options.getByTestId('profile-current')).toContainText('Можайский техникум');
  const profile = await download(options, () => options.getByTestId('profile-export').click());
  expect(profile.name).toMatch(/^sverka-профиль-\d{4}-\d{2}-\d{2}\.json$/);

  // Иванова: the demo college's account. A first summary while only part of her chat list is known…
  const ivanova = await staffMember(loadDemoCollege(), profile.path, 'Иванова Мария Петровна');
  await expect(ivanova.page.getByTestId('requirement')).toHaveCount(10);
  const older = await download(ivanova.page, () => ivanova.page.getByTestId('summary-export').click());
  expect(older.name).toMatch(/^sverka-сводка-Иванова-М-П-\d{4}-\d{2}-\d{2}\.json$/);
  await expect(ivanova.page.getByTestId('summary-export-result')).toContainText(older.name);
  // …and the newer one once the whole list is loaded.
  await ivanova.page.getByTestId('sverka-load-all').click();
  await expect(ivanova.page.getByTestId('sverka-status')).toContainText('весь список', { timeout: 60_000 });
  const ivanovaCounts = await sidebarCounts(ivanova.page);
  const newer = await download(ivanova.page, () => ivanova.page.getByTestId('summary-export').click());
  const newerSummary = JSON.parse(readFileSync(newer.path, 'utf8'));
  expect(newerSummary).toMatchObject({
    format: 'sverka-summary',
    version: 1,
    person: { name: 'Иванова Мария Петровна', maxUserId: '1000001' },
    listComplete: true,
  });
  expect(newerSummary.createdAt).toBeGreaterThan(JSON.parse(readFileSync(older.path, 'utf8')).createdAt);
  // Nothing of the messages or the phone gets into the file.
  const newerText = readFileSync(newer.path, 'utf8');
  expect(newerText).not.toContain('79161234567');
  expect(newerText).not.toContain('журнал ТМ-31 заполнен');

  // Ветрова: another browser, other chats.
  const vetrova = await staffMember(vetrovaFixture(), profile.path, 'Ветрова Ирина Сергеевна');
  await expect(vetrova.page.getByTestId('requirement')).toHaveCount(3);
  await expect(vetrova.page.getByTestId('sverka-status')).toContainText('весь список');
  const vetrovaCounts = await sidebarCounts(vetrova.page);
  const hers = await download(vetrova.page, () => vetrova.page.getByTestId('summary-export').click());
  expect(hers.name).toMatch(/^sverka-сводка-Ветрова-И-С-/);
  expect([...ivanova.offsite, ...vetrova.offsite]).toEqual([]);
  await ivanova.context.close();
  await vetrova.context.close();

  // The administrator gathers them: both, and Иванова's older one, in one go.
  const org = await context.newPage();
  await org.goto(`chrome-extension://${extensionId}/organization.html`);
  await expect(org.getByTestId('org-people')).toContainText('Пока нет ни одной сводки');
  await org.getByTestId('org-import').setInputFiles([newer.path, hers.path, older.path]);
  await expect(org.getByTestId('org-import-result')).toHaveText('Принято: 3; отклонено: 0.');
  await expect(org.getByTestId('org-person')).toHaveCount(2);
  for (const [name, counts] of [
    ['Иванова Мария Петровна', ivanovaCounts],
    ['Ветрова Ирина Сергеевна', vetrovaCounts],
  ] as const) {
    const row = person(org, name);
    await expect(row).toHaveAttribute('data-ok', counts.ok);
    await expect(row).toHaveAttribute('data-missing', counts.missing);
    await expect(row).toHaveAttribute('data-incomplete', counts.incomplete);
    await expect(row).toHaveAttribute('data-unknown', counts.unknown);
    await expect(row).toHaveAttribute('data-age-days', '0');
  }
  // Ветрова: the teachers' chat she owns is there; the students' and parents' chats of ТМ-31 are not.
  expect(vetrovaCounts).toMatchObject({ ok: '1', missing: '2' });
  // The evidence to spot-check: the chat's title and members as her MAX web showed them.
  await person(org, 'Ветрова Ирина Сергеевна').locator('summary').click();
  await expect(person(org, 'Ветрова Ирина Сергеевна')).toContainText('«ТМ-31 — преподаватели», 9 участников');

  const notSent = await org.getByTestId('org-not-sent').evaluateAll((items) => items.map((i) => i.dataset.person));
  expect(notSent).toEqual(['Громов Сергей Иванович', 'Гусева Наталья Викторовна']);

  const ok = Number(ivanovaCounts.ok) + Number(vetrovaCounts.ok);
  const total = ivanovaCounts.total + vetrovaCounts.total;
  const overall = org.getByTestId('org-coverage');
  await expect(overall).toHaveAttribute('data-percent', String(Math.round((ok * 100) / total)));
  // ТМ-31 whole: Ветрова's three curator's chats and Иванова's Математика chat there.
  const tm31 = [...newerSummary.requirements, ...JSON.parse(readFileSync(hers.path, 'utf8')).requirements].filter(
    (r: { group?: string }) => r.group === 'ТМ-31',
  );
  expect(tm31).toHaveLength(4);
  const tm31Ok = tm31.filter((r: { status: string }) => r.status === 'ok').length;
  await expect(org.locator('[data-testid="org-group-coverage"][data-group="ТМ-31"]')).toHaveAttribute(
    'data-percent',
    String(Math.round((tm31Ok * 100) / 4)),
  );
  // A group's table waits until it is opened: by keyboard, its line is a button.
  const tm31Group = org.locator('[data-testid="org-group"][data-group="ТМ-31"]');
  await expect(tm31Group.getByTestId('org-group-table')).toHaveCount(0);
  await tm31Group.getByTestId('org-group-toggle').focus();
  await org.keyboard.press('Enter');
  await expect(tm31Group.getByTestId('org-group-toggle')).toHaveAttribute('aria-expanded', 'true');
  await expect(tm31Group.getByTestId('org-group-table')).toContainText('Иванова Мария Петровна');
  await expect(tm31Group.getByTestId('org-group-table').locator('tbody tr')).toHaveCount(4);
  // Coverage over time: the older summary is history, two dates at most (both made today).
  await expect(org.getByTestId('org-history')).toBeVisible();

  // The older summary again: refused with the reason, nothing changes.
  await org.getByTestId('org-import').setInputFiles([older.path]);
  await expect(org.getByTestId('org-refused')).toContainText('уже есть сводка «Иванова Мария Петровна»');
  await expect(org.getByTestId('org-person')).toHaveCount(2);
  await expect(person(org, 'Иванова Мария Петровна')).toHaveAttribute('data-ok', ivanovaCounts.ok);

  // Keyboard and screen reader users get the page whole: no serious or critical axe violations.
  const { violations } = await new AxeBuilder({ page: org }).analyze();
  expect(
    violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`),
  ).toEqual([]);

  // The «устарела» threshold set here comes back on the next visit.
  await org.getByTestId('org-max-age').fill('30');
  await org.getByTestId('org-max-age').press('Enter');
  await org.getByTestId('org-max-age').blur();
  // (The page saves it in the background: reloaded until the save has landed.)
  await expect
    .poll(async () => {
      await org.reload();
      return org.getByTestId('org-max-age').inputValue();
    })
    .toBe('30');
  await expect(org.getByTestId('org-person')).toHaveCount(2);

  // For the director: on paper, without the buttons, every group whole though none is open on screen. Each group's
  // table, row for row, as the page holds it at the moment of printing (read before the page puts it away again).
  const groupsWhole = await org
    .getByTestId('org-group')
    .evaluateAll((groups) =>
      groups.map((g) => [g.getAttribute('data-group'), g.querySelector('[data-total]')?.getAttribute('data-total')]),
    );
  expect(groupsWhole.length).toBeGreaterThan(1);
  await expect(org.getByTestId('org-group-table')).toHaveCount(0);
  await org.evaluate(() => {
    const read = () =>
      [...document.querySelectorAll('[data-testid="org-group-table"]')].map((table) => [
        table.getAttribute('data-group'),
        String(table.querySelectorAll('tbody tr').length),
      ]);
    const printed = window as unknown as { printedTables?: unknown; printedByButton?: unknown };
    // What the browser lays out for print: the page as every beforeprint listener (the page's own came first) and
    // what they queued to run at once left it; work put off any later would land after printing.
    window.addEventListener('beforeprint', () => queueMicrotask(() => (printed.printedTables = read())));
    // «Печать» calls print once every table is there; here print only notes what is on the page.
    window.print = () => (printed.printedByButton = read());
  });
  await org.getByTestId('org-print').click();
  await expect
    .poll(() => org.evaluate(() => (window as { printedByButton?: unknown }).printedByButton))
    .toEqual(groupsWhole);
  await org.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await expect(org.getByTestId('org-group-table')).toHaveCount(0);
  await org.emulateMedia({ media: 'print' });
  await expect(org.getByTestId('org-print')).toBeHidden();
  await expect(org.getByTestId('org-import')).toBeHidden();
  await expect(org.locator('[data-testid="org-group-coverage"][data-group="ТМ-31"]')).toBeVisible();
  const pdf = await org.pdf({ format: 'A4', printBackground: true });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  // The browser's own printing (here the PDF) had every group's table on the page.
  expect(await org.evaluate(() => (window as { printedTables?: unknown }).printedTables)).toEqual(groupsWhole);
  await org.emulateMedia({ media: 'screen' });
  await expect(org.getByTestId('org-group-table')).toHaveCount(0);
  const csv = await download(org, () => org.getByTestId('org-export-csv').click());
  const csvText = readFileSync(csv.path, 'utf8');
  expect(csvText).toContain('Ветрова Ирина Сергеевна');
  expect(csvText).toContain('Гусева Наталья Викторовна');
});

test('IT can preinstall the profile by policy: the manifest names the managed storage schema, which describes it', () => {
  const built = join(process.cwd(), '.output/chrome-mv3');
  const manifest = JSON.parse(readFileSync(join(built, 'manifest.json'), 'utf8'));
  expect(manifest.storage).toEqual({ managed_schema: 'managed-schema.json' });
  const schema = JSON.parse(readFileSync(join(built, manifest.storage.managed_schema), 'utf8'));
  expect(Object.keys(schema.properties)).toEqual(['profile']);
  expect(Object.keys(schema.properties.profile.properties)).toEqual(
    expect.arrayContaining(['organization', 'rules', 'groups', 'people']),
  );
});
