/**
 * Snoozing one requirement's reminders. A snooze ends at the start of a local day, so the next scheduled slot after
 * it reminds again: «на 1 день» skips today and reminds tomorrow, «на неделю» reminds on the same weekday next week,
 * «до даты» reminds on that date. Pure: `now` and the zone are passed in.
 */
import { localDay, startOfLocalDay, validTimeZone } from './zoned-time';

export type SnoozeKind = '1d' | '1w' | { until: string };

/** requirement id → the instant (ms) reminders resume. */
export type Snoozes = Record<string, number>;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** When a snooze chosen now ends, or null for a date that is not a real date or is not after today. */
export function snoozeUntil(kind: SnoozeKind, now: number, timeZone?: string): number | null {
  const zone = validTimeZone(timeZone);
  if (kind === '1d') return startOfLocalDay(now, zone, 1);
  if (kind === '1w') return startOfLocalDay(now, zone, 7);
  const match = DATE.exec(typeof kind?.until === 'string' ? kind.until : '');
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  const [ty, tm, td] = localDay(now, zone).split('-').map(Number) as [number, number, number];
  const days = Math.round((Date.UTC(year, month - 1, day) - Date.UTC(ty, tm - 1, td)) / 86_400_000);
  if (days < 1) return null;
  return startOfLocalDay(now, zone, days);
}

/** The snoozes still running at `now` (expired and malformed ones dropped). */
export function activeSnoozes(snoozes: Snoozes | null | undefined, now: number): Snoozes {
  const active: Snoozes = {};
  for (const [id, until] of Object.entries(snoozes ?? {}))
    if (typeof until === 'number' && Number.isFinite(until) && until > now) active[id] = until;
  return active;
}

export function isSnoozed(snoozes: Snoozes, requirementId: string, now: number): boolean {
  const until = snoozes[requirementId];
  return typeof until === 'number' && until > now;
}
