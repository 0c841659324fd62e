import { describe, expect, it } from 'vitest';
import { DEFAULT_SCHEDULE, nextReminderAt, parseSchedule, type ReminderSchedule } from './schedule';
import { instantOf, localDay, localTimeZone } from './zoned-time';

const utc = (iso: string) => Date.parse(iso);
const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());
const MSK = 'Europe/Moscow';
const BERLIN = 'Europe/Berlin';

describe('nextReminderAt in Moscow (UTC+3, no DST)', () => {
  it('is today at 09:00 before the slot, tomorrow just after it', () => {
    // Monday 2025-03-10, 08:59 MSK
    expect(iso(nextReminderAt(DEFAULT_SCHEDULE, utc('2025-03-10T05:59:00Z'), MSK))).toBe('2025-03-10T06:00:00.000Z');
    // exactly at the slot: strictly after, so Tuesday
    expect(iso(nextReminderAt(DEFAULT_SCHEDULE, utc('2025-03-10T06:00:00Z'), MSK))).toBe('2025-03-11T06:00:00.000Z');
  });

  it('skips the weekend: Friday after 09:00 → Monday 09:00', () => {
    expect(iso(nextReminderAt(DEFAULT_SCHEDULE, utc('2025-03-14T07:00:00Z'), MSK))).toBe('2025-03-17T06:00:00.000Z');
    // Saturday and Sunday too
    expect(iso(nextReminderAt(DEFAULT_SCHEDULE, utc('2025-03-15T12:00:00Z'), MSK))).toBe('2025-03-17T06:00:00.000Z');
  });

  it('uses the local day, not the UTC day: 01:00 MSK Monday is still Sunday in UTC', () => {
    expect(iso(nextReminderAt(DEFAULT_SCHEDULE, utc('2025-03-16T22:00:00Z'), MSK))).toBe('2025-03-17T06:00:00.000Z');
  });

  it('keeps 09:00 MSK = 06:00 UTC across the European switch dates', () => {
    expect(iso(nextReminderAt(DEFAULT_SCHEDULE, utc('2025-03-28T12:00:00Z'), MSK))).toBe('2025-03-31T06:00:00.000Z');
    expect(iso(nextReminderAt(DEFAULT_SCHEDULE, utc('2025-10-24T12:00:00Z'), MSK))).toBe('2025-10-27T06:00:00.000Z');
  });

  it('one day a week: a week later once this week’s slot has passed; minutes count', () => {
    const wednesday: ReminderSchedule = { enabled: true, days: [3], hour: 14, minute: 30 };
    expect(iso(nextReminderAt(wednesday, utc('2025-03-12T11:31:00Z'), MSK))).toBe('2025-03-19T11:30:00.000Z');
    expect(iso(nextReminderAt(wednesday, utc('2025-03-12T11:29:00Z'), MSK))).toBe('2025-03-12T11:30:00.000Z');
  });

  it('crosses months and years', () => {
    // Wednesday 2025-12-31 10:00 MSK → Thursday 2026-01-01 09:00
    expect(iso(nextReminderAt(DEFAULT_SCHEDULE, utc('2025-12-31T07:00:00Z'), MSK))).toBe('2026-01-01T06:00:00.000Z');
  });

  it('is null when off or with no days', () => {
    expect(nextReminderAt({ ...DEFAULT_SCHEDULE, enabled: false }, utc('2025-03-10T00:00:00Z'), MSK)).toBeNull();
    expect(nextReminderAt({ ...DEFAULT_SCHEDULE, days: [] }, utc('2025-03-10T00:00:00Z'), MSK)).toBeNull();
  });
});

describe('nextReminderAt in a zone with DST (Europe/Berlin)', () => {
  it('March switch: Friday 09:00 CET (08:00Z) → Monday 09:00 CEST (07:00Z)', () => {
    expect(iso(nextReminderAt(DEFAULT_SCHEDULE, utc('2025-03-28T09:00:00Z'), BERLIN))).toBe('2025-03-31T07:00:00.000Z');
  });

  it('October switch: Friday → Monday 09:00 CET (08:00Z)', () => {
    expect(iso(nextReminderAt(DEFAULT_SCHEDULE, utc('2025-10-24T09:00:00Z'), BERLIN))).toBe('2025-10-27T08:00:00.000Z');
  });

  it('daily at 09:00 across the switch night: 23 h, then 25 h apart', () => {
    const daily: ReminderSchedule = { enabled: true, days: [0, 1, 2, 3, 4, 5, 6], hour: 9 };
    const sat = utc('2025-03-29T08:00:00Z');
    const sun = nextReminderAt(daily, sat, BERLIN);
    expect(iso(sun)).toBe('2025-03-30T07:00:00.000Z');
    expect(((sun ?? 0) - sat) / 3_600_000).toBe(23);
    const octSat = utc('2025-10-25T07:00:00Z');
    const octSun = nextReminderAt(daily, octSat, BERLIN);
    expect(iso(octSun)).toBe('2025-10-26T08:00:00.000Z');
    expect(((octSun ?? 0) - octSat) / 3_600_000).toBe(25);
  });

  it('a slot in the skipped hour moves forward; a repeated one takes the earlier instant', () => {
    const sunday0230: ReminderSchedule = { enabled: true, days: [0], hour: 2, minute: 30 };
    // 2025-03-30 02:30 does not exist in Berlin → 03:30 CEST = 01:30Z
    expect(iso(nextReminderAt(sunday0230, utc('2025-03-29T12:00:00Z'), BERLIN))).toBe('2025-03-30T01:30:00.000Z');
    // 2025-10-26 02:30 happens twice → the first, 02:30 CEST = 00:30Z
    expect(iso(nextReminderAt(sunday0230, utc('2025-10-25T12:00:00Z'), BERLIN))).toBe('2025-10-26T00:30:00.000Z');
  });
});

describe('the user’s local time', () => {
  it('defaults to the machine’s zone', () => {
    const now = utc('2025-03-10T05:59:00Z');
    expect(nextReminderAt(DEFAULT_SCHEDULE, now)).toBe(nextReminderAt(DEFAULT_SCHEDULE, now, localTimeZone()));
  });

  it('falls back to the machine’s zone for an unknown zone name', () => {
    const now = utc('2025-03-10T05:59:00Z');
    expect(nextReminderAt(DEFAULT_SCHEDULE, now, 'Mars/Olympus')).toBe(nextReminderAt(DEFAULT_SCHEDULE, now));
  });

  it('works far east and west of UTC', () => {
    // Vladivostok UTC+10: Monday 09:00 local is Sunday 23:00Z
    expect(iso(nextReminderAt(DEFAULT_SCHEDULE, utc('2025-03-16T12:00:00Z'), 'Asia/Vladivostok'))).toBe(
      '2025-03-16T23:00:00.000Z',
    );
    // New York (EDT from 2025-03-09): Monday 09:00 = 13:00Z
    expect(iso(nextReminderAt(DEFAULT_SCHEDULE, utc('2025-03-16T12:00:00Z'), 'America/New_York'))).toBe(
      '2025-03-17T13:00:00.000Z',
    );
  });

  it('instantOf and localDay agree', () => {
    const at = instantOf({ year: 2025, month: 6, day: 1, hour: 0, minute: 0 }, MSK);
    expect(localDay(at, MSK)).toBe('2025-06-01');
    expect(localDay(at - 1, MSK)).toBe('2025-05-31');
  });
});

describe('parseSchedule', () => {
  it('keeps a valid schedule, deduplicating and sorting days', () => {
    expect(parseSchedule({ enabled: true, days: [5, 1, 1, 3], hour: 8, minute: 15 })).toEqual({
      enabled: true,
      days: [1, 3, 5],
      hour: 8,
      minute: 15,
    });
    expect(parseSchedule({ enabled: false, days: [], hour: 0 })).toEqual({ enabled: false, days: [], hour: 0 });
  });

  it('falls back to weekdays 09:00 for anything else', () => {
    for (const bad of [
      undefined,
      null,
      'x',
      { enabled: true, days: [7], hour: 9 },
      { enabled: true, days: [1], hour: 24 },
      { days: [1], hour: 9 },
      { enabled: true, days: [1], hour: 9.5 },
    ])
      expect(parseSchedule(bad)).toEqual(DEFAULT_SCHEDULE);
  });
});
