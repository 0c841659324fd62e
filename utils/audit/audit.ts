/**
 * The audit: which required chats the user has, pure and total (never throws, same input → same output, the order of
 * the chat list does not matter). No DOM, no clock inside (`now` is passed in; it only decides which years in a title
 * are past).
 *
 * The statuses in words: docs/statuses.md.
 *
 * Scoring (a title's score for one requirement; candidates are the chats with a score > 0):
 *
 * - Only group chats count: `isGroupChat` and `isActiveChat` (utils/max/chat-kind.ts: `type: 'CHAT'`, `status`
 *   absent, `ACTIVE` or `ARCHIVED`; an archived chat satisfies the requirement, its finding says it is archived,
 *   reason `archived`). Channels, dialogs, removed chats never.
 * - Per group/discipline rules need the group code in the title (see `titleHasGroup`); per person rules do not.
 * - Students, per group (the curator's chat with the group): a students' word («студенты», «обучающиеся») 100;
 *   a weak one («группа», «классный час») 80; the group code alone («ИСП-21») 60; a title that also names a
 *   discipline («Математика ИСП-21») 30, so a discipline chat never beats a plain group chat, and when it is the only
 *   one the finding is `incomplete` («discipline-chat-only»). Titles naming another kind (parents, teachers, staff)
 *   are not candidates.
 * - Students, per discipline (the teacher's chat, 2.6): the discipline must be in the title — whole name or code 100,
 *   alias or word stems 90, abbreviation 80 (see `disciplineMatcher`); a students' word adds nothing; other kinds are
 *   not candidates.
 * - A title naming a longer discipline that contains the required one's words («Основы философии» for «Философия»,
 *   see `extraWords`) is another discipline, not a weaker match. When the profile names that longer discipline for
 *   the group too (the user's requirements, or anyone's role in `people`), the chat is its own and no candidate for
 *   the shorter one: a discipline of the group whose words cover more of the title (or the same words with a
 *   longer name) takes the chat (see `takesOver`). Otherwise it stays a candidate at 10 (penalties apply), below
 *   every title naming the discipline itself (30 at the least), and when it is the best the finding is `ambiguous`
 *   («longer-discipline»), never `ok`.
 * - Parents, teachers, staff: the kind's word 100. Custom: one of the rule's keywords 100.
 * - Penalties: a title that looks old («2023/24», «архив», «VK») −30; one for an occasion («практика», «экзамен»)
 *   −20; a score never drops below 1 once the title fits. Bonus: the user owns or administers the chat +5.
 *
 * Statuses: the best candidate decides. `ambiguous` when two or more share the top score; otherwise `ok`, or
 * `incomplete` when the best chat has members < 60 % of the profile's group size (students and parents chats, when
 * the size is known; the user is not counted), the user (me) is neither its owner nor an admin, its title looks old or
 * for an occasion, or it is only a discipline chat. No candidate: `missing` only when the chat list is complete and
 * there is no data problem; else `unknown` — never `missing` on incomplete data.
 *
 * Overrides (the last one for a requirement wins): `notRequiredReason` → status `ok` with `notRequired: true`;
 * `chatId` → status `ok` with `linkedByHand: true`, unless that chat is gone: removed, or absent from a complete list
 * (`missing`), or absent from a partial list (`unknown`). A not-required mark wins over a link in the same override.
 */

import type { MaxId } from '@/utils/max/bridge-events';
import { isActiveChat, isArchivedChat, isGroupChat } from '@/utils/max/chat-kind';
import { normalizeGroupCode, normalizeTitle } from '@/utils/profile/normalize-name';
import { type Profile, profileGroup } from '@/utils/profile/profile-schema';
import { compareMaxIds, isMaxId } from '@/utils/snapshot/max-id';
import type { MaxSnapshot } from '@/utils/snapshot/max-snapshot';
import { type PreparedTitle, prepareTitle } from './prepared-title';
import type { Reason } from './reason-text';
import { type Assignment, type Requirement, requirementsFor } from './requirements';
import {
  DISCIPLINE_HIT_SCORE,
  type DisciplineMatch,
  type DisciplineMatcher,
  disciplineMatcher,
  looksLikeDisciplineTitle,
} from './title-discipline';
import { forEachGroupKey } from './title-group';
import { academicYearStart } from './title-kind';

export interface AuditChat {
  id: MaxId;
  type: string;
  status?: string;
  title?: string;
  owner?: MaxId;
  admins?: readonly MaxId[];
  participantsCount?: number;
  /** [userId, joinTimeMs] pairs. */
  members?: ReadonlyArray<readonly [MaxId, number]>;
}

export interface AuditSnapshot {
  chats: readonly AuditChat[];
  me?: { id: MaxId };
  /** MAX web has shown the end of the chat list. */
  listComplete: boolean;
  /** Something MAX sent was not understood (protocol version, unreadable frame): absence proves nothing. */
  dataProblem?: string;
}

export interface Override {
  requirementId: string;
  chatId?: MaxId;
  notRequiredReason?: string;
}

export type FindingStatus = 'ok' | 'ambiguous' | 'missing' | 'incomplete' | 'unknown';

export interface Candidate {
  chatId: MaxId;
  score: number;
  title: string;
}

export interface Finding {
  requirement: Requirement;
  status: FindingStatus;
  /** The chosen chat (ok, incomplete, or linked by hand). */
  chatId?: MaxId;
  /** Marked not required by the user (status is `ok`). */
  notRequired?: true;
  /** The chat was linked by the user. */
  linkedByHand?: true;
  /** Best first (score, then chat id in string order). */
  candidates: Candidate[];
  reasons: Reason[];
}

export interface AuditSummary {
  total: number;
  ok: number;
  ambiguous: number;
  missing: number;
  incomplete: number;
  unknown: number;
  /** Of `ok`: marked not required. */
  notRequired: number;
  /** Of `ok`, `missing`, `unknown`: linked by hand. */
  linkedByHand: number;
}

export interface AuditResult {
  at: number;
  listComplete: boolean;
  dataProblem?: string;
  findings: Finding[];
  summary: AuditSummary;
}

export const SCORE = {
  kindWord: 100,
  weakKindWord: 80,
  groupOnly: 60,
  disciplineChatForPlain: 30,
  longerDiscipline: 10,
  oldPenalty: 30,
  topicPenalty: 20,
  ownerBonus: 5,
} as const;

/** Members below this share of the group size make a students' or parents' chat incomplete. */
export const FEW_MEMBERS_SHARE = 0.6;

const MAX_OTHER_TITLES = 3;

const isId = isMaxId;
const titleOf = (chat: AuditChat) => (typeof chat.title === 'string' ? chat.title : '');

function isMine(chat: AuditChat, meId: MaxId | undefined): boolean {
  if (meId === undefined) return false;
  return chat.owner === meId || (Array.isArray(chat.admins) && chat.admins.includes(meId));
}

/** Ownership is known when MAX told the owner or the admins. */
const ownershipKnown = (chat: AuditChat) => isId(chat.owner) || Array.isArray(chat.admins);

function memberCount(chat: AuditChat): number | undefined {
  const n =
    typeof chat.participantsCount === 'number' && Number.isFinite(chat.participantsCount)
      ? chat.participantsCount
      : Array.isArray(chat.members)
        ? chat.members.length
        : undefined;
  return n === undefined ? undefined : Math.max(0, Math.floor(n));
}

interface Scored {
  index: number;
  score: number;
  /** Reasons that describe this chat if it is chosen. */
  found: Reason;
  flags: Reason[];
  /** The title names a longer discipline than the required one: never chosen by itself. */
  longer?: true;
}

/** Everything computed once per audit and shared by all requirements. */
class Context {
  readonly chats: AuditChat[];
  readonly titles: PreparedTitle[];
  private byGroupKey: Map<string, number[]> | null = null;
  private readonly disciplines = new Map<string, DisciplineMatcher>();
  private knownDisciplines: DisciplineMatcher[] | null = null;
  private readonly disciplineLike = new Map<number, boolean>();

  constructor(
    readonly profile: Profile,
    readonly requirements: readonly Requirement[],
    chats: AuditChat[],
    now: number,
  ) {
    this.chats = chats;
    const yearStart = academicYearStart(now);
    this.titles = chats.map((chat) => prepareTitle(chat.title, now, yearStart));
  }

  /** Chats (indices) whose title names the group. The index holds only the groups of the requirements. */
  chatsWithGroup(group: string): number[] {
    if (!this.byGroupKey) {
      const index = new Map<string, number[]>();
      const runs = new Set<string>();
      for (const r of this.requirements)
        if (r.group) {
          const key = normalizeGroupCode(r.group);
          index.set(key, []);
          for (const run of key.match(/\d+/g) ?? []) runs.add(run);
        }
      const digitRuns = [...runs];
      let current = -1;
      const add = (key: string) => {
        const list = index.get(key);
        if (list && list[list.length - 1] !== current) list.push(current);
      };
      for (let i = 0; i < this.titles.length; i++) {
        const title = this.titles[i] as PreparedTitle;
        if (!title.mayHaveDigits(digitRuns)) continue;
        current = i;
        forEachGroupKey(title.groupForm, add, title.groupWords);
      }
      this.byGroupKey = index;
    }
    const key = normalizeGroupCode(group);
    return key === '' ? [] : (this.byGroupKey.get(key) ?? []);
  }

  discipline(name: string): DisciplineMatcher {
    const key = normalizeTitle(name);
    let matcher = this.disciplines.get(key);
    if (!matcher) {
      const aliases: string[] = [];
      for (const [aliasKey, list] of Object.entries(this.profile.aliases ?? {}))
        if (normalizeTitle(aliasKey) === key && Array.isArray(list)) aliases.push(...list);
      matcher = disciplineMatcher(name, aliases);
      this.disciplines.set(key, matcher);
    }
    return matcher;
  }

  /** Per group (normalized code): the disciplines the profile names for it, in requirements and in `people`. */
  private groupDisciplines: Map<string, DisciplineMatcher[]> | null = null;

  disciplinesOfGroup(group: string): DisciplineMatcher[] {
    if (!this.groupDisciplines) {
      const byGroup = new Map<string, Map<string, DisciplineMatcher>>();
      const add = (g: string | undefined, discipline: string | undefined) => {
        if (!g || !discipline) return;
        const matcher = this.discipline(discipline);
        if (matcher.key === '') return;
        const key = normalizeGroupCode(g);
        const list = byGroup.get(key) ?? new Map<string, DisciplineMatcher>();
        byGroup.set(key, list);
        if (!list.has(matcher.key)) list.set(matcher.key, matcher);
      };
      for (const r of this.requirements) if (r.per === 'discipline') add(r.group, r.discipline);
      for (const person of this.profile.people ?? []) for (const role of person.roles) add(role.group, role.discipline);
      this.groupDisciplines = new Map([...byGroup].map(([key, list]) => [key, [...list.values()]]));
    }
    return this.groupDisciplines.get(normalizeGroupCode(group)) ?? [];
  }

  /**
   * How the title names the requirement's discipline, or null: not at all, or it is the chat of another discipline
   * named for the group that fits the title better («Элементы высшей математики» for «Математика»; see `takesOver`).
   */
  disciplineFound(req: Requirement, index: number): DisciplineMatch | null {
    if (!req.discipline) return null;
    const title = this.titles[index] as PreparedTitle;
    const own = this.discipline(req.discipline);
    const found = own.locate(title);
    if (!found || !req.group) return found;
    for (const other of this.disciplinesOfGroup(req.group)) {
      if (other.key === own.key) continue;
      const theirs = other.locate(title);
      if (theirs && takesOver(theirs, other, found, own)) return null;
    }
    return found;
  }

  isDisciplineLike(index: number): boolean {
    let known = this.disciplineLike.get(index);
    if (known === undefined) {
      if (!this.knownDisciplines) {
        const names = new Set<string>();
        for (const r of this.requirements) if (r.discipline) names.add(r.discipline);
        for (const person of this.profile.people ?? [])
          for (const role of person.roles) if (role.discipline) names.add(role.discipline);
        for (const name of Object.keys(this.profile.aliases ?? {})) names.add(name);
        this.knownDisciplines = [...names].map((name) => this.discipline(name));
      }
      known = looksLikeDisciplineTitle(this.titles[index] as PreparedTitle, this.knownDisciplines);
      this.disciplineLike.set(index, known);
    }
    return known;
  }
}

/**
 * Another discipline of the group takes the chat from ours: its words cover more of the title; or the same words,
 * naming it plainly, with a longer name («Информатика и ИКТ» over «Информатика», which reaches «ИКТ» by an alias) or
 * a stronger hit.
 */
function takesOver(
  theirs: DisciplineMatch,
  theirMatcher: DisciplineMatcher,
  ours: DisciplineMatch,
  ourMatcher: DisciplineMatcher,
): boolean {
  const covered = new Set(theirs.covered);
  if (!ours.covered.every((i) => covered.has(i))) return false;
  if (covered.size > ours.covered.length) return true;
  if (theirs.extra.length > 0) return false;
  if (theirMatcher.size !== ourMatcher.size) return theirMatcher.size > ourMatcher.size;
  return DISCIPLINE_HIT_SCORE[theirs.hit] > DISCIPLINE_HIT_SCORE[ours.hit];
}

/** The score of one prepared title for one requirement, or null when it does not fit. */
function scoreTitle(ctx: Context, req: Requirement, index: number, meId: MaxId | undefined): Scored | null {
  const title = ctx.titles[index] as PreparedTitle;
  const chat = ctx.chats[index] as AuditChat;
  const hit = title.kind;
  const flags: Reason[] = [];
  let score = 0;
  let found: Reason;
  const base = { chatId: chat.id, title: title.raw, ...(req.group ? { group: req.group } : {}) };

  // Per discipline: the discipline must be in the title, whatever the kind.
  const located = req.per === 'discipline' ? ctx.disciplineFound(req, index) : null;
  const how = located?.hit ?? null;
  if (req.per === 'discipline' && !how) return null;
  const longer = located !== null && located.extra.length > 0;

  if (req.kind === 'custom') {
    const keywords = (req.keywords ?? []).map((k) => normalizeTitle(k)).filter((k) => k !== '');
    const padded = ` ${title.norm}`;
    const word = keywords.find((k) =>
      k.includes(' ') ? padded.includes(` ${k}`) : title.words.some((w) => w.startsWith(k)),
    );
    if (!word) return null;
    score = how ? DISCIPLINE_HIT_SCORE[how] : SCORE.kindWord;
    found = { code: 'found', params: { ...base, word, ...(how ? { discipline: req.discipline } : {}) } };
  } else if (req.kind === 'students' && how) {
    if (hit && hit.kind !== 'students') return null;
    score = DISCIPLINE_HIT_SCORE[how];
    found = { code: 'found', params: { ...base, discipline: req.discipline } };
  } else if (req.kind === 'students') {
    if (hit && hit.kind !== 'students') return null;
    const disciplineChat = req.per === 'group' && ctx.isDisciplineLike(index);
    if (disciplineChat) {
      score = SCORE.disciplineChatForPlain;
      flags.push({ code: 'discipline-chat-only', params: { title: title.raw } });
      found = { code: 'found', params: { ...base, ...(hit ? { word: hit.word } : {}) } };
    } else if (hit) {
      score = hit.weak ? SCORE.weakKindWord : SCORE.kindWord;
      found = { code: 'found', params: { ...base, word: hit.word } };
    } else if (req.per === 'group' && req.group) {
      score = SCORE.groupOnly;
      found = { code: 'group-only', params: { title: title.raw, group: req.group } };
    } else return null;
  } else {
    if (!hit || hit.kind !== req.kind || hit.weak) return null;
    score = how ? DISCIPLINE_HIT_SCORE[how] : SCORE.kindWord;
    found = { code: 'found', params: { ...base, word: hit.word, ...(how ? { discipline: req.discipline } : {}) } };
  }

  if (longer) score = SCORE.longerDiscipline;
  if (title.old) {
    score -= SCORE.oldPenalty;
    flags.push({ code: 'old-title', params: { title: title.raw, marker: title.old } });
  }
  if (title.topic) {
    score -= SCORE.topicPenalty;
    flags.push({ code: 'topic-title', params: { title: title.raw, marker: title.topic } });
  }
  score = Math.max(1, score);
  if (isMine(chat, meId)) score += SCORE.ownerBonus;
  return { index, score, found, flags, ...(longer ? { longer: true as const } : {}) };
}

function byScore(ctx: Context) {
  return (a: Scored, b: Scored) =>
    b.score - a.score || compareMaxIds((ctx.chats[a.index] as AuditChat).id, (ctx.chats[b.index] as AuditChat).id);
}

function unknownReasons(listComplete: boolean, dataProblem: string | undefined): Reason[] {
  const reasons: Reason[] = [];
  if (!listComplete) reasons.push({ code: 'list-partial', params: {} });
  if (dataProblem !== undefined) reasons.push({ code: 'data-problem', params: { detail: dataProblem } });
  return reasons;
}

/** Runs the audit. See the file comment for scores and statuses. */
export function audit(
  profile: Profile,
  assignment: Assignment,
  snapshot: AuditSnapshot,
  overrides: readonly Override[],
  now: number,
): AuditResult {
  const requirements = requirementsFor(profile, assignment);
  const listComplete = snapshot?.listComplete === true;
  const dataProblem =
    typeof snapshot?.dataProblem === 'string' && snapshot.dataProblem.trim() !== '' ? snapshot.dataProblem : undefined;
  const meId = isId(snapshot?.me?.id) ? snapshot.me.id : undefined;

  // One chat per id (the first wins), then group chats only, in id (string) order: the input order never matters.
  const byId = new Map<MaxId, AuditChat>();
  for (const chat of Array.isArray(snapshot?.chats) ? snapshot.chats : [])
    if (chat && isId(chat.id) && !byId.has(chat.id)) byId.set(chat.id, chat);
  const eligible = [...byId.values()]
    .filter((chat) => isGroupChat(chat) && isActiveChat(chat))
    .sort((a, b) => compareMaxIds(a.id, b.id));
  const ctx = new Context(profile, requirements, eligible, now);
  const sort = byScore(ctx);

  const overrideFor = new Map<string, Override>();
  for (const o of Array.isArray(overrides) ? overrides : [])
    if (o && typeof o.requirementId === 'string') overrideFor.set(o.requirementId, o);

  const findings: Finding[] = [];
  for (const req of requirements) {
    const indices = req.per === 'person' ? eligible.map((_, i) => i) : req.group ? ctx.chatsWithGroup(req.group) : [];
    const scored: Scored[] = [];
    for (const i of indices) {
      const s = scoreTitle(ctx, req, i, meId);
      if (s) scored.push(s);
    }
    scored.sort(sort);
    const candidates: Candidate[] = scored.map((s) => ({
      chatId: (ctx.chats[s.index] as AuditChat).id,
      score: s.score,
      title: (ctx.titles[s.index] as PreparedTitle).raw,
    }));
    const override = overrideFor.get(req.id);
    findings.push(
      override
        ? overridden(req, override, candidates, byId, listComplete)
        : judged(ctx, profile, req, scored, candidates, meId, listComplete, dataProblem),
    );
  }

  const summary: AuditSummary = {
    total: findings.length,
    ok: 0,
    ambiguous: 0,
    missing: 0,
    incomplete: 0,
    unknown: 0,
    notRequired: 0,
    linkedByHand: 0,
  };
  for (const f of findings) {
    summary[f.status]++;
    if (f.notRequired) summary.notRequired++;
    if (f.linkedByHand) summary.linkedByHand++;
  }
  return { at: now, listComplete, ...(dataProblem !== undefined ? { dataProblem } : {}), findings, summary };
}

function overridden(
  requirement: Requirement,
  override: Override,
  candidates: Candidate[],
  byId: Map<MaxId, AuditChat>,
  listComplete: boolean,
): Finding {
  if (typeof override.notRequiredReason === 'string') {
    return {
      requirement,
      status: 'ok',
      notRequired: true,
      candidates,
      reasons: [{ code: 'not-required', params: { reason: override.notRequiredReason } }],
    };
  }
  const chatId = override.chatId;
  if (!isId(chatId)) return { requirement, status: 'unknown', candidates, reasons: [] };
  const chat = byId.get(chatId);
  if (chat && isActiveChat(chat)) {
    const title = titleOf(chat);
    return {
      requirement,
      status: 'ok',
      chatId,
      linkedByHand: true,
      candidates,
      reasons: [
        { code: 'linked-by-hand', params: { chatId, ...(title ? { title } : {}) } },
        ...(isArchivedChat(chat) ? [{ code: 'archived', params: { title } } as const] : []),
      ],
    };
  }
  if (chat || listComplete)
    return {
      requirement,
      status: 'missing',
      linkedByHand: true,
      candidates,
      reasons: [{ code: 'linked-chat-gone', params: { chatId } }],
    };
  return {
    requirement,
    status: 'unknown',
    linkedByHand: true,
    candidates,
    reasons: [
      { code: 'linked-chat-not-loaded', params: { chatId } },
      { code: 'list-partial', params: {} },
    ],
  };
}

function judged(
  ctx: Context,
  profile: Profile,
  requirement: Requirement,
  scored: Scored[],
  candidates: Candidate[],
  meId: MaxId | undefined,
  listComplete: boolean,
  dataProblem: string | undefined,
): Finding {
  const best = scored[0];
  if (!best) {
    const certain = listComplete && dataProblem === undefined;
    const reasons: Reason[] = certain ? [] : unknownReasons(listComplete, dataProblem);
    reasons.push({
      code: 'no-chat',
      params: { suggestedTitle: requirement.suggestedTitle, invite: requirement.invite },
    });
    return { requirement, status: certain ? 'missing' : 'unknown', candidates, reasons };
  }
  if (best.longer) {
    // Every candidate names a longer discipline (they all score below any title naming the discipline itself).
    const titles = scored.slice(0, 1 + MAX_OTHER_TITLES).map((s) => (ctx.titles[s.index] as PreparedTitle).raw);
    return {
      requirement,
      status: 'ambiguous',
      candidates,
      reasons: [{ code: 'longer-discipline', params: { titles, discipline: requirement.discipline ?? '' } }],
    };
  }
  const tied = scored.filter((s) => s.score === best.score);
  if (tied.length > 1) {
    return {
      requirement,
      status: 'ambiguous',
      candidates,
      reasons: [{ code: 'ambiguous', params: { titles: tied.map((s) => (ctx.titles[s.index] as PreparedTitle).raw) } }],
    };
  }
  const chat = ctx.chats[best.index] as AuditChat;
  const title = (ctx.titles[best.index] as PreparedTitle).raw;
  const reasons: Reason[] = [best.found];
  if (isArchivedChat(chat)) reasons.push({ code: 'archived', params: { title } });
  const problems: Reason[] = [...best.flags];
  if (requirement.kind === 'students' || requirement.kind === 'parents') {
    const size = requirement.group ? profileGroup(profile, requirement.group)?.size : undefined;
    const count = memberCount(chat);
    if (size !== undefined && size > 0 && count !== undefined) {
      const others = meId !== undefined ? Math.max(0, count - 1) : count;
      if (others < FEW_MEMBERS_SHARE * size)
        problems.push({ code: 'few-members', params: { members: others, groupSize: size } });
    }
  }
  if (meId !== undefined && ownershipKnown(chat) && !isMine(chat, meId))
    problems.push({ code: 'not-owner-or-admin', params: { title } });
  reasons.push(...problems);
  const others = scored.slice(1, 1 + MAX_OTHER_TITLES).map((s) => (ctx.titles[s.index] as PreparedTitle).raw);
  if (others.length > 0) reasons.push({ code: 'other-candidates', params: { titles: others } });
  return { requirement, status: problems.length > 0 ? 'incomplete' : 'ok', chatId: chat.id, candidates, reasons };
}

/** Chat id → ids of the requirements it satisfies (ok or incomplete, found or linked): chat badges in the chat list. */
export function matchedChatIds(result: AuditResult): Map<MaxId, string[]> {
  const map = new Map<MaxId, string[]>();
  for (const finding of result.findings) {
    if (finding.chatId === undefined || (finding.status !== 'ok' && finding.status !== 'incomplete')) continue;
    const ids = map.get(finding.chatId);
    if (ids) ids.push(finding.requirement.id);
    else map.set(finding.chatId, [finding.requirement.id]);
  }
  return map;
}

/** The audit's view of the content script's snapshot: protocol trouble is a data problem. */
export function toAuditSnapshot(snapshot: MaxSnapshot): AuditSnapshot {
  const trouble =
    snapshot.protocol === 'unknown-version' || snapshot.protocol === 'unreadable' || snapshot.protocol === 'no-socket';
  return {
    chats: Object.values(snapshot.chats),
    ...(snapshot.me ? { me: { id: snapshot.me.id } } : {}),
    listComplete: snapshot.listComplete,
    ...(trouble ? { dataProblem: snapshot.protocolDetail ?? snapshot.protocol } : {}),
  };
}
