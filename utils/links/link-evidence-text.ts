/**
 * Evidence for an invite link's status: structured (`{ code, params }`, stored and compared; the status is a
 * pure function of it, see `statusFromEvidence` in link-status.ts) and in words (`describeLinkEvidence`).
 */
import { plural } from '@/utils/i18n/plural';
import type { MaxId } from '@/utils/max/bridge-events';

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
   * No baseline yet: Сверка sees the link for the first time (with the target chat's count or members, which the
   * history now keeps as the baseline). → unused, never stale
   */
  | { code: 'baseline-new'; params: Record<string, never> }
  /**
   * Since the baseline (`since`; `firstSeen`: taken when Сверка first saw the link, else when it first saw the chat's
   * members) the chat's `participantsCount` grew from `before` to `now`, and/or `newMembers` ids appeared that were
   * not in the baseline. → used
   */
  | {
      code: 'members-grew';
      params: { since: number; firstSeen: boolean; before?: number; now?: number; newMembers?: number };
    }
  /**
   * The dialog partner the link was sent to is a member now and was not in the baseline (`since`); `sentAt`: the
   * message's time. → used
   */
  | {
      code: 'partner-became-member';
      params: { userId: MaxId; name?: string; since: number; firstSeen: boolean; sentAt?: number };
    }
  /** The dialog partner the link was sent to is not (yet) a member of the target chat. */
  | { code: 'partner-not-member'; params: { userId: MaxId; name?: string } }
  /**
   * Since the baseline (`since`) nobody was added: the count did not grow and no new member appeared. → unused, or
   * stale when ageDays > staleDays (the age counts from `postedAt`; the observation window from `since`).
   */
  | { code: 'no-growth-since'; params: { since: number; firstSeen: boolean; ageDays: number; staleDays: number } }
  /** There is a baseline, but MAX sent no count (or no complete member list) to compare it with now. → unused */
  | { code: 'members-unknown'; params: Record<string, never> }
  /**
   * A hint, not a status: the user's chat has had its own link for `ageDays`, it was used (the chat grew since the
   * baseline), and it was not posted in a message for `quietDays` (`posted`: it ever was) — reset the link if the
   * chat is complete.
   */
  | {
      code: 'own-link-quiet';
      params: { chatId: MaxId; title?: string; ageDays: number; quietDays: number; posted: boolean };
    };

const q = (lang: Lang, s: string) => (lang === 'ru' ? `«${s}»` : `“${s}”`);

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** «28.11» / “28/11”; with the year when it is not `now`'s (local time). */
function shortDate(lang: Lang, ms: number, now: number): string {
  const withYear = new Date(ms).getFullYear() !== new Date(now).getFullYear();
  const key = `${lang}${withYear ? 'y' : ''}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(lang === 'ru' ? 'ru-RU' : 'en-GB', {
      day: '2-digit',
      month: '2-digit',
      ...(withYear ? { year: 'numeric' } : {}),
    });
    dateFormats.set(key, format);
  }
  return format.format(ms);
}

/** «с 28.11 (когда Сверка впервые увидела ссылку)» / “since 28/11 (when Sverka first saw the link)”. */
function sinceBaseline(lang: Lang, since: number, firstSeen: boolean, now: number): string {
  const date = shortDate(lang, since, now);
  if (lang === 'ru')
    return `с ${date} (${firstSeen ? 'когда Сверка впервые увидела ссылку' : 'когда Сверка начала следить за составом чата'})`;
  return `since ${date} (${firstSeen ? 'when Sverka first saw the link' : 'when Sverka started watching the chat’s members'})`;
}

function members(lang: Lang, n: number): string {
  return lang === 'ru'
    ? plural('ru', n, { one: '{n} участник', few: '{n} участника', many: '{n} участников', other: '{n} участника' })
    : plural('en', n, { one: '{n} member', other: '{n} members' });
}

/**
 * Her, him, or neither, from a Russian name's endings (Кудрявцева, Козлова, Новиков, Ильин…); undefined when the
 * endings say nothing or disagree (Вова Петров).
 */
function pronounRu(name: string | undefined): 'её' | 'его' | undefined {
  if (!name) return undefined;
  const words = name
    .toLowerCase()
    .split(/[\s-]+/)
    .filter(Boolean);
  const female = words.some((w) => /(ова|ева|ёва|ина|ына|ская|цкая)$/.test(w));
  const male = words.some((w) => /(ов|ев|ёв|ин|ын|ский|цкий)$/.test(w));
  if (female === male) return undefined;
  return female ? 'её' : 'его';
}

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

/**
 * One piece of evidence in words, Russian or English (lower case: the UI joins them or capitalizes). `now` only
 * decides whether a date shows its year.
 */
export function describeLinkEvidence(e: LinkEvidence, lang: Lang = 'ru', now: number = Date.now()): string {
  const ru = lang === 'ru';
  switch (e.code) {
    case 'target-unknown':
      return ru
        ? 'чат по ссылке вам не виден — Сверка не может проверить, пользовались ли ею'
        : 'the chat behind the link is not visible to you — Sverka cannot tell whether it was used';
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
          : `age counted from the chat’s creation (${ago(lang, ageDays)}): Sverka has not seen the link change`;
      return ru
        ? `Сверка впервые увидела эту ссылку чата ${ago(lang, ageDays)}`
        : `Sverka first saw this chat link ${ago(lang, ageDays)}`;
    }
    case 'posted-unknown':
      return ru
        ? 'когда ссылку опубликовали, неизвестно — устаревшей её не считаем'
        : 'when the link was posted is unknown — it is not counted as stale';
    case 'baseline-new':
      return ru
        ? 'Сверка впервые видит эту ссылку и запомнила число участников: рост покажет, пользовались ли ею'
        : 'Sverka sees this link for the first time and has noted the number of members: growth will show whether it is used';
    case 'members-grew': {
      const { since, firstSeen, before, now: after, newMembers } = e.params;
      const from = sinceBaseline(lang, since, firstSeen, now);
      const counted = before !== undefined && after !== undefined;
      if (ru) {
        const fresh =
          newMembers !== undefined
            ? plural('ru', newMembers, {
                one: 'появился {n} новый участник',
                few: 'появились {n} новых участника',
                many: 'появились {n} новых участников',
                other: 'появились {n} новых участника',
              })
            : '';
        if (!counted) return `${from} в чате ${fresh}`;
        const grew = plural('ru', after, {
          one: 'стал {n} участник',
          few: 'стало {n} участника',
          many: 'стало {n} участников',
          other: 'стало {n} участника',
        });
        const extra = newMembers !== undefined && newMembers !== after - before ? ` (новых — ${newMembers})` : '';
        return `${from} в чате ${grew} — было ${before}${extra}`;
      }
      if (!counted)
        return `${from} ${plural('en', newMembers ?? 0, { one: '{n} new member has', other: '{n} new members have' })} appeared in the chat`;
      const extra = newMembers !== undefined && newMembers !== after - before ? ` (${newMembers} new)` : '';
      return `${from} the chat has grown to ${members(lang, after)} — it had ${before}${extra}`;
    }
    case 'partner-became-member': {
      const { userId, name, since, firstSeen, sentAt } = e.params;
      const beforeSending = sentAt !== undefined && sentAt >= since;
      if (ru) {
        const pronoun = pronounRu(name);
        const who = pronoun ? partner(name, userId) : `адресат ссылки (${partner(name, userId)})`;
        const absent = `${pronoun ?? 'адресата'} там не было`;
        if (beforeSending) return `${who} теперь в чате — до отправки ссылки ${absent}`;
        const when = firstSeen ? 'когда Сверка впервые увидела ссылку' : 'когда Сверка начала следить за составом чата';
        return `${who} теперь в чате — ${shortDate(lang, since, now)}, ${when}, ${absent}`;
      }
      const who = partner(name, userId);
      if (beforeSending) return `${who} is in the chat now — they were not there before the link was sent`;
      const when = firstSeen ? 'when Sverka first saw the link' : 'when Sverka started watching the chat’s members';
      return `${who} is in the chat now — they were not there on ${shortDate(lang, since, now)}, ${when}`;
    }
    case 'partner-not-member':
      return ru
        ? `адресат диалога (${partner(e.params.name, e.params.userId)}) пока не в чате`
        : `the dialog partner it was sent to (${partner(e.params.name, e.params.userId)}) is not in the chat yet`;
    case 'no-growth-since': {
      const { since, firstSeen, ageDays, staleDays } = e.params;
      const from = sinceBaseline(lang, since, firstSeen, now);
      return ru
        ? `${from} в чате никто не прибавился, а ${linkAge(lang, ageDays)} (порог ${staleDays})`
        : `${from} nobody has been added to the chat, and ${linkAge(lang, ageDays)} (threshold ${staleDays})`;
    }
    case 'members-unknown':
      return ru
        ? 'MAX не прислал число участников чата — прибавился ли кто-то, не проверить'
        : 'MAX did not send the chat’s member count — whether anyone was added cannot be checked';
    case 'own-link-quiet': {
      const { title, ageDays, quietDays, posted } = e.params;
      if (ru) {
        const subject = title ? `ссылке чата ${q(lang, title)}` : 'ссылке чата';
        const quiet = posted
          ? `в сообщениях её последний раз публиковали ${ago(lang, quietDays)}`
          : 'в сообщениях её не публиковали';
        return `${subject} ${days(lang, ageDays)}, ею уже пользовались, а ${quiet} — если все уже в чате, сбросьте ссылку в настройках чата`;
      }
      const subject = title ? `the link of chat ${q(lang, title)}` : 'the chat’s link';
      const quiet = posted
        ? `it was last posted in a message ${ago(lang, quietDays)}`
        : 'Sverka has not seen it posted in a message';
      return `${subject} is ${days(lang, ageDays)} old and has been used, and ${quiet} — if everyone is in, reset the link in the chat’s settings`;
    }
  }
}
