/**
 * Realistic chat titles of Russian colleges and what each one is a candidate for, alone in the chat list.
 * Keys: S/P/T = the curator's students', parents', teachers' chat of ИСП-21 (21) or ТМ-31 (31); M21 = the teacher's
 * Математика chat of ИСП-21; MDK21 = the teacher's «МДК 01.01» chat of ИСП-21. A trailing «?» marks a weak
 * candidate (score below the group-code-only score: a discipline chat for the plain students' chat, or a title that
 * looks old or for an occasion).
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_PROFILE } from '../profile/default-profile';
import { audit, SCORE } from './audit';
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
  ['ИСП-21 | Элементы высшей математики', ['M21', 'S21?']],
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
