import { describe, expect, it } from 'vitest';
import { checkDraft, rowsOf } from './assignment-draft';

describe('assignment form rows', () => {
  it('a curator with a group and a teacher with group and discipline make an assignment, duplicates folded', () => {
    const result = checkDraft([
      { role: 'curator', group: ' ИСП-21 ', discipline: 'ignored' },
      { role: 'teacher', group: 'ИСП-22', discipline: 'Математика' },
      { role: 'teacher', group: 'ИСП-22', discipline: 'Математика' },
      { role: 'staff', group: 'x', discipline: '' },
    ]);
    expect(result).toEqual({
      ok: true,
      assignment: {
        roles: [
          { role: 'curator', group: 'ИСП-21' },
          { role: 'teacher', group: 'ИСП-22', discipline: 'Математика' },
          { role: 'staff' },
        ],
      },
    });
  });

  it('names the row and the field that are missing', () => {
    const result = checkDraft([
      { role: 'curator', group: '', discipline: '' },
      { role: 'teacher', group: 'ТМ-31', discipline: ' ' },
    ]);
    expect(result).toEqual({
      ok: false,
      problems: [
        { row: 0, field: 'group' },
        { row: 1, field: 'discipline' },
      ],
    });
  });

  it('no rows is a problem; a stored assignment comes back as rows', () => {
    expect(checkDraft([])).toEqual({ ok: false, problems: [{ row: -1, field: 'roles' }] });
    expect(rowsOf({ roles: [{ role: 'teacher', group: 'ИСП-21', discipline: 'Физика' }] })).toEqual([
      { role: 'teacher', group: 'ИСП-21', discipline: 'Физика' },
    ]);
    expect(rowsOf(null)).toHaveLength(1);
  });
});
