import { describe, expect, it } from 'vitest';
import { en, ru } from './messages';
import { optionsEn, optionsRu } from './options-messages';
import { createOptionsTranslator, createTranslator } from './translator';

describe('translators', () => {
  it('the options page finds its own strings and the shared ones, in both languages, with placeholders filled', () => {
    const tRu = createOptionsTranslator('ru');
    expect(tRu.t('profileStats', { rules: 12, groups: 4, people: 30 })).toBe(
      'Правил: 12 · групп: 4 · сотрудников в списке: 30',
    );
    expect(tRu.t('openOptions')).toBe('Открыть настройки Сверки');
    const tEn = createOptionsTranslator('en');
    expect(tEn.t('weekdays').split(',')).toHaveLength(7);
    expect(tEn.t('appName')).toBe('Sverka');
  });

  it('options-only strings are not among the shared ones the content script carries', () => {
    for (const key of Object.keys(optionsRu)) {
      expect(ru).not.toHaveProperty(key);
      expect(en).not.toHaveProperty(key);
    }
    expect(Object.keys(optionsEn).sort()).toEqual(Object.keys(optionsRu).sort());
  });

  it('the sidebar translator speaks Russian unless asked for English', () => {
    expect(createTranslator('ru').t('appName')).toBe('Сверка');
    expect(createTranslator('en').t('appName')).toBe('Sverka');
  });
});
