/**
 * Invite links the user can see, where, and their status with evidence (docs/statuses.md «An invite link»,
 * regulation 2.3: the administrator annuls unused invite links). Pure: no DOM, no browser API, no clock.
 *
 * One finding per normalized URL that is visible somewhere: as a chat's own link (`kind: 'own'`) or in a
 * message (`kind: 'message'`). Links known only from the history (replaced long ago, shown nowhere) are not
 * findings. The status is computed from the evidence alone (`statusFromEvidence`):
 *
 * MAX's `participants` values (our `members` times) are last-read times, not join times (utils/max/PROTOCOL.md): no
 * conclusion here uses them. What a link did is told by growth since its baseline (link-history.ts: the target
 * chat's `participantsCount` and member ids when Сверка first saw the link):
 *
 * - revoked — the target chat shows another link now (history: the URL was replaced, or the chat the history
 *   ties it to has another `link`), or the target chat was removed. Takes precedence: a dead link needs no action.
 * - unknown — no chat the user sees has or had this link; or the history names a chat that is not loaded;
 *   or the chat is in a state other than ACTIVE/ARCHIVED/REMOVED (e.g. left), so its members are not current.
 * - used — since the baseline the target's `participantsCount` grew, or member ids appeared that were not in it
 *   (`members-grew`), or the dialog partner the link was sent to became a member (`partner-became-member`). Growth
 *   is seen only in the chat as it is now: once the link was replaced, growth no longer counts for it.
 * - stale — the link is older than `staleDays` in whole days by `postedAt` (ageDays > staleDays, so with 14:
 *   14 days 23 h is not stale, 15 days is), there is a baseline, and nothing grew since it (`no-growth-since`,
 *   which names the baseline's date: how long Сверка has actually watched). Never stale without a baseline
 *   (`baseline-new`), without a count or member list to compare (`members-unknown`), or without a post time.
 * - unused — everything else.
 *
 * `postedAt`: the earliest time of a message with the link. Without one, for a chat's current own link:
 * when Сверка first saw it, if the history shows the chat had another link before (Сверка saw the reset);
 * else the chat's `created` (MAX gives no link-creation time; a chat's link exists from its creation unless
 * reset, and no reset was seen — the evidence says this is an assumption); else when Сверка first saw it.
 *
 * The administrator's ordering and list of links to annul are in annul-order.ts; the advice about a chat's own
 * link in link-advice.ts.
 */
import type { BridgeChat, MaxId, SeenLink } from '@/utils/max/bridge-events';
import { isActiveChat, isChannel, isDialog, isRemovedChat } from '@/utils/max/chat-kind';
import { normalizeInviteUrl } from '@/utils/max/invite-url';
import { compareMaxIds, isMaxId } from '@/utils/snapshot/max-id';
import type { LinkEvidence, PostedAtSource } from './link-evidence-text';
import {
  baselineOf,
  type ChatsInput,
  chatList,
  cleanOwnLinkHistory,
  type LinkBaseline,
  type OwnLinkHistory,
  ownInviteUrl,
} from './link-history';

export type { ChatsInput } from './link-history';

export const DAY_MS = 24 * 60 * 60 * 1000;
export const DEFAULT_STALE_DAYS = 14;
/** The bridge's cap on members per chat: a list this long without participantsCount may be cut. */
const MEMBERS_CAP = 2000;

export type LinkStatus = 'used' | 'unused' | 'stale' | 'revoked' | 'unknown';

export type LinkPlace =
  | { kind: 'own'; chatId: MaxId }
  | { kind: 'message'; chatId: MaxId; messageId: string; sender?: MaxId; time?: number };

export interface LinkFinding {
  /** Normalized: https://max.ru/join/<token>. */
  url: string;
  status: LinkStatus;
  /** The chat the link leads to, when known (its current link, or the history). */
  targetChatId?: MaxId;
  targetTitle?: string;
  /** Own places first (by chat id, string order), then messages, oldest first. */
  places: LinkPlace[];
  /** See the module comment. */
  postedAt?: number;
  postedAtSource?: PostedAtSource;
  /** Whole days from `postedAt` to `now` (0 when in the future). */
  ageDays?: number;
  /**
   * How much the target grew since the baseline: the growth of `participantsCount` or the number of member ids not
   * in the baseline, whichever is larger; 0 when it can be compared and nothing grew; absent when it cannot.
   */
  grewBy?: number;
  evidence: LinkEvidence[];
}

export interface LinkStatusInput {
  chats: ChatsInput;
  me?: { id: MaxId };
  /** Links found in messages (MaxSnapshot.links). */
  seen: readonly SeenLink[];
  history: OwnLinkHistory;
  /** The profile's staleInviteDays; anything but a finite number ≥ 0 means DEFAULT_STALE_DAYS. */
  staleDays?: number;
  /** User id → name (MaxSnapshot.contacts), for the dialog partner's name in evidence. */
  contacts?: Readonly<Record<MaxId, string>>;
}

function isTime(x: unknown): x is number {
  return typeof x === 'number' && Number.isFinite(x) && x >= 0;
}

function isCount(x: unknown): x is number {
  return typeof x === 'number' && Number.isSafeInteger(x) && x >= 0;
}

const isId = isMaxId;

export function normalizeStaleDays(staleDays: unknown): number {
  return typeof staleDays === 'number' && Number.isFinite(staleDays) && staleDays >= 0
    ? Math.floor(staleDays)
    : DEFAULT_STALE_DAYS;
}

export function ageInDays(from: number, now: number): number {
  return Math.max(0, Math.floor((now - from) / DAY_MS));
}

/** The status the evidence supports; `linkFindings` uses nothing else. */
export function statusFromEvidence(evidence: readonly LinkEvidence[]): LinkStatus {
  const has = (code: LinkEvidence['code']) => evidence.some((e) => e.code === code);
  if (has('target-removed') || has('link-replaced')) return 'revoked';
  if (has('target-unknown') || has('target-not-loaded') || has('target-inactive')) return 'unknown';
  if (has('members-grew') || has('partner-became-member')) return 'used';
  if (has('baseline-new') || has('members-unknown') || has('posted-unknown')) return 'unused';
  for (const e of evidence) if (e.code === 'no-growth-since' && e.params.ageDays > e.params.staleDays) return 'stale';
  return 'unused';
}

// ---------------------------------------------------------------------------------------------------------------

/** A chat's member ids as MAX sent them; their times (last reads) are not kept. */
interface MemberIndex {
  ids: Set<MaxId>;
  /** Every member is listed: not fewer than `participantsCount`, or short of the bridge's cap without a count. */
  complete: boolean;
}

/**
 * One input read once: its chats, own links and history indexed. Exported for link-advice.ts, which looks at the
 * same links from the chat owner's side.
 */
export interface LinkContext {
  chats: BridgeChat[];
  byId: Map<MaxId, BridgeChat>;
  /** Normalized own link → the chat showing it (an ACTIVE one first, then the first id in string order). */
  ownerOf: Map<string, BridgeChat>;
  /** Normalized own link → every chat showing it, by id. */
  showing: Map<string, MaxId[]>;
  /** Chat id → its normalized own link. */
  ownUrl: Map<MaxId, string>;
  /** Chat id → URLs the history records for it. */
  historyByChat: Map<MaxId, string[]>;
  history: OwnLinkHistory;
  meId?: MaxId;
  staleDays: number;
  contacts: Readonly<Record<MaxId, string>>;
  members: Map<MaxId, MemberIndex | null>;
  now: number;
}

export function makeLinkContext(input: LinkStatusInput, now: number): LinkContext {
  const chats = chatList(input?.chats);
  const byId = new Map(chats.map((c) => [c.id, c]));
  const ownerOf = new Map<string, BridgeChat>();
  const showing = new Map<string, MaxId[]>();
  const ownUrl = new Map<MaxId, string>();
  for (const chat of chats) {
    const url = ownInviteUrl(chat);
    if (url === null) continue;
    ownUrl.set(chat.id, url);
    const ids = showing.get(url);
    if (ids) ids.push(chat.id);
    else showing.set(url, [chat.id]);
    const before = ownerOf.get(url);
    // chats are in id (string) order: keep the first, unless a later one is active and it is not.
    if (before === undefined || (!isActiveChat(before) && isActiveChat(chat))) ownerOf.set(url, chat);
  }
  const history = cleanOwnLinkHistory(input?.history);
  const historyByChat = new Map<MaxId, string[]>();
  for (const [url, e] of Object.entries(history)) {
    const list = historyByChat.get(e.chatId);
    if (list) list.push(url);
    else historyByChat.set(e.chatId, [url]);
  }
  const contacts = input?.contacts && typeof input.contacts === 'object' ? input.contacts : {};
  return {
    chats,
    byId,
    ownerOf,
    showing,
    ownUrl,
    historyByChat,
    history,
    meId: isId(input?.me?.id) ? input.me.id : undefined,
    staleDays: normalizeStaleDays(input?.staleDays),
    contacts,
    members: new Map(),
    now: isTime(now) ? now : 0,
  };
}

function memberIndex(ctx: LinkContext, chat: BridgeChat): MemberIndex | null {
  const cached = ctx.members.get(chat.id);
  if (cached !== undefined) return cached;
  let index: MemberIndex | null = null;
  // A channel's `participants` are not its membership (PROTOCOL.md): only its count is.
  if (Array.isArray(chat.members) && !isChannel(chat)) {
    const ids = new Set<MaxId>();
    let bad = false;
    for (const pair of chat.members as unknown[]) {
      if (Array.isArray(pair) && isId(pair[0])) ids.add(pair[0]);
      else bad = true;
    }
    const count = chat.participantsCount;
    const complete = !bad && (isCount(count) ? ids.size >= count : chat.members.length < MEMBERS_CAP);
    index = { ids, complete };
  }
  ctx.members.set(chat.id, index);
  return index;
}

/** What changed in the target since the baseline, as far as the chat as it is now can tell. */
interface Growth {
  /** `participantsCount` then and now, when both are known. */
  before?: number;
  now?: number;
  /** Member ids now that were not in the baseline (only with a baseline member list). */
  newMembers: number;
  /** The baseline's member ids, when it has them (it has them only complete). */
  baseIds: Set<MaxId> | null;
  /** Something grew. */
  grew: boolean;
  /** Enough is known to say that nothing grew. */
  comparable: boolean;
}

function growthSince(baseline: LinkBaseline, chat: BridgeChat, index: MemberIndex | null): Growth {
  const countNow = isCount(chat.participantsCount) ? chat.participantsCount : undefined;
  const countKnown = baseline.count !== undefined && countNow !== undefined;
  const baseIds = baseline.members !== undefined && !isChannel(chat) ? new Set(baseline.members) : null;
  let newMembers = 0;
  if (baseIds !== null && index !== null) for (const id of index.ids) if (!baseIds.has(id)) newMembers++;
  const grew = (countKnown && (countNow as number) > (baseline.count as number)) || newMembers > 0;
  const membersKnown = baseIds !== null && index?.complete === true;
  return {
    ...(countKnown ? { before: baseline.count, now: countNow } : {}),
    newMembers,
    baseIds,
    grew,
    comparable: grew || countKnown || membersKnown,
  };
}

/** Since when a chat's current own link exists, as far as Сверка can tell. */
export function ownLinkSince(
  ctx: LinkContext,
  chat: BridgeChat,
  url: string,
): { at: number; source: PostedAtSource } | null {
  const entry = ctx.history[url];
  const others = (ctx.historyByChat.get(chat.id) ?? []).filter((u) => u !== url);
  if (others.length > 0)
    return entry && entry.chatId === chat.id ? { at: entry.firstSeenAt, source: 'first-seen' } : null;
  if (isTime(chat.created)) return { at: chat.created, source: 'created' };
  if (entry && entry.chatId === chat.id) return { at: entry.firstSeenAt, source: 'first-seen' };
  return null;
}

export type MessagePlace = Extract<LinkPlace, { kind: 'message' }>;

function comparePlaces(a: MessagePlace, b: MessagePlace): number {
  const ta = a.time ?? Number.POSITIVE_INFINITY;
  const tb = b.time ?? Number.POSITIVE_INFINITY;
  if (ta !== tb) return ta < tb ? -1 : 1;
  if (a.chatId !== b.chatId) return compareMaxIds(a.chatId, b.chatId);
  if (a.messageId !== b.messageId) return a.messageId < b.messageId ? -1 : 1;
  // No sender sorts first.
  if (a.sender === b.sender) return 0;
  if (a.sender === undefined) return -1;
  if (b.sender === undefined) return 1;
  return compareMaxIds(a.sender, b.sender);
}

/** Message places per normalized URL, one per (chat, message), sorted; invalid records are skipped. */
export function messagePlaces(seen: readonly SeenLink[] | undefined): Map<string, MessagePlace[]> {
  const byUrl = new Map<string, Map<string, MessagePlace>>();
  if (!Array.isArray(seen)) return new Map();
  const normalized = new Map<string, string | null>(); // links repeat: normalize each spelling once
  for (const s of seen as unknown[]) {
    if (s === null || typeof s !== 'object') continue;
    const link = s as SeenLink;
    if (typeof link.url !== 'string' || !isId(link.chatId) || typeof link.messageId !== 'string') continue;
    let url = normalized.get(link.url);
    if (url === undefined) {
      url = normalizeInviteUrl(link.url);
      normalized.set(link.url, url);
    }
    if (url === null) continue;
    const place: MessagePlace = { kind: 'message', chatId: link.chatId, messageId: link.messageId };
    if (isId(link.sender)) place.sender = link.sender;
    if (isTime(link.time)) place.time = link.time;
    let places = byUrl.get(url);
    if (!places) {
      places = new Map();
      byUrl.set(url, places);
    }
    const key = `${link.chatId} ${link.messageId}`;
    const before = places.get(key);
    // The same message seen twice: keep the record that sorts first, whatever the order they came in.
    if (before === undefined || comparePlaces(place, before) < 0) places.set(key, place);
  }
  const out = new Map<string, MessagePlace[]>();
  for (const [url, places] of byUrl) out.set(url, [...places.values()].sort(comparePlaces));
  return out;
}

/** The one dialog member the message was sent to: not its sender, not the user. */
function recipientOf(ctx: LinkContext, place: MessagePlace): MaxId | undefined {
  const dialog = ctx.byId.get(place.chatId);
  if (!dialog || !isDialog(dialog)) return undefined;
  const index = memberIndex(ctx, dialog);
  if (!index) return undefined;
  const others = [...index.ids].filter((id) => id !== place.sender && id !== ctx.meId);
  return others.length === 1 ? others[0] : undefined;
}

interface Target {
  chat?: BridgeChat;
  chatId?: MaxId;
  /** A reason the status is settled before looking at members. */
  settled?: LinkEvidence;
  /** Growth after this time was not through this link (it was replaced). */
  until?: number;
}

function resolveTarget(ctx: LinkContext, url: string): Target {
  const current = ctx.ownerOf.get(url);
  const entry = ctx.history[url];
  if (current === undefined && entry !== undefined) {
    const chat = ctx.byId.get(entry.chatId);
    const title = chat?.title;
    if (entry.replacedAt !== undefined) {
      return {
        chat,
        chatId: entry.chatId,
        until: entry.replacedAt,
        settled: {
          code: 'link-replaced',
          params: { chatId: entry.chatId, ...(title ? { title } : {}), replacedAt: entry.replacedAt },
        },
      };
    }
    if (chat === undefined)
      return { chatId: entry.chatId, settled: { code: 'target-not-loaded', params: { chatId: entry.chatId } } };
    if (ctx.ownUrl.has(chat.id)) {
      // The history was not updated yet, but the chat already shows another link.
      return {
        chat,
        chatId: chat.id,
        until: entry.lastSeenAt,
        settled: { code: 'link-replaced', params: { chatId: chat.id, ...(title ? { title } : {}) } },
      };
    }
    // The chat shows no link now (MAX does not always send it): not evidence of a reset.
    return chatState({ chat, chatId: chat.id });
  }
  if (current === undefined) return { settled: { code: 'target-unknown', params: {} } };
  return chatState({ chat: current, chatId: current.id });
}

function chatState(target: Target & { chat: BridgeChat }): Target {
  const { chat } = target;
  const title = chat.title ? { title: chat.title } : {};
  if (isRemovedChat(chat))
    return { ...target, settled: { code: 'target-removed', params: { chatId: chat.id, ...title } } };
  if (!isActiveChat(chat))
    return {
      ...target,
      settled: { code: 'target-inactive', params: { chatId: chat.id, ...title, status: String(chat.status) } },
    };
  return target;
}

/** The baseline of `url` in the history, when it was taken of `chat`. */
function baselineFor(ctx: LinkContext, url: string, chat: BridgeChat): LinkBaseline | undefined {
  const entry = ctx.history[url];
  return entry !== undefined && entry.chatId === chat.id ? entry.baseline : undefined;
}

/** Growth since the baseline → members-grew / partner-became-member, or no-growth-since, or why neither. */
function judgeGrowth(
  ctx: LinkContext,
  url: string,
  target: Target,
  chat: BridgeChat,
  messages: readonly MessagePlace[],
  posted: { at: number; source: PostedAtSource } | null,
  finding: LinkFinding,
): void {
  const { evidence } = finding;
  const revoked = target.settled?.code === 'link-replaced';
  // The chat is seen as it is now: after the link was replaced, whatever grew was not through it.
  const inTime = target.until === undefined || ctx.now <= target.until;
  const baseline = baselineFor(ctx, url, chat);
  const index = memberIndex(ctx, chat);
  const growth = baseline !== undefined && inTime ? growthSince(baseline, chat, index) : null;
  const since = baseline ? { since: baseline.at, firstSeen: baseline.at === ctx.history[url]?.firstSeenAt } : null;
  if (baseline === undefined) {
    if (!revoked) evidence.push({ code: baselineOf(chat, 0) ? 'baseline-new' : 'members-unknown', params: {} });
  } else if (growth?.grew && since) {
    const counted = growth.before !== undefined && growth.now !== undefined && growth.now > growth.before;
    finding.grewBy = Math.max(counted ? (growth.now as number) - (growth.before as number) : 0, growth.newMembers);
    evidence.push({
      code: 'members-grew',
      params: {
        ...since,
        ...(counted ? { before: growth.before, now: growth.now } : {}),
        ...(growth.newMembers > 0 ? { newMembers: growth.newMembers } : {}),
      },
    });
  } else if (growth?.comparable) {
    finding.grewBy = 0;
  }

  let partnerJoined = false;
  const partners = new Set<MaxId>();
  for (const m of messages) {
    const r = recipientOf(ctx, m);
    if (r === undefined || partners.has(r)) continue;
    partners.add(r);
    const name = ctx.contacts[r];
    const who = { userId: r, ...(typeof name === 'string' && name ? { name } : {}) };
    if (index?.ids.has(r)) {
      // A partner already in the baseline is no evidence; without the baseline's members nobody can tell.
      if (growth?.baseIds && !growth.baseIds.has(r) && since) {
        partnerJoined = true;
        evidence.push({
          code: 'partner-became-member',
          params: { ...who, ...since, ...(m.time !== undefined ? { sentAt: m.time } : {}) },
        });
      }
    } else if (index?.complete && !revoked) {
      evidence.push({ code: 'partner-not-member', params: who });
    }
  }

  if (revoked) return;
  if (posted === null) evidence.push({ code: 'posted-unknown', params: {} });
  if (growth === null || growth.grew || partnerJoined || !since) return;
  if (!growth.comparable) evidence.push({ code: 'members-unknown', params: {} });
  else if (posted !== null)
    evidence.push({
      code: 'no-growth-since',
      params: { ...since, ageDays: ageInDays(posted.at, ctx.now), staleDays: ctx.staleDays },
    });
}

/** The finding of one URL, given its message places (from `messagePlaces`). */
export function findingFor(ctx: LinkContext, url: string, messages: readonly MessagePlace[]): LinkFinding {
  const places: LinkPlace[] = [];
  for (const chatId of ctx.showing.get(url) ?? []) places.push({ kind: 'own', chatId });
  places.push(...messages);

  const target = resolveTarget(ctx, url);
  const evidence: LinkEvidence[] = [];
  const finding: LinkFinding = { url, status: 'unknown', places, evidence };
  if (target.chatId !== undefined) finding.targetChatId = target.chatId;
  if (target.chat?.title) finding.targetTitle = target.chat.title;
  if (target.settled) evidence.push(target.settled);

  // When it was posted.
  let posted: { at: number; source: PostedAtSource } | null = null;
  for (const m of messages) {
    if (m.time !== undefined && (posted === null || m.time < posted.at)) posted = { at: m.time, source: 'message' };
  }
  const current = ctx.ownerOf.get(url);
  if (posted === null && current !== undefined) posted = ownLinkSince(ctx, current, url);
  if (posted !== null) {
    finding.postedAt = posted.at;
    finding.postedAtSource = posted.source;
    finding.ageDays = ageInDays(posted.at, ctx.now);
    evidence.push({
      code: 'posted',
      params: { postedAt: posted.at, ageDays: finding.ageDays, staleDays: ctx.staleDays, source: posted.source },
    });
  }

  const settledCode = target.settled?.code;
  const judge = target.chat !== undefined && (settledCode === undefined || settledCode === 'link-replaced');
  if (judge && target.chat) {
    judgeGrowth(ctx, url, target, target.chat, messages, posted, finding);
  } else if (posted === null && settledCode === undefined) {
    evidence.push({ code: 'posted-unknown', params: {} });
  }

  finding.status = statusFromEvidence(evidence);
  return finding;
}

/** One finding per normalized URL seen in a chat's own link or in a message, ordered by URL. Never throws. */
export function linkFindings(input: LinkStatusInput, now: number): LinkFinding[] {
  try {
    const ctx = makeLinkContext(input, now);
    const messages = messagePlaces(input?.seen);
    const urls = new Set<string>([...ctx.ownerOf.keys(), ...messages.keys()]);
    return [...urls].sort().map((url) => findingFor(ctx, url, messages.get(url) ?? []));
  } catch {
    return [];
  }
}
