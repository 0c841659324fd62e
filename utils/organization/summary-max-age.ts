/**
 * The number of days after which the organization page flags a summary as out of date («устарела»): set on the page,
 * kept in `storage.local` so it comes back on the next visit. What is read back is checked like any input: anything
 * but a whole number of days from 1 to 365 reads as the default.
 */
import * as v from 'valibot';
import { localItem } from '@/utils/ui/local-item';
import { DEFAULT_SUMMARY_MAX_AGE_DAYS } from './organization-model';

const MaxAgeDaysSchema = v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(365));

/** The days when `value` is a whole number from 1 to 365 (a number or the input field's text), else null. */
export function parseMaxAgeDays(value: unknown): number | null {
  const days = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  const result = v.safeParse(MaxAgeDaysSchema, days);
  return result.success ? result.output : null;
}

const maxAgeItem = localItem<unknown>('orgSummaryMaxAgeDays', DEFAULT_SUMMARY_MAX_AGE_DAYS);

/** The days set on an earlier visit, or the default (never set, or not a valid number). */
export async function loadSummaryMaxAgeDays(): Promise<number> {
  const stored = v.safeParse(MaxAgeDaysSchema, await maxAgeItem.getValue());
  return stored.success ? stored.output : DEFAULT_SUMMARY_MAX_AGE_DAYS;
}

export async function saveSummaryMaxAgeDays(days: number): Promise<void> {
  await maxAgeItem.setValue(v.parse(MaxAgeDaysSchema, days));
}
