import type { MaxId } from '@/utils/max/bridge-events';
import { isMaxId } from '@/utils/snapshot/max-id';
import type { StoredSnapshot } from '@/utils/snapshot/max-snapshot';
import { parseStoredSnapshot } from '@/utils/snapshot/stored-snapshot-schema';
import type { SverkaDatabase } from './database';
import { LAST_USER_KEY } from './setting-keys';

/**
 * The last snapshot of each MAX user; the most recent user is remembered for reminders without a MAX tab. A stored
 * snapshot that no longer parses (StoredSnapshotSchema) reads as none: the sidebar waits for MAX's own data.
 */
export function snapshotRepository(db: SverkaDatabase) {
  return {
    async save(snapshot: StoredSnapshot): Promise<void> {
      await db.transaction('rw', db.snapshot, db.settings, async () => {
        await db.snapshot.put(snapshot);
        await db.settings.put({ key: LAST_USER_KEY, value: snapshot.userId });
      });
    },
    async get(userId?: MaxId): Promise<StoredSnapshot | null> {
      const id = userId ?? (await db.settings.get(LAST_USER_KEY))?.value;
      if (!isMaxId(id)) return null;
      const row = await db.snapshot.get(id);
      return row && parseStoredSnapshot(row) ? row : null;
    },
  };
}
