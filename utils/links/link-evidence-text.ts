/**
 * Evidence for an invite link's status: structured (`{ code, params }`, stored and compared; the status is a
 * pure function of it, see `statusFromEvidence` in link-status.ts) and in words (`describeLinkEvidence`).
 */
import { plural } from '../i18n/plural';
import type { MaxId } from '../max/bridge-events';

export type Lang = 'ru' | 'en';

/** Where `postedAt` comes from: the earliest message with the link, the chat's creation, or when Сверка first saw it. */
export type PostedAtSource = 'message' | 'created' | 'first-seen';

export type LinkEvidence =
  /** No chat this user knows has or had this link: the target is not visible to them. → unknown */
  | { code: 'target-unknown'; params: Record<string, never> }
  /** The history says the link belongs to this chat, but the chat is not among the loaded ones (left, or not loaded). → unknown */
  | { code: 'target-not-loaded'; params: { chatId: MaxId } }
  /** The target chat's status is neither ACTIVE nor REMOVED (e.g. the user left it): its data may be outdated. → unknown */
  | { code: 'target-inactive'; params: { chatId: MaxId; title?: string; status: string } }
  /** The target chat was removed: the link leads nowhere. → revoked */
  | { code: 'target-removed'; params: { chatId: MaxId; title?: string } }
  /** The target chat's link was reset: it shows another one now. `replacedAt`: when Сверка first saw that. → revoked */
  | { code: 'link-replaced'; params: { chatId: MaxId; title?: string; replacedAt?: number } }
  /** When the link was posted (see PostedAtSource), its age in whole days, and the threshold it is judged by. */
  | {
      code: 'posted';
      params: { postedAt: number; ageDays: number; staleDays: number; source: PostedAtSource };
    }
  /** No message with the link carries a time, and it is not a chat's own link: its age is unknown (never stale). */
  | { code: 'posted-unknown'; params: Record<string, never> }
  /**
   * Members of the target chat (but its owner) who joined after the link was posted (a lower bound when members
   * are incomplete); `source`: what «posted» means (see PostedAtSource). → used
   */
  | { code: 'joined-after'; params: { count: number; source: PostedAtSource } }
  /** The dialog partner the link was sent to joined the target chat after it was sent. → used */
  | { code: 'partner-joined'; params: { userId: MaxId; name?: string } }
  /** The dialog partner the link was sent to is not (yet) a member of the target chat. */
  | { code: 'partner-not-member'; params: { userId: MaxId; name?: string } }
  /** All members' join times are known and none joined after the link was posted. → unused, or stale when ageDays > staleDays */
  | { code: 'no-joins-after'; params: { ageDays: number; staleDays: number } }
  /** MAX did not send the target chat's members: nobody can say whether anyone joined. */
  | { code: 'members-unknown'; params: Record<string, never> }
  /** Only some members are known (`total`: the chat's participantsCount, when MAX sent it). */
  | { code: 'members-incomplete'; params: { known: number; total?: number } }
  /**
   * A hint, not a status: the user's chat has had its own link for `ageDays` and nobody joined (or the link was
   * posted) for `quietDays` — reset the link if the chat is complete.
   */
  | {
      code: 'own-link-quiet';
      params: { chatId: MaxId; title?: string; ageDays: number; quietDays: number; anyJoined: boolean };
    };

const q = (lang: Lang, s: string) => (lang === 'ru' ? `«${s}»` : `“${s}”`);

function days(lang: Lang, n: number): string {
  return lang === 'ru'
    ? plural('ru', n, { one: '{n} день', few: '{n} дня', many: '{n} дней', other: '{n} дня' })
    : plural('en', n, { one: '{n} day', other: '{n} days' });
}

/** «ссылке 37 дней» / “the link is 37 days old”. */
function linkAge(lang: Lang, n: number): string {
  if (lang === 'ru') return n <= 0 ? 'ссылке меньше суток' : `ссылке ${days(lang, n)}`;
  return n <= 0 ? 'the link is less than a day old' : `the link is ${days(lang, n)} old`;
}

function ago(lang: Lang, n: number): string {
  if (lang === 'ru') return n <= 0 ? 'сегодня' : `${days(lang, n)} назад`;
  return n <= 0 ? 'today' : `${days(lang, n)} ago`;
}

function chatName(lang: Lang, title: string | undefined): string {
  if (title) return lang === 'ru' ? `чата ${q(lang, title)}` : `of chat ${q(lang, title)}`;
  return lang === 'ru' ? 'чата' : 'of the chat';
}

function partner(name: string | undefined, userId: MaxId): string {
  return name || `id ${userId}`;
}

/** One piece of evidence in words, Russian or English (lower case: the UI joins them or capitalizes). */
export function describeLinkEvidence(e: LinkEvidence, lang: Lang = 'ru'): string {
  const ru = lang === 'ru';
  switch (e.code) {
    case 'target-unknown':
      return ru
        ? 'чат по ссылке вам не виден — Сверка не может проверить, пользовались ли ею'
        : 'the chat behind the link is not visible to you — Сверка cannot tell whether it was used';
    case 'target-not-loaded':
      return ru
        ? 'чат по ссылке сейчас не загружен (или вы из него вышли) — статус не проверить'
        : 'the chat behind the link is not loaded now (or you left it) — its status cannot be checked';
    case 'target-inactive':
      return ru
        ? `чат по ссылке (${e.params.title ? q(lang, e.params.title) : `id ${e.params.chatId}`}) не активен для вас (${e.params.status}) — данные могут быть устаревшими`
        : `the chat behind the link (${e.params.title ? q(lang, e.params.title) : `id ${e.params.chatId}`}) is not active for you (${e.params.status}) — the data may be outdated`;
    case 'target-removed':
      return ru
        ? `чат по ссылке${e.params.title ? ` ${q(lang, e.params.title)}` : ''} удалён — ссылка больше не действует`
        : `the chat behind the link${e.params.title ? ` ${q(lang, e.params.title)}` : ''} was removed — the link no longer works`;
    case 'link-replaced':
      return ru
        ? `ссылка ${chatName(lang, e.params.title)} сменилась — эта больше не действует`
        : `the link ${chatName(lang, e.params.title)} was reset — this one no longer works`;
    case 'posted': {
      const { ageDays, source } = e.params;
      if (source === 'message') return ru ? `опубликована ${ago(lang, ageDays)}` : `posted ${ago(lang, ageDays)}`;
      if (source === 'created')
        return ru
          ? `возраст считается от создания чата (${ago(lang, ageDays)}): смены ссылки Сверка не видела`
          : `age counted from the chat’s creation (${ago(lang, ageDays)}): Сверка has not seen the link change`;
      return ru
        ? `Сверка впервые увидела эту ссылку чата ${ago(lang, ageDays)}`
        : `Сверка first saw this chat link ${ago(lang, ageDays)}`;
    }
    case 'posted-unknown':
      return ru
        ? 'когда ссылку опубликовали, неизвестно — устаревшей её не считаем'
        : 'when the link was posted is unknown — it is not counted as stale';
    case 'joined-after': {
      const { count: n, source } = e.params;
      if (ru) {
        const joined = plural('ru', n, {
          one: 'вступил {n} участник',
          few: 'вступили {n} участника',
          many: 'вступили {n} участников',
          other: 'вступили {n} участника',
        });
        return source === 'message' ? `после публикации ${joined}` : `с тех пор ${joined}`;
      }
      const joined = `${plural('en', n, { one: '{n} member', other: '{n} members' })} joined`;
      return source === 'message' ? `${joined} after it was posted` : `${joined} since`;
    }
    case 'partner-joined':
      return ru
        ? `адресат диалога (${partner(e.params.name, e.params.userId)}) теперь в чате`
        : `the dialog partner it was sent to (${partner(e.params.name, e.params.userId)}) is now in the chat`;
    case 'partner-not-member':
      return ru
        ? `адресат диалога (${partner(e.params.name, e.params.userId)}) пока не в чате`
        : `the dialog partner it was sent to (${partner(e.params.name, e.params.userId)}) is not in the chat yet`;
    case 'no-joins-after': {
      const { ageDays, staleDays } = e.params;
      if (ageDays > staleDays)
        return ru
          ? `${linkAge(lang, ageDays)}, после неё в чат никто не вступил — аннулируйте её в настройках чата`
          : `${linkAge(lang, ageDays)} and nobody joined the chat since — annul it in the chat’s settings`;
      return ru
        ? `${linkAge(lang, ageDays)}, после неё в чат пока никто не вступил`
        : `${linkAge(lang, ageDays)} and nobody has joined the chat since yet`;
    }
    case 'members-unknown':
      return ru
        ? 'MAX не прислал список участников чата — вступал ли кто-то по ссылке, не проверить'
        : 'MAX did not send the chat’s members — whether anyone joined cannot be checked';
    case 'members-incomplete':
      return ru
        ? `известны не все участники чата (${e.params.known}${e.params.total !== undefined ? ` из ${e.params.total}` : ''}) — устаревшей ссылку не считаем`
        : `not all of the chat’s members are known (${e.params.known}${e.params.total !== undefined ? ` of ${e.params.total}` : ''}) — the link is not counted as stale`;
    case 'own-link-quiet': {
      const { title, ageDays, quietDays, anyJoined } = e.params;
      if (ru) {
        const subject = title ? `ссылке чата ${q(lang, title)}` : 'ссылке чата';
        const since = anyJoined ? `последний участник вступил ${ago(lang, quietDays)}` : 'с тех пор никто не вступал';
        return `${subject} ${days(lang, ageDays)}, ${since} — если все уже в чате, сбросьте ссылку в настройках чата`;
      }
      const subject = title ? `the link of chat ${q(lang, title)}` : 'the chat’s link';
      const since = anyJoined ? `the last member joined ${ago(lang, quietDays)}` : 'nobody joined since';
      return `${subject} is ${days(lang, ageDays)} old and ${since} — if everyone is in, reset the link in the chat’s settings`;
    }
  }
}
