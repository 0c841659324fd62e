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
  /** Makes the date and plural formatters now, e.g. while the page is idle, so that a first render does not. */
  prepare(): void;
}

/** The message of a thrown value, whatever was thrown. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function createTranslator(lang: Lang): Translator {
  const messages: Messages = lang === 'en' ? en : ru;
  const locale = lang === 'en' ? 'en-GB' : 'ru-RU';
  // Made on first use: the first Intl object of a page costs milliseconds (locale data), at MAX web's own start.
  let timeFormat: Intl.DateTimeFormat | undefined;
  let dateTimeFormat: Intl.DateTimeFormat | undefined;
  const t: Translator['t'] = (key, params) => {
    const text = messages[key] as string;
    if (!params) return text;
    return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
  };
  const time = (ms: number) => {
    timeFormat ??= new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' });
    return timeFormat.format(ms);
  };
  const dateTime = (ms: number) => {
    dateTimeFormat ??= new Intl.DateTimeFormat(locale, { dateStyle: 'short', timeStyle: 'short' });
    return dateTimeFormat.format(ms);
  };
  return {
    lang,
    t,
    time,
    dateTime,
    tn(key, n) {
      return plural(lang, n, messages[key] as PluralForms);
    },
    saveError: (error) => t('saveError', { error: errorMessage(error) }),
    prepare() {
      time(0);
      dateTime(0);
      plural(lang, 1, { one: '', other: '' });
    },
  };
}
