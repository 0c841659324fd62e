/**
 * Realistic chat titles of Russian colleges and what each one is a candidate for, alone in the chat list.
 * Keys: S/P/T = the curator's students', parents', teachers' chat of ИСП-21 (21) or ТМ-31 (31); M21 = the teacher's
 * Математика chat of ИСП-21; MDK21 = the teacher's «МДК 01.01» chat of ИСП-21. A trailing «?» marks a weak
 * candidate (score below the group-code-only score: a discipline chat for the plain students' chat, or a title that
 * looks old or for an occasion).
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_PROFILE } from '@/utils/profile/default-profile';
import { audit, type FindingStatus, SCORE } from './audit';
import type { Assignment } from './requirements';

const NOW = Date.UTC(2025, 10, 24, 9);

const assignment: Assignment = {
  roles: [
    { role: 'curator', group: 'ИСП-21' },
    { role: 'teacher', group: 'ИСП-21', discipline: 'Математика' },
    { role: 'teacher', group: 'ИСП-21', discipline: 'МДК 01.01' },
    { role: 'curator', group: 'ТМ-31' },
  ],
};

const KEYS: Record<string, string> = {
  'curator-students/ИСП-21': 'S21',
  'curator-parents/ИСП-21': 'P21',
  'curator-teachers/ИСП-21': 'T21',
  'teacher-discipline/ИСП-21/Математика': 'M21',
  'teacher-discipline/ИСП-21/МДК 01.01': 'MDK21',
  'curator-students/ТМ-31': 'S31',
  'curator-parents/ТМ-31': 'P31',
  'curator-teachers/ТМ-31': 'T31',
};

const TITLE_TABLE: ReadonlyArray<readonly [title: string, expected: readonly string[]]> = [
  ['ИСП-21 Родители', ['P21']],
  ['ИСП-21 Студенты 🎓', ['S21']],
  ['«ИСП-21» преподаватели', ['T21']],
  ['Группа ТМ 31 — преподаватели', ['T31']],
  ['Матем. ИСП-22', []],
  ['Матем. ИСП-21', ['M21', 'S21?']],
  ['Кл. час 1 курс', []],
  ['ИСП21', ['S21']],
  ['ИСП 21 родители', ['P21']],
  ['исп-21 студенты', ['S21']],
  ['ИCП-21 Родители', ['P21']], // Latin C
  ['ИСП-21 Родитли', ['P21']],
  ['Родительский чат ИСП-21 (2024-2028)', ['P21']],
  ['ИСП-211 студенты', []],
  ['1ИСП-21 студенты', []],
  ['ИСП-21а студенты', []],
  ['ИСП-21 🎓', ['S21']],
  ['⭐ ИСП-21 ⭐ Родители ⭐', ['P21']],
  ['Родители ИСП-21 — 2023/24 (VK)', ['P21']],
  ['Сферум — ИСП-21 (архив VK)', ['S21?']],
  ['[Сферум VK] ИСП-21 1 курс 2023', ['S21?']],
  ['Практика ИСП-21 лето 2024', ['S21?']],
  ['Экзамен ИСП 21 — 2024', ['S21?']],
  // A longer discipline than Математика (this table names Математика only): a weak candidate, at best ambiguous.
  ['ИСП-21 | Элементы высшей математики', ['M21?', 'S21?']],
  ['Основы высшей математики ИСП-21', ['M21?', 'S21?']],
  ['Математика Иванова М.П. ИСП-21', ['M21', 'S21?']],
  ['Математика 📐 ИСП-21', ['M21', 'S21?']],
  ['"Математика" ИСП-11 (2023)', []],
  ['ИСП-21 МДК.01.01', ['MDK21', 'S21?']],
  ['ИСП-21 мдк 1.1', ['MDK21', 'S21?']],
  ['ИСП-21 МДК 01.02', ['S21?']],
  ['Информатика ИСП-21', ['S21?']],
  ['ТМ-31 Математика (консультации)', ['S31?']],
  ['ТМ-32 — родители', []],
  ['ТМ-31 — родители', ['P31']],
  ['TM-31 родители', ['P31']], // Latin T and M
  ['ТМ31 студенты', ['S31']],
  ['Группа ТМ-31', ['S31']],
  ['СА-12 классный час', []],
  ['ТМ-31 классный час', ['S31']],
  ['Студенты ТМ-311', []],
  ['ИСП-21, ИСП-22 — родители', ['P21']],
  ['Родители студентов ИСП-21', ['P21']],
  ['Чат родителей группы ИСП-21', ['P21']],
  ['Законные представители обучающихся ИСП-21', ['P21']],
  ['Мамы и папы ИСП-21', ['P21']],
  ['ИСП-21 parents', ['P21']],
  ['ISP-21 students', ['S21']],
  ['ИСП-21 teachers', ['T21']],
  ['Преподы ИСП-21', ['T21']],
  ['Педагоги ИСП-21', ['T21']],
  ['Учителя ИСП-21', ['T21']],
  ['Коллеги, работающие в ИСП-21', ['T21']],
  ['ИСП-21: педагоги группы', ['T21']],
  ['Преподаватели и кураторы ТМ-31', ['T31']],
  ['Педсовет', []],
  ['Кураторы 2025/26', []],
  ['Хор «Голоса»', []],
  ['Новости техникума', []],
  ['Студсовет', []],
  ['ИСП-21 Математика родители', ['P21']],
  ['Математика ИСП-21 студенты', ['M21', 'S21?']],
  ['Матем ИСП-21', ['M21', 'S21?']],
  ['ИСП-21 мат.', ['M21', 'S21?']],
  ['Студенты ИСП-21 (2024-2028)', ['S21']],
  ['ИСП-21 студенты 2023/24', ['S21']],
  ['ИСП-21 студетны', ['S21']],
  ['ИСП — 21 студенты', ['S21']],
  ['ИСП.21 студенты', ['S21']],
  ['ИСП_21 студенты', ['S21']],
  ['исп21 родители', ['P21']],
  ['ИСП-2 студенты', []],
  ['ИСП-12 студенты', []],
  ['ИСПП-21 студенты', []],
  ['СИСП-21 студенты', []],
  ['ИСП-21-1 студенты', ['S21']],
  ['Классный руководитель и родители ИСП-21', ['P21']],
  ['ИСП-21 Студенты (Сферум)', ['S21']],
  ['ИСП-21 ДОМАШКА', ['S21']],
  ['ИСП-21 Родители 👨‍👩‍👧', ['P21']],
  ['ИСП\u201121 Родители', ['P21']], // non-breaking hyphen
  ['ＩＳＰ-21 студенты', ['S21']], // full-width Latin
  ['Обучающиеся ТМ-31', ['S31']],
  ['ТМ-31 Родители (VK, архив)', ['P31']],
  ['ИСП-21 МДК.01.01 родители', ['P21']],
  ['ИСП-21 студенты МДК 01.01', ['MDK21', 'S21?']],
  ['ИСП-21 ОП.04', ['S21?']],
  ['ИСП-21 Физра', ['S21?']],
  ['Сотрудники ИСП-21', []],
  ['ИСП-21 Родители учащихся', ['P21']],
  ['Учащиеся ИСП-21', ['S21']],
  ['Студенты ИСП-21 и ТМ-31', ['S21', 'S31']],
  ['«ИСП–21» — РОДИТЕЛИ', ['P21']],
  ['Группа ИСП-21 (официальный)', ['S21']],
  ['ИСП-21 преподаватели (старый)', ['T21']],
  ['', []],
  ['🎓🎓🎓', []],
];

function candidacy(title: string): string[] {
  const chat = { id: '-70000000101', type: 'CHAT', status: 'ACTIVE', title };
  const result = audit(DEFAULT_PROFILE, assignment, { chats: [chat], listComplete: true }, [], NOW);
  const out: string[] = [];
  for (const finding of result.findings) {
    const candidate = finding.candidates.find((c) => c.chatId === chat.id);
    if (!candidate) continue;
    const key = KEYS[finding.requirement.id] ?? finding.requirement.id;
    out.push(candidate.score < SCORE.groupOnly ? `${key}?` : key);
  }
  return out.sort();
}

describe('title table', () => {
  it('has at least 80 titles', () => {
    expect(TITLE_TABLE.length).toBeGreaterThanOrEqual(80);
  });
  it.each(TITLE_TABLE)('%s → %j', (title, expected) => {
    expect(candidacy(title)).toEqual([...expected].sort());
  });
});

/**
 * Longer disciplines («Matching a teacher can trust»): a title naming a longer discipline that contains the required
 * one's words is another discipline, not a weaker match. Each row: the one chat in the list, the disciplines the user
 * teaches in ИСП-21, and the status of each one's requirement. When both are named, each chat goes to its own; when
 * only the shorter one is, the longer title makes it at best ambiguous, never ok.
 */
const LONGER_TABLE: ReadonlyArray<
  readonly [title: string, named: readonly string[], expected: Readonly<Record<string, FindingStatus>>]
> = [
  ['ИСП-21 Русский язык и культура речи', ['Русский язык'], { 'Русский язык': 'ambiguous' }],
  [
    'ИСП-21 Русский язык и культура речи',
    ['Русский язык', 'Русский язык и культура речи'],
    { 'Русский язык': 'missing', 'Русский язык и культура речи': 'ok' },
  ],
  [
    'ИСП-21 Русский язык',
    ['Русский язык', 'Русский язык и культура речи'],
    { 'Русский язык': 'ok', 'Русский язык и культура речи': 'missing' },
  ],
  ['РУССКИЙ ЯЗЫК И КУЛЬТУРА РЕЧИ ИСП-21', ['Русский язык'], { 'Русский язык': 'ambiguous' }],
  ['Основы философии ИСП-21', ['Философия'], { Философия: 'ambiguous' }],
  ['Основы философии ИСП-21', ['Философия', 'Основы философии'], { Философия: 'missing', 'Основы философии': 'ok' }],
  ['ИСП-21 Философия', ['Философия', 'Основы философии'], { Философия: 'ok', 'Основы философии': 'missing' }],
  ['Техническая механика ИСП-21', ['Механика'], { Механика: 'ambiguous' }],
  [
    'Техническая механика ИСП-21',
    ['Механика', 'Техническая механика'],
    { Механика: 'missing', 'Техническая механика': 'ok' },
  ],
  ['ИСП-21 | Элементы высшей математики', ['Математика'], { Математика: 'ambiguous' }],
  [
    'ИСП-21 | Элементы высшей математики',
    ['Математика', 'Элементы высшей математики'],
    { Математика: 'missing', 'Элементы высшей математики': 'ok' },
  ],
  [
    'Математика 📐 ИСП-21',
    ['Математика', 'Элементы высшей математики'],
    { Математика: 'ok', 'Элементы высшей математики': 'missing' },
  ],
  [
    'Иностранный язык в профессиональной деятельности ИСП-21',
    ['Иностранный язык'],
    { 'Иностранный язык': 'ambiguous' },
  ],
  [
    'Иностранный язык в профессиональной деятельности ИСП-21',
    ['Иностранный язык', 'Иностранный язык в профессиональной деятельности'],
    { 'Иностранный язык': 'missing', 'Иностранный язык в профессиональной деятельности': 'ok' },
  ],
  // «Английский» names neither in full: the longer one is not found, and the shorter is still not «есть».
  [
    'ИСП-21 Английский язык в проф. деятельности',
    ['Иностранный язык', 'Иностранный язык в профессиональной деятельности'],
    { 'Иностранный язык': 'ambiguous', 'Иностранный язык в профессиональной деятельности': 'missing' },
  ],
  ['ИСП-21 Английский язык', ['Иностранный язык'], { 'Иностранный язык': 'ok' }],
  ['Экономика организации ИСП-21', ['Экономика'], { Экономика: 'ambiguous' }],
  ['Электротехника и электроника ИСП-21', ['Электротехника'], { Электротехника: 'ambiguous' }],
  ['Адаптивная физическая культура ИСП-21', ['Физическая культура'], { 'Физическая культура': 'ambiguous' }],
  [
    'ИСП-21 Физра',
    ['Физическая культура', 'Адаптивная физическая культура'],
    { 'Физическая культура': 'ok', 'Адаптивная физическая культура': 'missing' },
  ],
  // «Информатика и ИКТ» is Информатика under its older name (see BUILTIN_ALIASES in title-discipline.ts), not a longer
  // discipline; a profile that names both still gets the chat to the one it names exactly.
  ['ИСП-21 Информатика и ИКТ', ['Информатика'], { Информатика: 'ok' }],
  [
    'ИСП-21 Информатика и ИКТ',
    ['Информатика', 'Информатика и ИКТ'],
    { Информатика: 'missing', 'Информатика и ИКТ': 'ok' },
  ],
  ['ИСП-21 Информатика', ['Информатика', 'Информатика и ИКТ'], { Информатика: 'ok', 'Информатика и ИКТ': 'missing' }],
  // Not longer: a name after it, a part in brackets, kind and filler words.
  ['Математика Иванова М.П. ИСП-21', ['Математика'], { Математика: 'ok' }],
  ['Математика ИСП-21 (основы)', ['Математика'], { Математика: 'ok' }],
  ['Математика ИСП-21 студенты, домашние задания', ['Математика'], { Математика: 'ok' }],
];

function statuses(title: string, named: readonly string[]): Record<string, FindingStatus> {
  const chat = { id: '-70000000101', type: 'CHAT', status: 'ACTIVE', title };
  const roles = named.map((discipline) => ({ role: 'teacher' as const, group: 'ИСП-21', discipline }));
  const result = audit(DEFAULT_PROFILE, { roles }, { chats: [chat], listComplete: true }, [], NOW);
  return Object.fromEntries(result.findings.map((f) => [f.requirement.discipline ?? f.requirement.id, f.status]));
}

describe('longer disciplines', () => {
  it.each(LONGER_TABLE)('%s, teaching %j → %j', (title, named, expected) => {
    expect(statuses(title, named)).toEqual(expected);
  });
});
