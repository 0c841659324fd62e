import type { StoredSnapshot } from '../snapshot/max-snapshot';
import type { SverkaDatabase } from './database';

const LAST_USER_KEY = 'lastUserId';

/** The last snapshot of each MAX user; the most recent user is remembered for reminders without a MAX tab. */
export function snapshotRepository(db: SverkaDatabase) {
  return {
    async save(snapshot: StoredSnapshot): Promise<void> {
      await db.transaction('rw', db.snapshot, db.settings, async () => {
        await db.snapshot.put(snapshot);
        await db.settings.put({ key: LAST_USER_KEY, value: snapshot.userId });
      });
    },
    async get(userId?: number): Promise<StoredSnapshot | null> {
      const id = userId ?? ((await db.settings.get(LAST_USER_KEY))?.value as number | undefined);
      if (id === undefined) return null;
      return (await db.snapshot.get(id)) ?? null;
    },
  };
}
