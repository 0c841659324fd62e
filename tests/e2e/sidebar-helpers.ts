/** What several E2E specs do in the sidebar: find a requirement row, read the status line, enter roles by hand. */
import { expect, type Page } from '@playwright/test';

export const requirement = (page: Page, id: string) =>
  page.locator(`[data-testid="requirement"][data-requirement-id="${id}"]`);

export const status = (page: Page) => page.getByTestId('sverka-status');

/**
 * Fills the sidebar's first-run form by hand: one row (fieldset) per role, each filled within its own row (only a
 * teacher's row has a discipline field, so fields are not counted across rows).
 */
export async function enterRoles(page: Page, roles: Array<{ role: string; group: string; discipline?: string }>) {
  const card = page.getByTestId('setup-card');
  await expect(card).toBeVisible();
  if (await card.getByTestId('assignment-confirm').count()) await card.getByText('Указать роли вручную').click();
  for (const [index, role] of roles.entries()) {
    if (index > 0) await card.getByTestId('assignment-add').click();
    const row = card.locator('fieldset.assignment__row').nth(index);
    await row.getByTestId('assignment-role').selectOption(role.role);
    await row.getByTestId('assignment-group').fill(role.group);
    if (role.discipline) await row.getByTestId('assignment-discipline').fill(role.discipline);
  }
  await card.getByTestId('assignment-save').click();
  await expect(card).toHaveCount(0);
}
