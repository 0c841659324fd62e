// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createOptionsTranslator } from '@/utils/i18n/translator';
import { type DataActions, DataSection } from './DataSection';

const t = createOptionsTranslator('ru');

describe('buttons that run work', () => {
  afterEach(cleanup);

  it('say they are busy while the work runs, and none starts twice', async () => {
    let finish = () => {};
    const exportCsv = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    const downloadBackup = vi.fn(() => Promise.resolve());
    const actions: DataActions = {
      exportCsv,
      exportJson: () => Promise.resolve(),
      downloadBackup,
      previewBackup: () => Promise.reject(new Error('unused')),
      restoreBackup: () => Promise.reject(new Error('unused')),
      loadUndo: () => Promise.resolve(null),
      undoRestore: () => Promise.reject(new Error('unused')),
      wipeAll: () => Promise.resolve(),
    };
    const view = render(<DataSection t={t} actions={actions} reportUrl="report.html" />);
    const csv = view.getByTestId('export-csv') as HTMLButtonElement;
    const backup = view.getByTestId('backup-export') as HTMLButtonElement;

    fireEvent.click(csv);
    fireEvent.click(csv);
    fireEvent.click(backup);
    expect(exportCsv).toHaveBeenCalledTimes(1);
    expect(downloadBackup).not.toHaveBeenCalled();
    await act(async () => {});
    expect(csv.disabled).toBe(true);
    expect(csv.getAttribute('aria-busy')).toBe('true');
    expect(backup.disabled).toBe(true);
    expect(backup.getAttribute('aria-busy')).toBe('false');

    await act(async () => finish());
    await vi.waitFor(() => expect(csv.disabled).toBe(false));
    fireEvent.click(backup);
    expect(downloadBackup).toHaveBeenCalledTimes(1);
  });
});
