/**
 * Whether to remind now, and of what: a pure decision over the audit of the last stored snapshot and the reminder
 * state. Reminds only of `missing` chats (certain: the audit says `missing` only on a complete chat list); never of
 * `unknown` ones. Rules, in order:
 *
 * 1. No picture (no audit, no stored snapshot, a snapshot older than a week) or a picture with unknowns and nothing
 *    missing → at most one gentle «Откройте MAX web, чтобы обновить данные» a week.
 * 2. Nothing missing → nothing.
 * 3. Missing chats that are not snoozed and not yet reminded today (local day in the zone) → one notification naming
 *    them; otherwise nothing.
 *
 * `badgeCount` is always the number of missing chats not snoozed (a «не требуется» mark makes the finding `ok`).
 */
import type { AuditResult, Finding } from '@/utils/audit/audit';
import type { Requirement } from '@/utils/audit/requirements';
import type { Lang } from '@/utils/i18n/translator';
import { missingMessage, missingTitle, refreshNudgeText } from './reminder-text';
import { isSnoozed, type Snoozes } from './snooze';
import { localDay, validTimeZone } from './zoned-time';

const WEEK_MS = 7 * 86_400_000;
/** A stored snapshot older than this is no picture to remind from. */
export const STALE_SNAPSHOT_MS = WEEK_MS;
/** The refresh nudge comes at most this often. */
export const NUDGE_INTERVAL_MS = WEEK_MS;

export interface LastReminded {
  /** `YYYY-MM-DD`, the local day in the zone. */
  day: string;
  requirementIds: string[];
}

export interface ReminderInput {
  result: AuditResult | null;
  snapshotSavedAt?: number;
  snoozes: Snoozes;
  lastReminded: LastReminded | null;
  lastRefreshNudgeAt?: number;
  now: number;
  timeZone?: string;
  lang?: Lang;
}

export type NoReminderReason =
  | 'no-requirements'
  | 'all-in-place'
  | 'all-snoozed'
  | 'reminded-today'
  | 'nudged-this-week';

export type ReminderDecision = (
  | { kind: 'missing'; requirementIds: string[]; title: string; message: string }
  | { kind: 'refresh-nudge'; title: string; message: string }
  | { kind: 'none'; reason: NoReminderReason }
) & { badgeCount: number };

const isMissing = (f: Finding) => f.status === 'missing' && !f.notRequired;

/** The toolbar badge's number: missing chats, not snoozed («не требуется» ones are `ok`). */
export function badgeCountOf(result: AuditResult | null | undefined, snoozes: Snoozes, now: number): number {
  let n = 0;
  for (const f of result?.findings ?? []) if (isMissing(f) && !isSnoozed(snoozes, f.requirement.id, now)) n++;
  return n;
}

export function decideReminder(input: ReminderInput): ReminderDecision {
  const { result, snapshotSavedAt, snoozes, lastReminded, lastRefreshNudgeAt, now } = input;
  const lang = input.lang ?? 'ru';
  const missing = (result?.findings ?? []).filter(isMissing);
  const due = missing.filter((f) => !isSnoozed(snoozes, f.requirement.id, now));
  const badgeCount = badgeCountOf(result, snoozes, now);

  const nudge = (): ReminderDecision => {
    if (lastRefreshNudgeAt !== undefined && now - lastRefreshNudgeAt < NUDGE_INTERVAL_MS)
      return { kind: 'none', reason: 'nudged-this-week', badgeCount };
    return { kind: 'refresh-nudge', ...refreshNudgeText(lang), badgeCount };
  };

  if (result && result.summary.total === 0) return { kind: 'none', reason: 'no-requirements', badgeCount };
  const stale = snapshotSavedAt === undefined || now - snapshotSavedAt > STALE_SNAPSHOT_MS;
  if (!result || stale) return nudge();
  if (missing.length === 0) {
    if (result.findings.some((f) => f.status === 'unknown')) return nudge();
    return { kind: 'none', reason: 'all-in-place', badgeCount };
  }
  if (due.length === 0) return { kind: 'none', reason: 'all-snoozed', badgeCount };

  const today = localDay(now, validTimeZone(input.timeZone));
  const remindedToday = new Set(lastReminded?.day === today ? lastReminded.requirementIds : []);
  const fresh: Requirement[] = due.map((f) => f.requirement).filter((r) => !remindedToday.has(r.id));
  if (fresh.length === 0) return { kind: 'none', reason: 'reminded-today', badgeCount };
  return {
    kind: 'missing',
    requirementIds: fresh.map((r) => r.id),
    title: missingTitle(fresh.length, lang),
    message: missingMessage(fresh, lang),
    badgeCount,
  };
}

/** The state after a reminder of `requirementIds` at `now`: today's list grows, another day's is replaced. */
export function rememberReminded(
  lastReminded: LastReminded | null,
  requirementIds: readonly string[],
  now: number,
  timeZone?: string,
): LastReminded {
  const day = localDay(now, validTimeZone(timeZone));
  const before = lastReminded?.day === day ? lastReminded.requirementIds : [];
  return { day, requirementIds: [...new Set([...before, ...requirementIds])] };
}
