import { describe, expect, it } from 'vitest';
import * as rules from './match-title';
import {
  DISCIPLINE_RULES,
  disciplineInTitle,
  KIND_RULES,
  oldMarker,
  prepareTitle,
  titleHasDiscipline,
} from './match-title';
import { titleHasGroup, titleHasGroup_ } from './title-group';

describe('kind rules: every example matches its own rule and no other', () => {
  const entries = Object.entries(KIND_RULES);
  for (const [name, [rule, examples]] of entries) {
    it.each(examples)(`${name}: %s`, (title) => {
      expect(rule(title)).toBe(true);
      const others = entries.filter(([other, [test]]) => other !== name && test(title)).map(([other]) => other);
      expect(others).toEqual([]);
    });
  }

  it('every exported kind rule is in KIND_RULES with examples beside it', () => {
    const exported = Object.keys(rules).filter((key) => /^is\w+Title$/.test(key));
    expect(exported.sort()).toEqual(Object.keys(KIND_RULES).sort());
    for (const key of exported) expect((rules as Record<string, unknown>)[`${key}_`]).toBeInstanceOf(Array);
  });
});

describe('discipline rules: every example gives its answer, and one true for a rule is false for the other', () => {
  const entries = Object.entries(DISCIPLINE_RULES);
  for (const [name, [rule, examples]] of entries) {
    it.each(examples)(`${name}: %s ~ %s → %s`, (title, discipline, expected) => {
      expect(rule(title, discipline)).toBe(expected);
      if (!expected) return;
      const others = entries.filter(([other, [test]]) => other !== name && test(title, discipline)).map(([o]) => o);
      expect(others).toEqual([]);
    });
  }

  it('profile aliases count', () => {
    expect(titleHasDiscipline('ИСП-21 ТРПО', 'Технология разработки ПО', ['трпо'])).toBe(true);
    expect(titleHasDiscipline('ИСП-21 ТРПО', 'Технология разработки ПО')).toBe(false);
  });

  it('the issue’s pairs: the longer title is another discipline, each title is its own discipline', () => {
    const pairs = [
      ['Русский язык', 'Русский язык и культура речи'],
      ['Философия', 'Основы философии'],
      ['Механика', 'Техническая механика'],
      ['Математика', 'Элементы высшей математики'],
      ['Иностранный язык', 'Иностранный язык в профессиональной деятельности'],
    ] as const;
    for (const [shorter, longer] of pairs) {
      expect(disciplineInTitle(`ИСП-21 ${longer}`, shorter), longer).toBe('longer');
      expect(disciplineInTitle(`${longer} ИСП-21`, shorter), longer).toBe('longer');
      expect(disciplineInTitle(`ИСП-21 ${longer}`, longer), longer).toBe('itself');
      expect(disciplineInTitle(`ИСП-21 ${shorter}`, shorter), shorter).toBe('itself');
    }
  });

  it('a part of the title in brackets, quotes or after «|», «:», «,» is not part of the discipline’s name', () => {
    expect(disciplineInTitle('Математика ИСП-21 (основы)', 'Математика')).toBe('itself');
    expect(disciplineInTitle('«Механика» ИСП-21, техническая группа', 'Механика')).toBe('itself');
    expect(disciplineInTitle('Механика | техническая поддержка ИСП-21', 'Механика')).toBe('itself');
  });
});

describe('titleHasGroup: its examples', () => {
  it.each(titleHasGroup_)('%s has %s → %s', (title, group, expected) => {
    expect(titleHasGroup(title, group)).toBe(expected);
  });
});

describe('old titles', () => {
  const nov2025 = 2025;
  it.each([
    ['родители исп 21 2023 24', '2023/24'],
    ['практика исп 21 лето 2024', '2024'],
    ['исп 21 архив', 'архив'],
    ['сферум vk исп 21', 'vk'],
  ])('%s → %s', (norm, marker) => {
    expect(oldMarker(norm, nov2025)).toBe(marker);
  });
  it.each(['родители исп 21 2024 2028', 'кураторы 2025 26', 'исп 21', 'приемная комиссия 2025'])(
    '%s is current',
    (norm) => {
      expect(oldMarker(norm, nov2025)).toBeNull();
    },
  );
  it('uses now: a 2025/26 title is old in the 2026/27 academic year', () => {
    expect(prepareTitle('Кураторы 2025/26', Date.UTC(2026, 8, 2)).old).toBe('2025/26');
    expect(prepareTitle('Кураторы 2025/26', Date.UTC(2026, 5, 2)).old).toBeNull();
  });
});
