import type { AuditRecord } from '@/utils/audit/audit-record';
import { shouldStoreAudit } from '@/utils/audit/audit-record';
import type { MaxId } from '@/utils/max/bridge-events';
import type { SverkaDatabase } from './database';
import { isGoodRow } from './row-checks';

/** Each audit run's summary per MAX user, for «с прошлой сверки» and the history. */
export function auditRepository(db: SverkaDatabase) {
  // A stored run that no longer parses is skipped, as if it had not been stored.
  const latest = (userId: MaxId) =>
    db.audits
      .where('[userId+at]')
      .between([userId, -Infinity], [userId, Infinity])
      .reverse()
      .filter((row) => isGoodRow('audits', row))
      .first();
  return {
    latest,
    /** Stores the run when it says something new; answers the latest run stored before it. */
    async record(next: AuditRecord): Promise<AuditRecord | null> {
      return db.transaction('rw', db.audits, async () => {
        const previous = await latest(next.userId);
        if (shouldStoreAudit(previous, next)) await db.audits.add({ ...next });
        return previous ?? null;
      });
    },
    history(userId: MaxId, limit = 365): Promise<AuditRecord[]> {
      return db.audits
        .where('[userId+at]')
        .between([userId, -Infinity], [userId, Infinity])
        .reverse()
        .filter((row) => isGoodRow('audits', row))
        .limit(limit)
        .toArray();
    },
  };
}
