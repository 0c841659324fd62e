// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Setup } from '@/utils/audit/setup';
import type { BackupPreview, SafetyCopyInfo } from '@/utils/backup/backup';
import { createOptionsTranslator } from '@/utils/i18n/translator';
import { DEFAULT_PROFILE } from '@/utils/profile/default-profile';
import { DEFAULT_SCHEDULE } from '@/utils/reminders/schedule';
import type { DataActions } from './DataSection';
import { type OptionsActions, OptionsApp } from './OptionsApp';

const t = createOptionsTranslator('ru');
const goodSetup: Setup = { profile: DEFAULT_PROFILE, profileSource: 'default', assignment: null, overrides: [] };

const PREVIEW: BackupPreview = {
  ok: true,
  exportedAt: Date.UTC(2026, 10, 25, 9),
  databaseVersion: 3,
  tables: [
    { name: 'notes', rows: 1, known: true },
    { name: 'settings', rows: 2, known: true },
  ],
  ignoredTables: [],
  duplicates: [{ table: 'settings', key: 'assignment', rows: [1, 3] }],
  duplicateRows: 1,
  stored: { notes: 3, overrides: 1, linkDecisions: 2 },
  replaceLoses: { notes: 2, overrides: 1, linkDecisions: 2 },
};

function dataActions(overrides: Partial<DataActions> = {}): DataActions {
  let undo: SafetyCopyInfo | null = null;
  return {
    exportCsv: vi.fn(async () => {}),
    exportJson: vi.fn(async () => {}),
    downloadBackup: vi.fn(async () => {}),
    previewBackup: vi.fn(async () => PREVIEW),
    restoreBackup: vi.fn(async (_text, mode) => {
      undo = { at: Date.UTC(2026, 10, 26, 9), mode, counts: { notes: 3, overrides: 1, linkDecisions: 2 } };
      return {
        ok: true as const,
        mode,
        counts: { notes: { restored: 1, skipped: 0 } },
        ignoredTables: [],
        duplicates: PREVIEW.duplicates,
        duplicateRows: 1,
        safetyCopyAt: undo.at,
      };
    }),
    loadUndo: vi.fn(async () => undo),
    undoRestore: vi.fn(async () => {
      undo = null;
      return { ok: true as const, counts: { notes: 3 } };
    }),
    wipeAll: vi.fn(async () => {}),
    ...overrides,
  };
}

function actions(loadSetup: () => Promise<Setup>, data = dataActions()): OptionsActions {
  return {
    loadSetup: vi.fn(loadSetup),
    loadChatTitles: async () => [],
    saveProfile: async () => ({ ok: true }),
    loadProfileManaged: async () => false,
    resetProfile: async () => {},
    saveAssignment: async () => {},
    loadSchedule: async () => DEFAULT_SCHEDULE,
    saveSchedule: async (schedule) => schedule,
    data,
    organization: {
      organizationUrl: 'organization.html',
      exportSummary: async () => ({ ok: false, error: 'Сводку сделать нельзя: роли не указаны.' }),
      exportProfile: async () => 'sverka-профиль-2026-12-01.json',
    },
    reportUrl: 'report.html',
  };
}

/** A chosen file, as the page sees it: name and size at once, content only when read. */
function choose(testId: string, file: { name: string; size: number; text?(): Promise<string> }) {
  const input = screen.getByTestId(testId) as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

function expectDataSection() {
  for (const id of ['backup-export', 'backup-import', 'wipe-confirm', 'wipe-apply', 'export-csv'])
    expect(screen.getByTestId(id)).toBeTruthy();
}

describe('the options page keeps the data section reachable', () => {
  afterEach(cleanup);

  it('a setup that throws while rendering (profile {"rules":"nope"}) leaves backup, restore and wipe', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const broken = { ...goodSetup, profile: { rules: 'nope' } } as unknown as Setup;
    render(<OptionsApp t={t} actions={actions(async () => broken)} />);
    await screen.findByTestId('section-failed');
    expect(screen.getByTestId('section-failed').textContent).toMatch(/Данные не тронуты/);
    expectDataSection();
  });

  it('a setup that cannot be loaded says so and leaves the data section', async () => {
    render(<OptionsApp t={t} actions={actions(async () => Promise.reject(new Error('фон не отвечает')))} />);
    expect((await screen.findByTestId('setup-load-failed')).textContent).toMatch(/фон не отвечает.*резервную копию/);
    expectDataSection();
  });

  it('a stored value that fell back is said in words', async () => {
    render(
      <OptionsApp t={t} actions={actions(async () => ({ ...goodSetup, unreadable: ['profile', 'assignment'] }))} />,
    );
    const message = await screen.findByTestId('setup-unreadable');
    expect(message.textContent).toMatch(/действует встроенный профиль/);
    expect(message.textContent).toMatch(/роли не читаются/);
    expect(screen.getByTestId('profile-current').textContent).toMatch(/встроенный профиль/);
  });
});

describe('restore: a replace asks first and can be undone', () => {
  afterEach(cleanup);

  it('replace → a question naming what is lost → confirm → «Вернуть как было»', async () => {
    const data = dataActions();
    render(<OptionsApp t={t} actions={actions(async () => goodSetup, data)} />);
    await screen.findByTestId('profile-current');
    choose('backup-import', { name: 'b.json', size: 10, text: async () => '{"backup":1}' });
    const preview = await screen.findByTestId('backup-preview');
    expect(screen.getByTestId('backup-duplicates').textContent).toMatch(
      /лишних: 1.*settings «assignment» \(записи 1, 3\)/,
    );
    expect(preview.textContent).toMatch(/notes: 1/);

    fireEvent.click(screen.getByTestId('backup-replace'));
    fireEvent.click(screen.getByTestId('backup-restore'));
    const ask = await screen.findByTestId('backup-replace-summary');
    expect(ask.textContent).toMatch(/заметок — 2, привязок чатов к требованиям — 1, отметок ссылок — 2/);
    expect(ask.textContent).toMatch(/Вернуть как было/);
    expect(data.restoreBackup).not.toHaveBeenCalled();

    fireEvent.click(screen.getByTestId('backup-replace-confirm'));
    await waitFor(() => expect(data.restoreBackup).toHaveBeenCalledWith('{"backup":1}', 'replace'));
    expect((await screen.findByTestId('backup-message')).textContent).toMatch(
      /Восстановлено: notes: 1\. .*пропущено: 1/,
    );
    const undo = await screen.findByTestId('backup-undo');
    expect(screen.getByTestId('backup-undo-info').textContent).toMatch(/заметок — 3/);

    fireEvent.click(undo);
    await waitFor(() => expect(data.undoRestore).toHaveBeenCalled());
    expect((await screen.findByText(/Данные возвращены/)).textContent).toBeTruthy();
    await waitFor(() => expect(screen.queryByTestId('backup-undo')).toBeNull());
  });

  it('merge restores at once, without asking', async () => {
    const data = dataActions();
    render(<OptionsApp t={t} actions={actions(async () => goodSetup, data)} />);
    choose('backup-import', { name: 'b.json', size: 10, text: async () => '{}' });
    await screen.findByTestId('backup-preview');
    fireEvent.click(screen.getByTestId('backup-restore'));
    await waitFor(() => expect(data.restoreBackup).toHaveBeenCalledWith('{}', 'merge'));
    expect(screen.queryByTestId('backup-replace-confirm')).toBeNull();
  });

  it('«Вернуть как было» is offered on opening the page while a safety copy is kept', async () => {
    const data = dataActions({
      loadUndo: async () => ({ at: 1, mode: 'replace', counts: { notes: 1, overrides: 0, linkDecisions: 0 } }),
    });
    render(<OptionsApp t={t} actions={actions(async () => goodSetup, data)} />);
    expect(await screen.findByTestId('backup-undo')).toBeTruthy();
  });

  it('a backup file over the limit is refused before it is read', async () => {
    const data = dataActions();
    render(<OptionsApp t={t} actions={actions(async () => goodSetup, data)} />);
    const text = vi.fn(async () => '{}');
    choose('backup-import', { name: 'huge.json', size: 40 * 1024 * 1024, text });
    expect((await screen.findByTestId('backup-error')).textContent).toMatch(/слишком большой.*не прочитан/);
    expect(text).not.toHaveBeenCalled();
    expect(data.previewBackup).not.toHaveBeenCalled();
  });

  it('a profile or staff file over the limit is refused before it is read', async () => {
    render(<OptionsApp t={t} actions={actions(async () => goodSetup)} />);
    await screen.findByTestId('profile-current');
    const arrayBuffer = vi.fn(async () => new ArrayBuffer(0));
    choose('profile-import', { name: 'staff.csv', size: 6 * 1024 * 1024, arrayBuffer } as never);
    expect((await screen.findByTestId('profile-errors')).textContent).toMatch(
      /сохранённое не изменилось.*слишком большой.*Исправьте/,
    );
    expect(arrayBuffer).not.toHaveBeenCalled();
  });
});

describe('the organization section', () => {
  afterEach(cleanup);

  it('says why no summary can be made, and names the profile file downloaded for staff', async () => {
    render(<OptionsApp t={t} actions={actions(async () => goodSetup)} />);
    fireEvent.click(screen.getByTestId('summary-export'));
    const refused = await screen.findByRole('alert');
    expect(refused.textContent).toBe('Сводку сделать нельзя: роли не указаны.');
    fireEvent.click(screen.getByTestId('profile-export'));
    await waitFor(() =>
      expect(screen.getByTestId('organization-message').textContent).toBe(
        'Профиль сохранён: sverka-профиль-2026-12-01.json',
      ),
    );
    expect(screen.getByTestId('organization-open').getAttribute('href')).toBe('organization.html');
  });
});

describe('a profile set by the organization', () => {
  afterEach(cleanup);

  it('says so, and offers no way to replace or reset it', async () => {
    const base = actions(async () => ({ ...goodSetup, profileSource: 'imported' as const, profileImportedAt: 1 }));
    render(<OptionsApp t={t} actions={{ ...base, loadProfileManaged: async () => true }} />);
    expect((await screen.findByTestId('profile-managed')).textContent).toContain('Профиль задан вашей организацией');
    expect(screen.queryByTestId('profile-import')).toBeNull();
    expect(screen.queryByText('Вернуть встроенный профиль')).toBeNull();
  });
});
