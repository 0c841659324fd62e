/** Messages about reminders: the schedule (options page), snoozes (sidebar), and «MAX web was opened». */
import * as v from 'valibot';
import type { SverkaDatabase } from '@/utils/db/database';
import { reminderRepository } from '@/utils/db/reminder-repository';
import type { ReminderService } from '@/utils/reminders/reminder-service';
import { onMessage } from './protocol';

const RequirementId = v.pipe(v.string(), v.minLength(1), v.maxLength(500));
const SnoozeSchema = v.object({
  requirementId: RequirementId,
  kind: v.union([
    v.literal('1d'),
    v.literal('1w'),
    v.object({ until: v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/)) }),
  ]),
});

export function registerReminderHandlers(db: SverkaDatabase, reminders: ReminderService): () => void {
  const repository = reminderRepository(db);
  const removers = [
    onMessage('maxOpened', () => reminders.onMaxOpened().then(() => undefined)),
    onMessage('getReminders', async () => ({
      schedule: await repository.getSchedule(),
      snoozes: (await repository.getState()).snoozes,
    })),
    onMessage('saveReminderSchedule', async ({ data }) => {
      const stored = await repository.saveSchedule(data);
      await reminders.ensureAlarm();
      return stored;
    }),
    onMessage('snooze', async ({ data }) => {
      const { requirementId, kind } = v.parse(SnoozeSchema, data);
      await reminders.snooze(requirementId, kind);
    }),
    onMessage('unsnooze', async ({ data }) => {
      await reminders.unsnooze(v.parse(RequirementId, data));
    }),
  ];
  return () => {
    for (const remove of removers) remove();
  };
}
