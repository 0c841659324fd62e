/**
 * The words of a reminder, Russian first, English second. A missing chat is named short, the way a curator says it:
 * «ИСП-21 — Математика», «ТМ-31 — родители»; a rule per person or a custom rule by its suggested title.
 */
import type { Requirement } from '@/utils/audit/requirements';
import { plural } from '@/utils/i18n/plural';
import type { Lang } from '@/utils/i18n/translator';

/** At most this many chats are named; the rest are counted («и ещё 3»). */
export const MAX_NAMED = 4;

const KIND_WORD: Record<Lang, Partial<Record<Requirement['kind'], string>>> = {
  ru: { students: 'обучающиеся', parents: 'родители', teachers: 'преподаватели' },
  en: { students: 'students', parents: 'parents', teachers: 'teachers' },
};

export function requirementLabel(requirement: Requirement, lang: Lang): string {
  const { group, discipline, kind } = requirement;
  if (group && discipline) return `${group} — ${discipline}`;
  const word = KIND_WORD[lang][kind];
  if (group && word) return `${group} — ${word}`;
  return requirement.suggestedTitle || requirement.id;
}

export function missingTitle(n: number, lang: Lang): string {
  return lang === 'en'
    ? `Сверка: ${plural('en', n, { one: '{n} chat missing', other: '{n} chats missing' })}`
    : `Сверка: не хватает ${plural('ru', n, { one: '{n} чата', few: '{n} чатов', many: '{n} чатов', other: '{n} чата' })}`;
}

export function missingMessage(requirements: readonly Requirement[], lang: Lang): string {
  const named = requirements.slice(0, MAX_NAMED).map((r) => requirementLabel(r, lang));
  const rest = requirements.length - named.length;
  const head = lang === 'en' ? 'No chat: ' : 'Нет чата: ';
  const tail = rest > 0 ? (lang === 'en' ? ` and ${rest} more` : ` и ещё ${rest}`) : '';
  return `${head}${named.join('; ')}${tail}`;
}

export function refreshNudgeText(lang: Lang): { title: string; message: string } {
  return lang === 'en'
    ? { title: 'Сверка', message: 'Open MAX web to refresh the data' }
    : { title: 'Сверка', message: 'Откройте MAX web, чтобы обновить данные' };
}
