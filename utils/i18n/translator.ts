import { en, type Messages, ru } from './messages';
import { type OptionsMessages, optionsEn, optionsRu } from './options-messages';
import { type PluralForms, plural } from './plural';

export type Lang = 'ru' | 'en';

/** Russian unless the browser's UI language is English. */
export function pickLang(uiLanguage: string | undefined): Lang {
  return uiLanguage?.toLowerCase().startsWith('en') ? 'en' : 'ru';
}

type Catalog = Record<string, string | PluralForms>;
type StringKey<M extends Catalog> = { [K in keyof M]: M[K] extends string ? K : never }[keyof M];
type PluralKey<M extends Catalog> = { [K in keyof M]: M[K] extends PluralForms ? K : never }[keyof M];

/** Strings of the sidebar, the report and the pages (messages.ts). */
export interface Translator {
  lang: Lang;
  t(key: StringKey<Messages>, params?: Record<string, string | number>): string;
  tn(key: PluralKey<Messages>, n: number): string;
  time(ms: number): string;
  dateTime(ms: number): string;
  /** «Не удалось сохранить: …», for a failed write; what the user entered is kept by the caller. */
  saveError(error: unknown): string;
  /** Makes the date and plural formatters now, e.g. while the page is idle, so that a first render does not. */
  prepare(): void;
}

/** The options page's: its own strings too (options-messages.ts); serves wherever a Translator is asked for. */
export interface OptionsTranslator extends Translator {
  t(key: StringKey<Messages & OptionsMessages>, params?: Record<string, string | number>): string;
}

/** What both are made of: keys are checked by the interfaces above, not here. */
interface AnyTranslator extends Omit<Translator, 't' | 'tn'> {
  t(key: string, params?: Record<string, string | number>): string;
  tn(key: string, n: number): string;
}

/** The message of a thrown value, whatever was thrown. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function createTranslator(lang: Lang): Translator {
  return translatorOf(lang, lang === 'en' ? en : ru);
}

/** The options page's: its own strings beside the shared ones (the content script does not carry them). */
export function createOptionsTranslator(lang: Lang): OptionsTranslator {
  return translatorOf(lang, lang === 'en' ? { ...en, ...optionsEn } : { ...ru, ...optionsRu });
}

function translatorOf(lang: Lang, messages: Catalog): AnyTranslator {
  const locale = lang === 'en' ? 'en-GB' : 'ru-RU';
  // Made on first use: the first Intl object of a page costs milliseconds (locale data), at MAX web's own start.
  let timeFormat: Intl.DateTimeFormat | undefined;
  let dateTimeFormat: Intl.DateTimeFormat | undefined;
  const t = (key: string, params?: Record<string, string | number>) => {
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
