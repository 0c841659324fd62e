/** What reminders remember between checks, browser restarts and extension updates: one object, checked on load. */
import * as v from 'valibot';
import type { LastReminded } from './decide';
import type { Snoozes } from './snooze';

export interface ReminderState {
  /** What was reminded on which local day (never twice a day). */
  lastReminded: LastReminded | null;
  /** When the «open MAX web to refresh» nudge was last shown (at most weekly). */
  lastRefreshNudgeAt?: number;
  /** When the last check ran (the «MAX opened after a gap» rule and catching up a missed slot). */
  lastCheckAt?: number;
  snoozes: Snoozes;
}

const Time = v.pipe(v.number(), v.finite(), v.minValue(0));
const RequirementId = v.pipe(v.string(), v.maxLength(500));

export const ReminderStateSchema = v.object({
  lastReminded: v.nullable(
    v.object({
      day: v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/)),
      requirementIds: v.pipe(v.array(RequirementId), v.maxLength(1000)),
    }),
  ),
  lastRefreshNudgeAt: v.optional(Time),
  lastCheckAt: v.optional(Time),
  snoozes: v.record(RequirementId, Time),
});

export const emptyReminderState = (): ReminderState => ({ lastReminded: null, snoozes: {} });

/** A stored state, or a fresh one when absent or not understood (forgetting a snooze beats stopping reminders). */
export function parseReminderState(data: unknown): ReminderState {
  const result = v.safeParse(ReminderStateSchema, data);
  return result.success ? (result.output as ReminderState) : emptyReminderState();
}
