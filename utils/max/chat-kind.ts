/**
 * What MAX's `type` and `status` fields of a chat mean to Сверка, written once (see docs/bridge-events.md and
 * utils/max/PROTOCOL.md «Chat object»). Every other module asks these functions instead of comparing the strings
 * itself.
 */
import type { BridgeChat } from './bridge-events';

type ChatType = Pick<BridgeChat, 'type'>;
type ChatStatus = Pick<BridgeChat, 'status'>;

/** A group chat (`type: "CHAT"`): the only kind the audit counts as a group's chat. */
export const isGroupChat = (chat: ChatType): boolean => chat.type === 'CHAT';
/** A one-to-one dialog (`type: "DIALOG"`): it has no title of its own; MAX shows the partner's name. */
export const isDialog = (chat: ChatType): boolean => chat.type === 'DIALOG';
/** A channel (`type: "CHANNEL"`): its `participants` are not evidence of who joined. */
export const isChannel = (chat: ChatType): boolean => chat.type === 'CHANNEL';

/**
 * A chat counts while it is live: MAX sends `status: "ACTIVE"`, or `"ARCHIVED"` (the user moved it to the archive;
 * it still works), or nothing (not told). `REMOVED`, `LEFT` and anything else do not count.
 */
export const isActiveChat = (chat: ChatStatus): boolean =>
  chat.status === undefined || chat.status === 'ACTIVE' || isArchivedChat(chat);
/** Archived by the user: still live, but the audit says so. */
export const isArchivedChat = (chat: ChatStatus): boolean => chat.status === 'ARCHIVED';
/** The user was removed from the chat or the chat was deleted: a link to it no longer works. */
export const isRemovedChat = (chat: ChatStatus): boolean => chat.status === 'REMOVED';
