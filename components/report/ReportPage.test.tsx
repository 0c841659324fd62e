// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ReportData } from '@/utils/export/report-data';
import { reportData } from '@/utils/export/report-fixture.testing';
import { reportText } from '@/utils/i18n/report-messages';
import { createTranslator } from '@/utils/i18n/translator';
import { ReportPage } from './ReportApp';

const t = createTranslator('ru');
const r = reportText('ru');
const actionsFor = () => ({ print: vi.fn(), downloadCsv: vi.fn(), downloadJson: vi.fn() });

describe('the report page keeps a way to the data section', () => {
  afterEach(cleanup);

  it('shows the report from good data', () => {
    render(<ReportPage t={t} r={r} data={reportData()} actionsFor={actionsFor} optionsUrl="options.html" />);
    expect(screen.getByTestId('report')).toBeTruthy();
    expect(screen.queryByTestId('report-failed')).toBeNull();
  });

  it('stored data the report cannot be built from: a message and the way to the options page', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const broken = {
      ...reportData(),
      setup: { ...reportData().setup, profile: { rules: 'nope' } },
    } as unknown as ReportData;
    render(<ReportPage t={t} r={r} data={broken} actionsFor={actionsFor} optionsUrl="options.html" />);
    expect(screen.getByTestId('report-failed').textContent).toMatch(/Отчёт не удалось показать.*Данные не тронуты/);
    expect(screen.getByTestId('report-options').getAttribute('href')).toBe('options.html');
  });

  it('data that could not be loaded: the same way out', () => {
    render(
      <ReportPage
        t={t}
        r={r}
        data={{ error: new Error('нет ответа') }}
        actionsFor={actionsFor}
        optionsUrl="options.html"
      />,
    );
    expect(screen.getByTestId('report-failed').textContent).toMatch(/нет ответа/);
    expect(screen.getByTestId('report-options')).toBeTruthy();
  });

  it('says which stored settings fell back', () => {
    const data = reportData();
    render(
      <ReportPage
        t={t}
        r={r}
        data={{ ...data, setup: { ...data.setup, unreadable: ['profile'] } }}
        actionsFor={actionsFor}
        optionsUrl="options.html"
      />,
    );
    expect(screen.getByTestId('report-unreadable').textContent).toMatch(/профиль — действует встроенный/);
    expect(screen.getByTestId('report')).toBeTruthy();
  });
});
