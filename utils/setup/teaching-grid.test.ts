import { describe, expect, it } from 'vitest';
import { cellKey, seedTeachingGrid, teacherRoles, withLine } from './teaching-grid';

const TITLES = [
  'Группа ИСП 22 — студенты',
  'ИСП-21 Родители',
  'Матем. ИСП-22',
  'Математика 📐 ИСП-21',
  'Информатика ИСП-22 (Баранов)',
  'Педсовет',
];

describe('the teacher’s groups × disciplines grid', () => {
  it('pre-ticks a cell for each chat title naming a group and a discipline; others stay unticked', () => {
    const grid = seedTeachingGrid(TITLES, null);
    expect(grid.source).toBe('chats');
    expect(grid.groups).toEqual(['ИСП-22', 'ИСП-21']);
    expect(grid.disciplines).toEqual(['Математика', 'Информатика']);
    expect(teacherRoles(grid)).toEqual([
      { role: 'teacher', group: 'ИСП-22', discipline: 'Математика' },
      { role: 'teacher', group: 'ИСП-22', discipline: 'Информатика' },
      { role: 'teacher', group: 'ИСП-21', discipline: 'Математика' },
    ]);
    expect(grid.ticked.has(cellKey('ИСП-21', 'Информатика'))).toBe(false);
  });

  it('the administrator’s staff list, when it has this person, fills it instead of the guess', () => {
    const person = {
      name: 'Иванова Мария Петровна',
      roles: [
        { role: 'curator' as const, group: 'ИСП-21' },
        { role: 'teacher' as const, group: 'ТМ-31', discipline: 'Физика' },
        { role: 'teacher' as const, group: 'ИСП 21', discipline: 'физика' },
        { role: 'teacher' as const, group: 'ИСП-21', discipline: 'Черчение' },
      ],
    };
    const grid = seedTeachingGrid(TITLES, person);
    expect(grid.source).toBe('staff-list');
    expect(grid.groups).toEqual(['ТМ-31', 'ИСП 21']);
    expect(grid.disciplines).toEqual(['Физика', 'Черчение']);
    expect(teacherRoles(grid)).toEqual([
      { role: 'teacher', group: 'ТМ-31', discipline: 'Физика' },
      { role: 'teacher', group: 'ИСП 21', discipline: 'Физика' },
      { role: 'teacher', group: 'ИСП 21', discipline: 'Черчение' },
    ]);
  });

  it('no chats naming both: an empty table, said so; a line added twice in another spelling is one line', () => {
    const grid = seedTeachingGrid(['Группа ИСП 22 — студенты'], null);
    expect(grid).toMatchObject({ groups: [], disciplines: [], source: 'none' });
    expect(teacherRoles(grid)).toEqual([]);
    expect(withLine(['ИСП-21'], 'ИСП 21', (text) => cellKey(text, ''))).toEqual(['ИСП-21']);
    expect(withLine(['ИСП-21'], '  ', (text) => text)).toEqual(['ИСП-21']);
    expect(withLine(['ИСП-21'], 'ТМ-31', (text) => cellKey(text, ''))).toEqual(['ИСП-21', 'ТМ-31']);
  });
});
