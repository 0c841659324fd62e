// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { reportData } from '@/utils/export/report-fixture.testing';
import { buildReportModel } from '@/utils/export/report-model';
import { reportText } from '@/utils/i18n/report-messages';
import { createTranslator } from '@/utils/i18n/translator';
import { ReportApp } from './ReportApp';

const t = createTranslator('ru');
const r = reportText('ru');
const actions = () => ({ print: vi.fn(), downloadCsv: vi.fn(), downloadJson: vi.fn() });

describe('the director’s report', () => {
  afterEach(cleanup);

  it('shows who, when, and per group the requirements with status words and chats', () => {
    render(<ReportApp t={t} r={r} model={buildReportModel(reportData())} actions={actions()} />);
    expect(screen.getByTestId('report-organization').textContent).toBe('ГБПОУ МО «Можайский техникум»');
    expect(screen.getByTestId('report-user').textContent).toBe('Иванова Мария Петровна');
    const requirements = screen.getByTestId('report-requirements');
    const rows = requirements.querySelectorAll('tr[data-requirement-id]');
    expect([...rows].map((row) => [row.getAttribute('data-requirement-id'), row.getAttribute('data-status')])).toEqual([
      ['curator-parents/ИСП-21', 'ok'],
      ['curator-students/ИСП-21', 'ok'],
      ['curator-teachers/ИСП-21', 'missing'],
    ]);
    expect(rows[1]?.textContent).toContain('ИСП-21 Студенты');
    expect(rows[2]?.textContent).toContain('нет чата');
    expect(within(requirements).getByText('Группа ИСП-21')).toBeTruthy();
  });

  it('lists links to annul by chat, notes with the overdue to-do first, and a chart per group', () => {
    render(<ReportApp t={t} r={r} model={buildReportModel(reportData())} actions={actions()} />);
    const links = screen.getByTestId('report-links');
    expect(links.querySelector('caption')?.textContent).toBe('ИСП-21 Родители');
    const row = links.querySelector('tr[data-url="https://max.ru/join/old"]');
    expect(row?.getAttribute('data-status')).toBe('stale');
    expect(row?.textContent).toContain('устарела');
    expect(row?.textContent).toContain('30 дней');
    expect(row?.textContent).toContain('оставлена');
    const notes = screen.getByTestId('report-notes').querySelectorAll('li');
    expect(notes[0]?.textContent).toContain('просрочено: срок 20.11.2026');
    expect(notes[0]?.textContent).toContain('Создать чат преподавателей');
    const chart = screen.getByTestId('report-chart');
    expect(chart.querySelectorAll('svg')).toHaveLength(2);
    expect(chart.querySelector('svg')?.getAttribute('aria-label')).toBe('Группа ИСП-21: сейчас 67 % (2 из 3)');
    expect(chart.querySelector('polyline')?.getAttribute('points')?.split(' ')).toHaveLength(2);
  });

  it('prints and downloads through its actions', () => {
    const spy = actions();
    render(<ReportApp t={t} r={r} model={buildReportModel(reportData())} actions={spy} />);
    fireEvent.click(screen.getByText('Печать / PDF'));
    fireEvent.click(screen.getByTestId('report-export-csv'));
    expect(spy.print).toHaveBeenCalledOnce();
    expect(spy.downloadCsv).toHaveBeenCalledOnce();
  });

  it('says what is missing when there is no MAX data yet', () => {
    render(
      <ReportApp
        t={t}
        r={r}
        model={buildReportModel(reportData({ snapshot: null, audits: [] }))}
        actions={actions()}
      />,
    );
    expect(screen.getByRole('status').textContent).toMatch(/Нет сохранённых данных MAX/);
    expect(screen.getByTestId('report-requirements').textContent).toContain('не требует чатов');
    expect(screen.getByTestId('report-chart').textContent).toContain('Истории сверок пока нет');
  });
});
