import { describe, expect, it } from 'vitest';
import { parsePeopleCsv } from './people-csv';

const utf8 = (s: string) => new TextEncoder().encode(s);

/** Windows-1251 by hand: А..я are 0xC0..0xFF, Ё 0xA8, ё 0xB8; ASCII as is. */
function cp1251(s: string): Uint8Array {
  const out: number[] = [];
  for (const ch of s) {
    const code = ch.codePointAt(0) as number;
    if (code < 0x80) out.push(code);
    else if (code >= 0x410 && code <= 0x44f) out.push(code - 0x410 + 0xc0);
    else if (ch === 'Ё') out.push(0xa8);
    else if (ch === 'ё') out.push(0xb8);
    else if (ch === '«') out.push(0xab);
    else if (ch === '»') out.push(0xbb);
    else throw new Error(`no cp1251 byte for ${ch}`);
  }
  return Uint8Array.from(out);
}

const FILE = [
  'ФИО;роль;группа;дисциплина',
  'Иванова Мария Петровна;куратор;ИСП-21;',
  'Иванова Мария Петровна;преподаватель;ИСП-21;Математика',
  'Иванова  Мария Петровна;Преподаватель;ИСП-22;Математика',
  'Крылов Пётр Ильич;классный руководитель;ИСП-22;',
  'Соколова Анна;администратор;;',
].join('\r\n');

const EXPECTED = [
  {
    name: 'Иванова Мария Петровна',
    roles: [
      { role: 'curator', group: 'ИСП-21' },
      { role: 'teacher', group: 'ИСП-21', discipline: 'Математика' },
      { role: 'teacher', group: 'ИСП-22', discipline: 'Математика' },
    ],
  },
  { name: 'Крылов Пётр Ильич', roles: [{ role: 'curator', group: 'ИСП-22' }] },
  { name: 'Соколова Анна', roles: [{ role: 'admin' }] },
];

describe('parsePeopleCsv', () => {
  it('UTF-8 with ; and a Russian header; one person’s rows merged', () => {
    expect(parsePeopleCsv(utf8(FILE))).toEqual({ ok: true, people: EXPECTED, groups: [], warnings: [] });
  });

  it('UTF-8 with BOM', () => {
    const bytes = Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8(FILE)]);
    expect(parsePeopleCsv(bytes)).toMatchObject({ ok: true, people: EXPECTED });
  });

  it('Windows-1251 bytes', () => {
    const bytes = cp1251(FILE);
    expect(bytes[0]).toBe(0xd4); // «Ф»
    expect(parsePeopleCsv(bytes)).toMatchObject({ ok: true, people: EXPECTED });
  });

  it('commas, no header, English roles', () => {
    const text = [
      'Иванова Мария Петровна,curator,ИСП-21,',
      'Иванова Мария Петровна,teacher,ИСП-21,Математика',
      'Крылов Пётр Ильич,Curator,ИСП-22,',
      'Соколова Анна,admin,,',
    ].join('\n');
    const ivanova = { name: 'Иванова Мария Петровна', roles: EXPECTED[0]?.roles.slice(0, 2) };
    expect(parsePeopleCsv(utf8(text))).toEqual({
      ok: true,
      people: [ivanova, EXPECTED[1], EXPECTED[2]],
      groups: [],
      warnings: [],
    });
  });

  it('an English header in another column order', () => {
    const text = ['Role,Name,Subject,Group', 'teacher,Иванова Мария Петровна,Математика,ИСП-21'].join('\n');
    expect(parsePeopleCsv(utf8(text))).toMatchObject({
      ok: true,
      people: [
        { name: 'Иванова Мария Петровна', roles: [{ role: 'teacher', group: 'ИСП-21', discipline: 'Математика' }] },
      ],
    });
  });

  it('quoted values with the separator inside', () => {
    const text = 'ФИО;роль;группа;дисциплина\n"Иванова Мария";учитель;ИСП-21;"Математика; алгебра"\n';
    expect(parsePeopleCsv(utf8(text))).toMatchObject({
      ok: true,
      people: [{ roles: [{ role: 'teacher', discipline: 'Математика; алгебра' }] }],
    });
  });

  it('names the line and the field', () => {
    const text = [
      'ФИО;роль;группа;дисциплина',
      'Иванова Мария;куратор;ИСП-21;',
      ';преподаватель;ИСП-21;Математика',
      'Петров Пётр;директор;;',
      'Сидоров Олег;куратор;;',
    ].join('\n');
    const result = parsePeopleCsv(utf8(text));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([
      'строка 3, поле «ФИО»: пусто',
      'строка 4, поле «роль»: «директор» — неизвестная роль (куратор, преподаватель, сотрудник или администратор)',
      'строка 5, поле «группа»: для куратора нужна группа',
    ]);
  });

  it('warns about a teacher without a discipline and a repeated row', () => {
    const text = 'Иванова Мария;преподаватель;ИСП-21;\nИванова Мария;куратор;ИСП-21;\nИванова Мария;куратор;ИСП-21;\n';
    const result = parsePeopleCsv(utf8(text));
    expect(result.ok).toBe(true);
    if (result.ok)
      expect(result.warnings).toEqual([
        'строка 1, поле «дисциплина»: у преподавателя не указана дисциплина — чат по дисциплине не будет проверяться',
        'строка 3: повтор — такая строка уже была',
      ]);
  });

  it('a fifth column «численность» gives each group its size, with or without a header', () => {
    const withHeader = [
      'ФИО;роль;группа;дисциплина;численность',
      'Иванова Мария;куратор;ИСП-21;;25',
      'Иванова Мария;преподаватель;ИСП-21;Математика;25',
      'Крылов Пётр;куратор;ИСП-22;;',
      'Соколова Анна;администратор;;;',
    ].join('\n');
    const result = parsePeopleCsv(utf8(withHeader));
    expect(result).toMatchObject({ ok: true, groups: [{ code: 'ИСП-21', size: 25 }], warnings: [] });
    expect(result.ok && result.people).toHaveLength(3);
    const noHeader = 'Крылов Пётр,curator,ИСП-22,,18\n';
    expect(parsePeopleCsv(utf8(noHeader))).toMatchObject({ ok: true, groups: [{ code: 'ИСП-22', size: 18 }] });
  });

  it('a size that is not a whole number, given twice differently or without a group names its row', () => {
    const text = [
      'ФИО;роль;группа;дисциплина;численность',
      'Иванова Мария;куратор;ИСП-21;;двадцать',
      'Крылов Пётр;куратор;ИСП-22;;18',
      'Крылов Пётр;преподаватель;ИСП-22;Физика;19',
      'Соколова Анна;администратор;;;3',
      'Орлов Иван;куратор;ИСП-23;;-4',
    ].join('\n');
    const result = parsePeopleCsv(utf8(text));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([
      'строка 2, поле «численность»: «двадцать» — не численность группы (целое число от 0 до 1000)',
      'строка 4, поле «численность»: у группы «ИСП-22» уже указана численность 18 (строка 3)',
      'строка 5, поле «численность»: численность указана, а группа — нет',
      'строка 6, поле «численность»: «-4» — не численность группы (целое число от 0 до 1000)',
    ]);
    const en = parsePeopleCsv(utf8('Иванова Мария;curator;ИСП-21;;25.5\n'), 'en');
    expect(en).toEqual({
      ok: false,
      errors: ['line 1, field «size»: «25.5» is not a group size (a whole number from 0 to 1000)'],
    });
  });

  it.each([new Uint8Array(), utf8('\n\n'), utf8('ФИО;роль\n'), Uint8Array.from([0xff, 0xfe, 0x00, 0x01])])(
    'rejects empty or garbage input %#',
    (bytes) => {
      expect(parsePeopleCsv(bytes).ok).toBe(false);
    },
  );
});
