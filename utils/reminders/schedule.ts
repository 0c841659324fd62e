/**
 * When reminders come: on the chosen days of the week at one wall-clock time in the user's zone (default: weekdays
 * at 09:00), or never. Pure: `now` and the zone are passed in.
 */
import * as v from 'valibot';
import { instantOf, validTimeZone, wallTimeAt, weekdayOf } from './zoned-time';

export interface ReminderSchedule {
  enabled: boolean;
  /** Days of the week, 0 = Sunday … 6 = Saturday. */
  days: number[];
  hour: number;
  minute?: number;
}

export const DEFAULT_SCHEDULE: ReminderSchedule = { enabled: true, days: [1, 2, 3, 4, 5], hour: 9, minute: 0 };

const Int = (min: number, max: number) => v.pipe(v.number(), v.integer(), v.minValue(min), v.maxValue(max));

export const ReminderScheduleSchema = v.object({
  enabled: v.boolean(),
  days: v.pipe(v.array(Int(0, 6)), v.maxLength(7)),
  hour: Int(0, 23),
  minute: v.optional(Int(0, 59)),
});

/** A schedule from storage or the options page: checked, days deduplicated and sorted; the default when absent or invalid. */
export function parseSchedule(data: unknown): ReminderSchedule {
  const result = v.safeParse(ReminderScheduleSchema, data);
  if (!result.success) return { ...DEFAULT_SCHEDULE, days: [...DEFAULT_SCHEDULE.days] };
  const { enabled, days, hour, minute } = result.output;
  return { enabled, days: [...new Set(days)].sort((a, b) => a - b), hour, ...(minute !== undefined ? { minute } : {}) };
}

/**
 * The next reminder slot strictly after `now` in the zone (default: the machine's), or null when reminders are off
 * or no day is chosen. On a spring-forward day a slot inside the skipped hour moves forward by the gap.
 */
export function nextReminderAt(schedule: ReminderSchedule, now: number, timeZone?: string): number | null {
  if (!schedule.enabled || schedule.days.length === 0) return null;
  const zone = validTimeZone(timeZone);
  const today = wallTimeAt(now, zone);
  // Today's slot may have passed; with one day a week the next one is 7 days on: 8 days cover every case.
  for (let offset = 0; offset <= 7; offset++) {
    const date = new Date(Date.UTC(today.year, today.month - 1, today.day + offset));
    const [year, month, day] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
    if (!schedule.days.includes(weekdayOf(year, month, day))) continue;
    const at = instantOf({ year, month, day, hour: schedule.hour, minute: schedule.minute ?? 0 }, zone);
    if (at > now) return at;
  }
  return null;
}
