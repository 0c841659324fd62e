/** The background checks every snapshot it is asked to store: nothing unchecked reaches the database. */
import * as v from 'valibot';
import {
  BridgeChatSchema,
  MAX_CHATS_PER_EVENT,
  MAX_TITLE_LENGTH,
  MaxIdSchema,
  SeenLinkSchema,
} from '@/utils/max/bridge-events';
import type { StoredSnapshot } from './max-snapshot';
import { MAX_LINKS_KEPT } from './max-snapshot';

export const StoredSnapshotSchema = v.object({
  userId: MaxIdSchema,
  userName: v.optional(v.pipe(v.string(), v.maxLength(MAX_TITLE_LENGTH))),
  savedAt: v.pipe(v.number(), v.finite(), v.minValue(0)),
  listComplete: v.boolean(),
  chats: v.pipe(v.array(BridgeChatSchema), v.maxLength(MAX_CHATS_PER_EVENT * 4)),
  contacts: v.record(MaxIdSchema, v.pipe(v.string(), v.maxLength(MAX_TITLE_LENGTH))),
  links: v.pipe(v.array(SeenLinkSchema), v.maxLength(MAX_LINKS_KEPT)),
});

export function parseStoredSnapshot(data: unknown): StoredSnapshot | null {
  const result = v.safeParse(StoredSnapshotSchema, data);
  return result.success ? (result.output as StoredSnapshot) : null;
}
