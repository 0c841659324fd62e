import { cleanOwnLinkHistory, type OwnLinkHistory } from '@/utils/links/link-history';
import type { MaxId } from '@/utils/max/bridge-events';
import type { LinkDecision, LinkRecord, SverkaDatabase } from './database';
import { isGoodRow } from './row-checks';
import { OWN_LINK_HISTORY_KEY_PREFIX } from './setting-keys';

const historyKey = (userId: MaxId) => `${OWN_LINK_HISTORY_KEY_PREFIX}${userId}`;

/**
 * The user's decisions about invite links («аннулирована», «оставить») and, per MAX user,
 * the history of chats' own links (to know a link was reset: `revoked`).
 */
export function linksRepository(db: SverkaDatabase) {
  return {
    /** Link records that parse (one that no longer does is left out, and kept in the database). */
    decisions: async (): Promise<LinkRecord[]> => (await db.links.toArray()).filter((row) => isGoodRow('links', row)),
    async setDecision(url: string, decision: LinkDecision | null, chatId: MaxId | undefined, now: number) {
      await db.transaction('rw', db.links, async () => {
        const existing = await db.links.get(url);
        const record: LinkRecord = { ...(existing ?? { url, firstSeenAt: now }), updatedAt: now };
        if (chatId !== undefined) record.chatId = chatId;
        // `mark`: the decision's stored name (utils/db/database.ts).
        if (decision) record.mark = decision;
        else delete record.mark;
        await db.links.put(record);
      });
    },
    async history(userId: MaxId): Promise<OwnLinkHistory> {
      return cleanOwnLinkHistory((await db.settings.get(historyKey(userId)))?.value);
    },
    async saveHistory(userId: MaxId, history: unknown): Promise<void> {
      await db.settings.put({ key: historyKey(userId), value: cleanOwnLinkHistory(history) });
    },
  };
}
