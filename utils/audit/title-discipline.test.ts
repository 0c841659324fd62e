import { describe, expect, it } from 'vitest';
import { DISCIPLINE_RULES, disciplineInTitle, titleHasDiscipline } from './title-discipline';

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
