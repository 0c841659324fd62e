/**
 * Typed messages between the content script (and options page) and the background,
 * which alone opens the database.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { StoredSnapshot } from '../snapshot/max-snapshot';

interface ProtocolMap {
  /** Stores the last snapshot of the signed-in MAX user. */
  saveSnapshot(snapshot: StoredSnapshot): void;
  /** The stored snapshot of that user (or of the last user seen, when no id is given). */
  getSnapshot(query: { userId?: number }): StoredSnapshot | null;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
