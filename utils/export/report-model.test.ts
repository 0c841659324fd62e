import { describe, expect, it } from 'vitest';
import { DAY, NOW, PARENTS_CHAT, reportData, STUDENTS_CHAT } from './report-fixture.testing';
import { buildReportModel, exportInputOf, progressSeries } from './report-model';

describe('the report model', () => {
  it('runs the audit and the links on the stored data', () => {
    const model = buildReportModel(reportData());
    expect(model.problem).toBeNull();
    expect(model.result?.findings.map((f) => [f.requirement.id, f.status])).toEqual([
      ['curator-students/ИСП-21', 'ok'],
      ['curator-parents/ИСП-21', 'ok'],
      ['curator-teachers/ИСП-21', 'missing'],
    ]);
    expect(model.annul.map((g) => [g.chatId, g.findings.map((f) => f.status)])).toEqual([[PARENTS_CHAT, ['stale']]]);
    expect(model.linkDecisions.get('https://max.ru/join/old')).toBe('keep');
    expect(model.notes.map((n) => n.id)).toEqual([2, 1]);
    expect(exportInputOf(model, 'ru').chatTitles?.get(STUDENTS_CHAT)).toBe('ИСП-21 Студенты');
  });

  it('says why there is no audit', () => {
    expect(buildReportModel(reportData({ snapshot: null })).problem).toBe('no-data');
    const noRoles = reportData();
    noRoles.setup = { ...noRoles.setup, assignment: null };
    const model = buildReportModel(noRoles);
    expect(model.problem).toBe('no-assignment');
    expect(model.result).toBeNull();
    expect(model.annul).toHaveLength(1);
  });

  it('counts, per group and run, the requirements in place (ok or incomplete)', () => {
    const model = buildReportModel(reportData());
    expect(model.chart).toEqual([
      {
        group: 'ИСП-21',
        points: [
          { at: NOW - 2 * DAY, ok: 0, total: 2 },
          { at: NOW - DAY, ok: 2, total: 3 },
        ],
      },
      { group: null, points: [{ at: NOW - DAY, ok: 1, total: 1 }] },
    ]);
    expect(progressSeries([])).toEqual([]);
  });
});
