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
    expect(parsePeopleCsv(utf8(FILE))).toEqual({ ok: true, people: EXPECTED, warnings: [] });
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
    expect(parsePeopleCsv(utf8(text))).toEqual({ ok: true, people: [ivanova, EXPECTED[1], EXPECTED[2]], warnings: [] });
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

  it.each([new Uint8Array(), utf8('\n\n'), utf8('ФИО;роль\n'), Uint8Array.from([0xff, 0xfe, 0x00, 0x01])])(
    'rejects empty or garbage input %#',
    (bytes) => {
      expect(parsePeopleCsv(bytes).ok).toBe(false);
    },
  );
});
