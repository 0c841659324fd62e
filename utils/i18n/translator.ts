import { en, type MessageKey, type Messages, ru } from './messages';
import { type PluralForms, plural } from './plural';

export type Lang = 'ru' | 'en';

/** Russian unless the browser's UI language is English. */
export function pickLang(uiLanguage: string | undefined): Lang {
  return uiLanguage?.toLowerCase().startsWith('en') ? 'en' : 'ru';
}

type StringKey = { [K in MessageKey]: Messages[K] extends string ? K : never }[MessageKey];
type PluralKey = { [K in MessageKey]: Messages[K] extends PluralForms ? K : never }[MessageKey];

export interface Translator {
  lang: Lang;
  t(key: StringKey, params?: Record<string, string | number>): string;
  tn(key: PluralKey, n: number): string;
  time(ms: number): string;
  dateTime(ms: number): string;
  /** «Не удалось сохранить: …», for a failed write; what the user entered is kept by the caller. */
  saveError(error: unknown): string;
}

/** The message of a thrown value, whatever was thrown. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function createTranslator(lang: Lang): Translator {
  const messages: Messages = lang === 'en' ? en : ru;
  const locale = lang === 'en' ? 'en-GB' : 'ru-RU';
  const timeFormat = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' });
  const dateTimeFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'short', timeStyle: 'short' });
  const t: Translator['t'] = (key, params) => {
    const text = messages[key] as string;
    if (!params) return text;
    return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
  };
  return {
    lang,
    t,
    tn(key, n) {
      return plural(lang, n, messages[key] as PluralForms);
    },
    time: (ms) => timeFormat.format(ms),
    dateTime: (ms) => dateTimeFormat.format(ms),
    saveError: (error) => t('saveError', { error: errorMessage(error) }),
  };
}
