// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { orgText } from '@/utils/i18n/organization-messages';
import { createTranslator } from '@/utils/i18n/translator';
import { DAY, ORGANIZATION, recordOf } from '@/utils/organization/summary.testing';
import { DEFAULT_PROFILE } from '@/utils/profile/default-profile';
import { OrganizationApp, type OrganizationData, type OrganizationPageActions } from './OrganizationApp';

const t = createTranslator('ru');
const o = orgText('ru');
const NOW = new Date(2026, 11, 2, 12).getTime();
const profile = {
  ...DEFAULT_PROFILE,
  organization: { name: ORGANIZATION },
  people: [
    { name: 'Иванова Мария Петровна', roles: [{ role: 'curator' as const, group: 'ИСП-21' }] },
    { name: 'Сидорова Анна Сергеевна', roles: [{ role: 'curator' as const, group: 'ИСП-23' }] },
  ],
};

function actions(data: OrganizationData, overrides: Partial<OrganizationPageActions> = {}): OrganizationPageActions {
  return {
    load: vi.fn(async () => data),
    importFiles: vi.fn(async () => []),
    now: () => NOW,
    print: vi.fn(),
    downloadCsv: vi.fn(),
    downloadJson: vi.fn(),
    optionsUrl: 'options.html',
    ...overrides,
  };
}

describe('the organization page', () => {
  afterEach(cleanup);

  it('shows each person’s counts and age, who sent nothing and the coverage; flags an old summary', async () => {
    const summaries = [
      recordOf({
        name: 'Иванова Мария Петровна',
        group: 'ИСП-21',
        statuses: ['ok', 'missing', 'incomplete', 'unknown'],
        createdAt: NOW - 20 * DAY,
      }),
    ];
    render(<OrganizationApp t={t} o={o} actions={actions({ profile, summaries })} />);
    const person = await screen.findByTestId('org-person');
    expect(person.dataset).toMatchObject({
      person: 'Иванова Мария Петровна',
      ok: '1',
      missing: '1',
      incomplete: '1',
      unknown: '1',
      ageDays: '20',
      stale: 'true',
    });
    expect(person.textContent).toContain('устарела');
    expect(screen.getByTestId('org-not-sent').dataset.person).toBe('Сидорова Анна Сергеевна');
    const coverage = screen.getByTestId('org-coverage');
    expect(coverage.dataset.percent).toBe('25');
    // The administrator sets another age: the flag follows.
    fireEvent.change(screen.getByTestId('org-max-age'), { target: { value: '30' } });
    await waitFor(() => expect(screen.getByTestId('org-person').dataset.stale).toBe('false'));
  });

  it('lists refused files with their reason and says plainly when there is nothing yet', async () => {
    const importFiles = vi.fn(async () => [
      { file: 'a.json', ok: true as const, person: 'Иванова Мария Петровна', createdAt: NOW },
      { file: 'b.json', ok: false as const, refusal: { kind: 'organization' as const, organization: 'Школа № 5' } },
    ]);
    render(<OrganizationApp t={t} o={o} actions={actions({ profile, summaries: [] }, { importFiles })} />);
    expect((await screen.findByTestId('org-people')).textContent).toContain('Пока нет ни одной сводки');
    const input = screen.getByTestId('org-import') as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [new File(['{}'], 'a.json'), new File(['{}'], 'b.json')] });
    fireEvent.change(input);
    const refused = await screen.findByTestId('org-refused');
    expect(refused.textContent).toBe('b.json: сводка другой организации: «Школа № 5»');
    expect(screen.getByTestId('org-import-result').textContent).toBe('Принято: 1; отклонено: 1.');
    expect(importFiles).toHaveBeenCalledTimes(1);
  });
});
