/**
 * Reasons of a finding: structured (`{ code, params }`, stored and compared) and in words (`describeReason`).
 */
import type { MaxId } from '@/utils/max/bridge-events';

export type Reason =
  /** The chosen chat, and why its title fits. `word`: the kind word found; `discipline`: the discipline found. */
  | { code: 'found'; params: { chatId: MaxId; title: string; group?: string; word?: string; discipline?: string } }
  /** The chosen chat names the group only (no kind word): taken as the students' chat, with a lower score. */
  | { code: 'group-only'; params: { title: string; group: string } }
  /** For the curator's students' chat only a discipline chat of the group was found. */
  | { code: 'discipline-chat-only'; params: { title: string } }
  /** The title looks like a chat of the past («2023/24», «архив», «VK»). */
  | { code: 'old-title'; params: { title: string; marker: string } }
  /** The title looks like a chat for one occasion («практика», «экзамен»). */
  | { code: 'topic-title'; params: { title: string; marker: string } }
  /** Members besides the user, against the group's size in the profile. */
  | { code: 'few-members'; params: { members: number; groupSize: number } }
  | { code: 'not-owner-or-admin'; params: { title: string } }
  /** The chosen chat is in the user's archive in MAX: it still counts. */
  | { code: 'archived'; params: { title: string } }
  | { code: 'ambiguous'; params: { titles: string[] } }
  /**
   * The only candidates name a longer discipline that contains the required one's words («Основы философии» for
   * «Философия»): another discipline, so not chosen. Up to 4 titles.
   */
  | { code: 'longer-discipline'; params: { titles: string[]; discipline: string } }
  /** Weaker candidates that were not chosen (up to 3). */
  | { code: 'other-candidates'; params: { titles: string[] } }
  | { code: 'no-chat'; params: { suggestedTitle: string; invite: string } }
  | { code: 'list-partial'; params: Record<string, never> }
  | { code: 'data-problem'; params: { detail: string } }
  | { code: 'linked-by-hand'; params: { chatId: MaxId; title?: string } }
  | { code: 'linked-chat-gone'; params: { chatId: MaxId } }
  | { code: 'linked-chat-not-loaded'; params: { chatId: MaxId } }
  | { code: 'not-required'; params: { reason: string } };

export type Lang = 'ru' | 'en';

const q = (lang: Lang, s: string) => (lang === 'ru' ? `«${s}»` : `“${s}”`);
const list = (lang: Lang, titles: readonly string[]) => titles.map((t) => q(lang, t)).join(', ');

/** A reason in words, Russian or English. */
export function describeReason(reason: Reason, lang: Lang = 'ru'): string {
  const ru = lang === 'ru';
  switch (reason.code) {
    case 'found': {
      const { title, group, word, discipline } = reason.params;
      const parts: string[] = [];
      if (group) parts.push(ru ? `группу ${group}` : `group ${group}`);
      if (discipline) parts.push(ru ? `дисциплину ${q(lang, discipline)}` : `discipline ${q(lang, discipline)}`);
      if (word) parts.push(ru ? `слово ${q(lang, word)}` : `the word ${q(lang, word)}`);
      const what = parts.join(ru ? ' и ' : ' and ');
      if (ru) return what ? `Найден чат ${q(lang, title)}: название содержит ${what}` : `Найден чат ${q(lang, title)}`;
      return what ? `Found chat ${q(lang, title)}: its title has ${what}` : `Found chat ${q(lang, title)}`;
    }
    case 'group-only':
      return ru
        ? `В названии чата ${q(lang, reason.params.title)} только группа ${reason.params.group}, без слов «студенты», «родители» или «преподаватели» — считаем его чатом обучающихся`
        : `Chat ${q(lang, reason.params.title)} names only group ${reason.params.group}, with no word for students, parents or teachers — taken as the students’ chat`;
    case 'discipline-chat-only':
      return ru
        ? `Нашёлся только чат по дисциплине, ${q(lang, reason.params.title)}, — создайте общий чат группы и пригласите всех обучающихся`
        : `Only a discipline chat was found, ${q(lang, reason.params.title)} — create a chat for the whole group and invite all its students`;
    case 'old-title':
      return ru
        ? `Название чата ${q(lang, reason.params.title)} похоже на старое (${q(lang, reason.params.marker)}) — если чат нынешний, переименуйте его, если нет, создайте новый`
        : `Chat ${q(lang, reason.params.title)} looks old (${q(lang, reason.params.marker)}) — if it is the current one, rename it; if not, create a new one`;
    case 'topic-title':
      return ru
        ? `Чат ${q(lang, reason.params.title)} похож на чат по отдельному поводу (${q(lang, reason.params.marker)}) — группе нужен постоянный чат: переименуйте этот или создайте новый`
        : `Chat ${q(lang, reason.params.title)} looks like a chat for one occasion (${q(lang, reason.params.marker)}) — the group needs a standing chat: rename this one or create a new one`;
    case 'few-members':
      return ru
        ? `В чате ${reason.params.members} из ${reason.params.groupSize} — пригласите оставшихся`
        : `The chat has ${reason.params.members} of ${reason.params.groupSize} — invite the rest`;
    case 'not-owner-or-admin':
      return ru
        ? `Вы не владелец и не администратор чата ${q(lang, reason.params.title)} — попросите владельца сделать вас администратором`
        : `You are neither the owner nor an admin of chat ${q(lang, reason.params.title)} — ask its owner to make you an admin`;
    case 'archived':
      if (ru)
        return reason.params.title
          ? `${q(lang, reason.params.title)}: чат в архиве — он всё равно засчитан`
          : 'Чат в архиве — он всё равно засчитан';
      return reason.params.title
        ? `${q(lang, reason.params.title)}: the chat is archived — it still counts`
        : 'The chat is archived — it still counts';
    case 'ambiguous': {
      const { titles } = reason.params;
      if (ru)
        return titles.length === 2
          ? `Два равноценных чата: ${q(lang, titles[0] ?? '')} и ${q(lang, titles[1] ?? '')} — свяжите нужный вручную`
          : `Несколько равноценных чатов (${titles.length}): ${list(lang, titles)} — свяжите нужный вручную`;
      return `${titles.length === 2 ? 'Two' : titles.length} equally good chats: ${list(lang, titles)} — link the right one by hand`;
    }
    case 'longer-discipline': {
      const { titles, discipline } = reason.params;
      if (ru)
        return titles.length === 1
          ? `${q(lang, titles[0] ?? '')} — похоже, чат другой дисциплины: её название длиннее, чем ${q(lang, discipline)}. Если это тот же чат, свяжите его вручную`
          : `${list(lang, titles)} — похоже, чаты других дисциплин: их названия длиннее, чем ${q(lang, discipline)}. Если среди них нужный, свяжите его вручную`;
      return titles.length === 1
        ? `${q(lang, titles[0] ?? '')} looks like a chat of another discipline, with a longer name than ${q(lang, discipline)}. If it is the same chat, link it by hand`
        : `${list(lang, titles)} look like chats of other disciplines, with longer names than ${q(lang, discipline)}. If one of them is the right chat, link it by hand`;
    }
    case 'other-candidates':
      return ru
        ? `Подходят и другие чаты, но слабее: ${list(lang, reason.params.titles)}`
        : `Other chats fit less well: ${list(lang, reason.params.titles)}`;
    case 'no-chat':
      return ru
        ? `Чата нет. Создайте ${q(lang, reason.params.suggestedTitle)} и пригласите: ${reason.params.invite}`
        : `No such chat. Create ${q(lang, reason.params.suggestedTitle)} and invite: ${reason.params.invite}`;
    case 'list-partial':
      return ru
        ? 'Список чатов MAX ещё не загружен полностью — чат может быть дальше в списке'
        : 'The MAX chat list is not fully loaded yet — the chat may be further down the list';
    case 'data-problem':
      return ru
        ? `Данные MAX прочитаны не полностью (${reason.params.detail}) — отсутствие чата не подтверждено`
        : `MAX data was not fully understood (${reason.params.detail}) — the chat is not confirmed missing`;
    case 'linked-by-hand':
      if (ru) return reason.params.title ? `Связан вручную с чатом ${q(lang, reason.params.title)}` : 'Связан вручную';
      return reason.params.title ? `Linked by hand to chat ${q(lang, reason.params.title)}` : 'Linked by hand';
    case 'linked-chat-gone':
      return ru
        ? 'Чат, связанный вручную, больше не найден в MAX (удалён, или вы из него вышли)'
        : 'The chat linked by hand is no longer in MAX (removed, or you left it)';
    case 'linked-chat-not-loaded':
      return ru
        ? 'Чат, связанный вручную, ещё не загружен — список чатов MAX неполный'
        : 'The chat linked by hand is not loaded yet — the MAX chat list is partial';
    case 'not-required':
      return ru ? `Отмечено как ненужное: ${reason.params.reason}` : `Marked as not required: ${reason.params.reason}`;
  }
}
