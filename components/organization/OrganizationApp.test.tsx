// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { orgText } from '@/utils/i18n/organization-messages';
import { createTranslator } from '@/utils/i18n/translator';
import { DAY, ORGANIZATION, recordOf } from '@/utils/organization/summary.testing';
import { DEFAULT_PROFILE } from '@/utils/profile/default-profile';
import { OrganizationApp, type OrganizationData, type OrganizationPageActions } from './OrganizationApp';
import { LINKS_FIRST } from './OrgLinks';

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
    loadMaxAgeDays: vi.fn(async () => 14),
    saveMaxAgeDays: vi.fn(async () => {}),
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
    const page = actions({ profile, summaries });
    render(<OrganizationApp t={t} o={o} actions={page} />);
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
    // The administrator sets another age: the flag follows, and the number is saved for the next visit.
    fireEvent.change(screen.getByTestId('org-max-age'), { target: { value: '30' } });
    await waitFor(() => expect(screen.getByTestId('org-person').dataset.stale).toBe('false'));
    expect(page.saveMaxAgeDays).toHaveBeenCalledWith(30);
    // A number out of range changes nothing and saves nothing.
    fireEvent.change(screen.getByTestId('org-max-age'), { target: { value: '0' } });
    expect(page.saveMaxAgeDays).toHaveBeenCalledTimes(1);
    expect(screen.getByTestId('org-person').dataset.stale).toBe('false');
  });

  it('comes back with the threshold saved on the last visit: the old summary judged by it from the first render', async () => {
    const summaries = [
      recordOf({ name: 'Иванова Мария Петровна', group: 'ИСП-21', statuses: ['ok'], createdAt: NOW - 20 * DAY }),
    ];
    const page = actions({ profile, summaries }, { loadMaxAgeDays: vi.fn(async () => 30) });
    render(<OrganizationApp t={t} o={o} actions={page} />);
    expect((await screen.findByTestId('org-person')).dataset.stale).toBe('false');
    expect((screen.getByTestId('org-max-age') as HTMLInputElement).value).toBe('30');
  });

  it('a threshold that cannot be saved is said so, and still applies on the page', async () => {
    const summaries = [
      recordOf({ name: 'Иванова Мария Петровна', group: 'ИСП-21', statuses: ['ok'], createdAt: NOW - 20 * DAY }),
    ];
    const saveMaxAgeDays = vi.fn(async () => {
      throw new Error('хранилище недоступно');
    });
    render(<OrganizationApp t={t} o={o} actions={actions({ profile, summaries }, { saveMaxAgeDays })} />);
    await screen.findByTestId('org-person');
    fireEvent.change(screen.getByTestId('org-max-age'), { target: { value: '30' } });
    expect((await screen.findByRole('alert')).textContent).toContain('Число дней не сохранилось: хранилище недоступно');
    expect(screen.getByTestId('org-person').dataset.stale).toBe('false');
  });

  it('each group’s line is always there; its table only once opened (by keyboard too), and every table for print', async () => {
    const summaries = [
      recordOf({ name: 'Иванова Мария Петровна', group: 'ИСП-21', statuses: ['ok', 'missing'], createdAt: NOW }),
      recordOf({ name: 'Сидорова Анна Сергеевна', group: 'ИСП-23', statuses: ['ok', 'ok', 'unknown'], createdAt: NOW }),
    ];
    const tablesAtPrint: string[][] = [];
    const page = actions(
      { profile, summaries },
      {
        print: vi.fn(() => {
          tablesAtPrint.push(screen.queryAllByTestId('org-group-table').map((table) => table.dataset.group ?? ''));
        }),
      },
    );
    render(<OrganizationApp t={t} o={o} actions={page} />);
    const coverage = await screen.findAllByTestId('org-group-coverage');
    expect(coverage.map((line) => [line.dataset.group, line.dataset.percent])).toEqual([
      ['ИСП-21', '50'],
      ['ИСП-23', '67'],
    ]);
    const toggles = screen.getAllByTestId('org-group-toggle');
    expect(toggles[1]?.textContent).toContain('3 обязательных чата: есть 2, нет чата 0, неполные 0');
    expect(screen.queryAllByTestId('org-group-table')).toEqual([]);
    // A button: Enter or Space on it is a click.
    expect(toggles[1]?.tagName).toBe('BUTTON');
    fireEvent.click(toggles[1] as HTMLElement);
    expect(toggles[1]?.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getAllByTestId('org-group-table').map((table) => table.dataset.group)).toEqual(['ИСП-23']);
    expect(screen.getByTestId('org-group-table').querySelectorAll('tbody tr')).toHaveLength(3);

    // «Печать»: every group's table is on the page before print is called; after printing, as it was.
    fireEvent.click(screen.getByTestId('org-print'));
    await waitFor(() => expect(page.print).toHaveBeenCalledTimes(1));
    expect(tablesAtPrint).toEqual([['ИСП-21', 'ИСП-23']]);
    window.dispatchEvent(new Event('afterprint'));
    await waitFor(() => expect(screen.getAllByTestId('org-group-table')).toHaveLength(1));

    // The browser's own print (Ctrl+P): every table from beforeprint to afterprint.
    window.dispatchEvent(new Event('beforeprint'));
    await waitFor(() => expect(screen.getAllByTestId('org-group-table')).toHaveLength(2));
    window.dispatchEvent(new Event('afterprint'));
    await waitFor(() => expect(screen.getAllByTestId('org-group-table')).toHaveLength(1));

    // Open all, close all.
    fireEvent.click(screen.getByTestId('org-groups-all'));
    expect(screen.getAllByTestId('org-group-table')).toHaveLength(2);
    expect(screen.getByTestId('org-groups-all').textContent).toBe('Свернуть все группы');
    fireEvent.click(screen.getByTestId('org-groups-all'));
    expect(screen.queryAllByTestId('org-group-table')).toEqual([]);
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

  it('lists the oldest links to annul first, the rest on request and all of them for print', async () => {
    const summaries = [
      recordOf({
        name: 'Иванова Мария Петровна',
        group: 'ИСП-21',
        statuses: ['ok'],
        createdAt: NOW,
        staleLinks: Array.from({ length: LINKS_FIRST + 3 }, (_, i) => `https://max.ru/join/link${i}`),
      }),
    ];
    render(<OrganizationApp t={t} o={o} actions={actions({ profile, summaries })} />);
    expect(await screen.findAllByTestId('org-link')).toHaveLength(LINKS_FIRST);
    // Oldest first: the ages run down the list.
    const ages = screen.getAllByTestId('org-link').map((row) => row.children[2]?.textContent);
    expect(ages[0]).toBe(`${20 + LINKS_FIRST + 2} дня назад`);
    window.dispatchEvent(new Event('beforeprint'));
    await waitFor(() => expect(screen.getAllByTestId('org-link')).toHaveLength(LINKS_FIRST + 3));
    window.dispatchEvent(new Event('afterprint'));
    await waitFor(() => expect(screen.getAllByTestId('org-link')).toHaveLength(LINKS_FIRST));
    const more = screen.getByTestId('org-links-more');
    expect(more.textContent).toBe('Показать ещё 3 ссылки');
    fireEvent.click(more);
    expect(screen.getAllByTestId('org-link')).toHaveLength(LINKS_FIRST + 3);
    expect(screen.queryByTestId('org-links-more')).toBeNull();
  });
});
