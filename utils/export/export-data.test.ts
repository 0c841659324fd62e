import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { audit } from '@/utils/audit/audit';
import { groupChat } from '@/utils/audit/group-chat.testing';
import type { NoteRecord } from '@/utils/db/database';
import type { LinkFinding } from '@/utils/links/link-status';
import type { MaxId } from '@/utils/max/bridge-events';
import { DEFAULT_PROFILE } from '@/utils/profile/default-profile';
import type { Profile } from '@/utils/profile/profile-schema';
import {
  buildExportJson,
  type ExportInput,
  exportCsvBytes,
  exportCsvRows,
  exportFileName,
  exportJsonText,
} from './export-data';

// Midday UTC: the same calendar day in every time zone the tests may run in.
const NOW = Date.UTC(2026, 10, 25, 12);
const DAY = 24 * 60 * 60 * 1000;
const ME = '1000001';
const STUDENTS = '-70000000010';
const PARENTS = '-70000000011';
const profile: Profile = { ...DEFAULT_PROFILE, groups: [{ code: 'ИСП-21', size: 25 }] };

const chat = (id: MaxId, title: string) => groupChat(id, title, ME);

function input(overrides: Partial<ExportInput> = {}): ExportInput {
  const result = audit(
    profile,
    { roles: [{ role: 'curator', group: 'ИСП-21' }] },
    {
      chats: [chat(STUDENTS, 'ИСП-21 Студенты'), chat(PARENTS, 'ИСП-21 Родители')],
      me: { id: ME },
      listComplete: true,
    },
    [],
    NOW,
  );
  const stale: LinkFinding = {
    url: 'https://max.ru/join/old',
    status: 'stale',
    targetChatId: PARENTS,
    targetTitle: 'ИСП-21 Родители',
    places: [{ kind: 'message', chatId: PARENTS, messageId: '5', sender: ME, time: NOW - 30 * DAY }],
    postedAt: NOW - 30 * DAY,
    postedAtSource: 'message',
    ageDays: 30,
    grewBy: 0,
    evidence: [
      { code: 'posted', params: { postedAt: NOW - 30 * DAY, ageDays: 30, staleDays: 14, source: 'message' } },
      { code: 'no-growth-since', params: { since: NOW - 20 * DAY, firstSeen: true, ageDays: 30, staleDays: 14 } },
    ],
  };
  const used: LinkFinding = {
    url: 'https://max.ru/join/new',
    status: 'used',
    places: [{ kind: 'own', chatId: STUDENTS }],
    grewBy: 3,
    evidence: [{ code: 'members-grew', params: { since: NOW - 5 * DAY, firstSeen: true, before: 12, now: 15 } }],
  };
  const notes: NoteRecord[] = [
    { id: 1, subjectType: 'audit', subjectKey: '', text: 'Общая', createdAt: NOW - DAY, updatedAt: NOW - DAY },
    {
      id: 2,
      subjectType: 'requirement',
      subjectKey: 'curator-teachers/ИСП-21',
      text: 'Создать; до "пятницы"\nпозвонить завучу',
      due: '2026-11-27',
      createdAt: NOW - 2 * DAY,
      updatedAt: NOW - 2 * DAY,
    },
    {
      id: 3,
      subjectType: 'link',
      subjectKey: 'https://max.ru/join/old',
      text: 'сбросить',
      done: true,
      createdAt: NOW,
      updatedAt: NOW,
    },
  ];
  return {
    organization: 'ГБПОУ МО «Можайский техникум»',
    userName: 'Иванова Мария Петровна',
    at: NOW,
    result,
    links: [used, stale],
    linkDecisions: new Map([['https://max.ru/join/old', 'keep' as const]]),
    notes,
    lang: 'ru',
    chatTitles: new Map([
      [STUDENTS, 'ИСП-21 Студенты'],
      [PARENTS, 'ИСП-21 Родители'],
    ]),
    ...overrides,
  };
}

describe('CSV export', () => {
  it('is UTF-8 with a BOM, `;`-separated, CRLF, Russian headers and status words', () => {
    const bytes = exportCsvBytes(input());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(text.startsWith('\uFEFF')).toBe(true);
    const lines = text.slice(1).split('\r\n');
    expect(lines[0]).toBe(
      'Раздел;Группа;Роль;Требование/ссылка;Статус;Чат;Подробности;Пункт положения;Дата;Возраст, дней;Отметка;Срок',
    );
    expect(text.endsWith('\r\n')).toBe(true);
    // No bare LF outside a quoted value: every record ends with CRLF.
    expect(/(?<!\r)\n/.test(text.replace(/"[^"]*(?:""[^"]*)*"/g, ''))).toBe(false);
    expect(lines[1]).toBe(
      'Обязательные чаты;ИСП-21;Куратор (классный руководитель);ИСП-21 — обучающиеся;есть;ИСП-21 Студенты;' +
        lines[1]?.split(';').slice(6).join(';'),
    );
    expect(text).toContain(';нет чата;');
    expect(text).toContain(';устарела;ИСП-21 Родители;');
    expect(text).toContain(';26.10.2026;30;оставлена;');
  });

  it('quotes a value with `;`, quotes and a newline the way Excel reads it back', () => {
    const text = new TextDecoder().decode(exportCsvBytes(input()));
    expect(text).toContain('"Создать; до ""пятницы""\nпозвонить завучу"');
    const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { delimiter: ';', newline: '\r\n' });
    const note = parsed.data.find((row) => row[0] === 'Заметки' && row[3]?.includes('преподаватели'));
    expect(note).toEqual([
      'Заметки',
      '',
      '',
      'К чату «ИСП-21 — преподаватели»',
      'открыта',
      '',
      'Создать; до "пятницы"\nпозвонить завучу',
      '',
      '23.11.2026',
      '',
      '',
      '27.11.2026',
    ]);
  });

  it('has one row per requirement, link and note; stale links and open to-dos with a due date first', () => {
    const rows = exportCsvRows(input());
    const sections = rows.slice(1).map((row) => row[0]);
    expect(sections).toEqual([
      'Обязательные чаты',
      'Обязательные чаты',
      'Обязательные чаты',
      'Ссылки-приглашения',
      'Ссылки-приглашения',
      'Заметки',
      'Заметки',
      'Заметки',
    ]);
    expect(rows[4]?.[3]).toBe('https://max.ru/join/old');
    expect(rows[6]?.[11]).toBe('27.11.2026');
    expect(rows[8]?.[4]).toBe('сделано');
  });

  it('never lets a chat title run as a formula in Excel', () => {
    const base = input();
    const evil: ExportInput = {
      ...base,
      chatTitles: new Map([[STUDENTS, '=HYPERLINK("http://evil","x")']]),
    };
    const text = new TextDecoder().decode(exportCsvBytes(evil));
    expect(text).toContain(`"'=HYPERLINK(""http://evil"",""x"")"`);
  });

  it('escapes every cell that starts with = + - @, a tab or CR, whatever follows (line breaks too)', () => {
    const base = input();
    for (const start of ['=', '+', '-', '@', '\t', '\r']) {
      const title = `${start}HYPERLINK("http://x","y")\nвторая строка`;
      const evil: ExportInput = { ...base, chatTitles: new Map([[STUDENTS, title]]) };
      const text = new TextDecoder().decode(exportCsvBytes(evil));
      expect(text, JSON.stringify(start)).toContain(`"'${title.replace(/"/g, '""')}"`);
      expect(text).not.toMatch(new RegExp(`(^|;)"?${start === '+' ? '\\+' : start}HYPERLINK`, 'm'));
    }
  });

  it('names the chat of a note on a chat by its id', () => {
    const onChat: NoteRecord = {
      id: 4,
      subjectType: 'chat',
      subjectKey: PARENTS,
      text: 'проверить состав',
      createdAt: NOW,
      updatedAt: NOW,
    };
    const row = exportCsvRows(input({ notes: [onChat] })).find((r) => r[0] === 'Заметки');
    expect(row?.slice(3, 7)).toEqual(['К чату ИСП-21 Родители', 'открыта', 'ИСП-21 Родители', 'проверить состав']);
  });

  it('still exports links and notes without an audit', () => {
    const rows = exportCsvRows(input({ result: null }));
    expect(rows.slice(1).map((row) => row[0])).not.toContain('Обязательные чаты');
    expect(rows).toHaveLength(1 + 2 + 3);
  });

  it('speaks English when asked', () => {
    const rows = exportCsvRows(input({ lang: 'en' }));
    expect(rows[0]?.[0]).toBe('Section');
    expect(rows[1]?.[4]).toBe('in place');
  });
});

describe('JSON export', () => {
  it('carries codes, not words, with the format and version', () => {
    const json = buildExportJson(input());
    expect(json).toMatchObject({
      format: 'sverka-export',
      version: 1,
      organization: 'ГБПОУ МО «Можайский техникум»',
      user: 'Иванова Мария Петровна',
      exportedAt: '2026-11-25T12:00:00.000Z',
    });
    expect(json.requirements.map((r) => [r.id, r.status, r.chatTitle])).toEqual([
      ['curator-students/ИСП-21', 'ok', 'ИСП-21 Студенты'],
      ['curator-parents/ИСП-21', 'ok', 'ИСП-21 Родители'],
      ['curator-teachers/ИСП-21', 'missing', undefined],
    ]);
    expect(json.links[0]).toMatchObject({
      url: 'https://max.ru/join/old',
      status: 'stale',
      mark: 'keep',
      ageDays: 30,
      grewBy: 0,
    });
    expect(json.links[1]).toMatchObject({ url: 'https://max.ru/join/new', status: 'used', grewBy: 3 });
    expect(json.notes.map((n) => [n.id, n.done])).toEqual([
      [2, false],
      [1, false],
      [3, true],
    ]);
    expect(JSON.parse(exportJsonText(input()))).toEqual(json);
  });
});

describe('file names', () => {
  it('names the file by the local date', () => {
    expect(exportFileName('csv', NOW)).toBe('sverka-2026-11-25.csv');
    expect(exportFileName('json', NOW)).toBe('sverka-2026-11-25.json');
    expect(exportFileName('backup', NOW)).toBe('sverka-backup-2026-11-25.json');
  });
});
