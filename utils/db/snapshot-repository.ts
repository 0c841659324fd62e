import type { MaxId } from '../max/bridge-events';
import type { StoredSnapshot } from '../snapshot/max-snapshot';
import type { SverkaDatabase } from './database';

/** The settings row that remembers the last MAX user (its value: their id). */
export const LAST_USER_KEY = 'lastUserId';

/** The last snapshot of each MAX user; the most recent user is remembered for reminders without a MAX tab. */
export function snapshotRepository(db: SverkaDatabase) {
  return {
    async save(snapshot: StoredSnapshot): Promise<void> {
      await db.transaction('rw', db.snapshot, db.settings, async () => {
        await db.snapshot.put(snapshot);
        await db.settings.put({ key: LAST_USER_KEY, value: snapshot.userId });
      });
    },
    async get(userId?: MaxId): Promise<StoredSnapshot | null> {
      const id = userId ?? ((await db.settings.get(LAST_USER_KEY))?.value as MaxId | undefined);
      if (id === undefined) return null;
      return (await db.snapshot.get(id)) ?? null;
    },
  };
}
