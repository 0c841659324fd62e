/** What the background answers. Kept out of the entrypoint so tests can run it with a fake browser. */
import type { SverkaDatabase } from '../db/database';
import { snapshotRepository } from '../db/snapshot-repository';
import { parseStoredSnapshot } from '../snapshot/stored-snapshot-schema';
import { onMessage } from './protocol';

export function registerBackgroundHandlers(db: SverkaDatabase): () => void {
  const snapshots = snapshotRepository(db);
  const removers = [
    onMessage('saveSnapshot', async ({ data }) => {
      const snapshot = parseStoredSnapshot(data);
      if (!snapshot) throw new Error('Снимок чатов отклонён: данные не прошли проверку');
      await snapshots.save(snapshot);
    }),
    onMessage('getSnapshot', ({ data }) => snapshots.get(data.userId)),
  ];
  return () => {
    for (const remove of removers) remove();
  };
}
