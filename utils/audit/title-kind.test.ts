import { describe, expect, it } from 'vitest';
import { prepareTitle } from './prepared-title';
import * as rules from './title-kind';
import { KIND_RULES, oldMarker } from './title-kind';

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
