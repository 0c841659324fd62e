/**
 * Wall-clock time in an IANA time zone, from Intl alone (no library, no network): the parts of an instant, the
 * instant of a wall-clock time, the local day as `YYYY-MM-DD`. Europe/Moscow has no DST (UTC+3 all year); zones with
 * DST are handled the way Temporal's `compatible` disambiguation does: a wall time skipped by the spring switch moves
 * forward by the gap, a wall time repeated by the autumn switch takes the earlier instant.
 */

export interface WallTime {
  year: number;
  /** 1..12 */
  month: number;
  /** 1..31 */
  day: number;
  hour: number;
  minute: number;
}

const DAY_MS = 86_400_000;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The machine's own zone (the user's local time). */
export function localTimeZone(): string {
  return new Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** The zone if Intl knows it, else the machine's own. */
export function validTimeZone(timeZone: string | undefined): string {
  if (!timeZone) return localTimeZone();
  try {
    formatter(timeZone);
    return timeZone;
  } catch {
    return localTimeZone();
  }
}

/** Wall-clock parts of an instant in a zone. */
export function wallTimeAt(ms: number, timeZone: string): WallTime & { second: number } {
  const parts: Record<string, number> = {};
  for (const part of formatter(timeZone).formatToParts(ms))
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  return {
    year: parts.year ?? 1970,
    month: parts.month ?? 1,
    day: parts.day ?? 1,
    hour: parts.hour ?? 0,
    minute: parts.minute ?? 0,
    second: parts.second ?? 0,
  };
}

/** The zone's offset from UTC at an instant, in ms (Moscow: +3 h). */
function offsetAt(ms: number, timeZone: string): number {
  const w = wallTimeAt(ms, timeZone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return asUtc - Math.floor(ms / 1000) * 1000;
}

/** The instant of a wall-clock time in a zone (day overflow is allowed: day 32 is the 1st of the next month). */
export function instantOf(wall: WallTime, timeZone: string): number {
  const guess = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute);
  const before = offsetAt(guess - DAY_MS, timeZone);
  const after = offsetAt(guess + DAY_MS, timeZone);
  if (before === after) return guess - before;
  const fits = (candidate: number) => candidate + offsetAt(candidate, timeZone) === guess;
  const early = guess - Math.max(before, after);
  const late = guess - Math.min(before, after);
  if (fits(early)) return early; // the only fit, or the earlier of two (autumn)
  if (fits(late)) return late;
  return guess - before; // skipped by the spring switch: read with the offset before it, i.e. later by the gap
}

/** The local day of an instant: `YYYY-MM-DD`. */
export function localDay(ms: number, timeZone: string): string {
  const w = wallTimeAt(ms, timeZone);
  return `${w.year}-${String(w.month).padStart(2, '0')}-${String(w.day).padStart(2, '0')}`;
}

/** Day of the week of a calendar date, 0 = Sunday. */
export function weekdayOf(year: number, month: number, day: number): number {
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

/** The start (00:00) of the local day `days` after the one of `ms`. */
export function startOfLocalDay(ms: number, timeZone: string, days = 0): number {
  const w = wallTimeAt(ms, timeZone);
  return instantOf({ year: w.year, month: w.month, day: w.day + days, hour: 0, minute: 0 }, timeZone);
}
