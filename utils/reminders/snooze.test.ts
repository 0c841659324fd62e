import { describe, expect, it } from 'vitest';
import { activeSnoozes, isSnoozed, snoozeUntil } from './snooze';

const utc = (iso: string) => Date.parse(iso);
const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());
const MSK = 'Europe/Moscow';

describe('snoozeUntil', () => {
  // Monday 2025-03-10 10:15 MSK
  const now = utc('2025-03-10T07:15:00Z');

  it('1 day: until tomorrow 00:00 local, so tomorrow’s slot reminds again', () => {
    expect(iso(snoozeUntil('1d', now, MSK))).toBe('2025-03-10T21:00:00.000Z');
  });

  it('1 week: until the same weekday next week, 00:00 local', () => {
    expect(iso(snoozeUntil('1w', now, MSK))).toBe('2025-03-16T21:00:00.000Z');
  });

  it('until a date: reminders resume on that date', () => {
    expect(iso(snoozeUntil({ until: '2025-04-01' }, now, MSK))).toBe('2025-03-31T21:00:00.000Z');
    expect(iso(snoozeUntil({ until: '2025-03-11' }, now, MSK))).toBe('2025-03-10T21:00:00.000Z');
  });

  it('rejects today, past and impossible dates', () => {
    expect(snoozeUntil({ until: '2025-03-10' }, now, MSK)).toBeNull();
    expect(snoozeUntil({ until: '2025-03-01' }, now, MSK)).toBeNull();
    expect(snoozeUntil({ until: '2025-02-30' }, now, MSK)).toBeNull();
    expect(snoozeUntil({ until: '10.04.2025' }, now, MSK)).toBeNull();
  });

  it('counts the local day: 01:00 MSK Tuesday is still Monday in UTC', () => {
    const lateNight = utc('2025-03-10T22:00:00Z'); // Tuesday 01:00 MSK
    expect(iso(snoozeUntil('1d', lateNight, MSK))).toBe('2025-03-11T21:00:00.000Z');
    expect(snoozeUntil({ until: '2025-03-11' }, lateNight, MSK)).toBeNull();
  });

  it('ends at local midnight across a DST switch (Berlin)', () => {
    // Saturday 2025-03-29 12:00 CET; Sunday 00:00 is still CET, Monday 00:00 is CEST
    expect(iso(snoozeUntil('1d', utc('2025-03-29T11:00:00Z'), 'Europe/Berlin'))).toBe('2025-03-29T23:00:00.000Z');
    expect(iso(snoozeUntil({ until: '2025-03-31' }, utc('2025-03-29T11:00:00Z'), 'Europe/Berlin'))).toBe(
      '2025-03-30T22:00:00.000Z',
    );
  });

  it('handles zones far from UTC', () => {
    // 2025-03-10 23:30 in Kiritimati (UTC+14) = 09:30Z
    expect(iso(snoozeUntil({ until: '2025-03-11' }, utc('2025-03-10T09:30:00Z'), 'Pacific/Kiritimati'))).toBe(
      '2025-03-10T10:00:00.000Z',
    );
  });
});

describe('activeSnoozes', () => {
  it('drops expired and malformed snoozes', () => {
    const now = 1_000;
    expect(
      activeSnoozes(
        { a: 999, b: 1_000, c: 1_001, d: Number.NaN, e: 'x' as unknown as number, f: Number.POSITIVE_INFINITY },
        now,
      ),
    ).toEqual({ c: 1_001 });
    expect(activeSnoozes(undefined, now)).toEqual({});
  });

  it('a snooze expires when its time comes', () => {
    const snoozes = { 'curator-parents/ИСП-21': 5_000 };
    expect(isSnoozed(snoozes, 'curator-parents/ИСП-21', 4_999)).toBe(true);
    expect(isSnoozed(snoozes, 'curator-parents/ИСП-21', 5_000)).toBe(false);
    expect(isSnoozed(snoozes, 'other', 0)).toBe(false);
  });
});
