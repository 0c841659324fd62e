/**
 * Reminder schedule and state in the settings table (the extension's database, so they survive browser restarts and
 * extension updates), plus the store the reminder service reads: setup, last snapshot, schedule, state.
 */

import type { ReminderStore } from '@/utils/reminders/reminder-service';
import { parseReminderState, type ReminderState } from '@/utils/reminders/reminder-state';
import { parseSchedule, type ReminderSchedule } from '@/utils/reminders/schedule';
import type { SverkaDatabase } from './database';
import { setupRepository } from './setup-repository';
import { snapshotRepository } from './snapshot-repository';

const SCHEDULE_KEY = 'reminderSchedule';
const STATE_KEY = 'reminderState';

export function reminderRepository(db: SverkaDatabase) {
  return {
    async getSchedule(): Promise<ReminderSchedule> {
      return parseSchedule((await db.settings.get(SCHEDULE_KEY))?.value);
    },
    /** Stores a checked schedule (anything invalid becomes the default) and answers what was stored. */
    async saveSchedule(schedule: unknown): Promise<ReminderSchedule> {
      const parsed = parseSchedule(schedule);
      await db.settings.put({ key: SCHEDULE_KEY, value: parsed });
      return parsed;
    },
    async getState(): Promise<ReminderState> {
      return parseReminderState((await db.settings.get(STATE_KEY))?.value);
    },
    async saveState(state: ReminderState): Promise<void> {
      await db.settings.put({ key: STATE_KEY, value: state });
    },
  };
}

/** Everything the reminder service reads and writes, over the one database. */
export function reminderStoreFor(db: SverkaDatabase): ReminderStore {
  const reminders = reminderRepository(db);
  const setup = setupRepository(db);
  const snapshots = snapshotRepository(db);
  return {
    loadSetup: () => setup.get(),
    loadSnapshot: () => snapshots.get(),
    loadSchedule: () => reminders.getSchedule(),
    loadState: () => reminders.getState(),
    saveState: (state) => reminders.saveState(state),
  };
}
