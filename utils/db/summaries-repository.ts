/** The summaries staff hand to the administrator (the organization page): kept, listed, per person newest first. */
import type { SummaryRecord, SverkaDatabase } from './database';

export function summariesRepository(db: SverkaDatabase) {
  return {
    /** Every kept summary (newest and history), in one read. */
    all(): Promise<SummaryRecord[]> {
      return db.summaries.toArray();
    },
    /** Adds summaries in one transaction: all of them or none. */
    async addAll(records: SummaryRecord[]): Promise<void> {
      await db.summaries.bulkAdd(records);
    },
  };
}
