import { shouldStoreAudit } from '../audit-view/audit-history';
import type { MaxId } from '../max/bridge-events';
import type { AuditRecord, SverkaDatabase } from './database';

/** Each audit run's summary per MAX user, for «с прошлой сверки» and the history. */
export function auditRepository(db: SverkaDatabase) {
  const latest = (userId: MaxId) =>
    db.audits.where('[userId+at]').between([userId, -Infinity], [userId, Infinity]).last();
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
        .limit(limit)
        .toArray();
    },
  };
}
