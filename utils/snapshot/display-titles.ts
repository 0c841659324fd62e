import type { MaxId } from '@/utils/max/bridge-events';
import { isActiveChat, isDialog } from '@/utils/max/chat-kind';
import { compareMaxIds } from './max-id';
import type { MaxSnapshot, SnapshotChat } from './max-snapshot';

/** The title MAX web shows for a chat: its own, or for a dialog the partner's name. */
export function chatDisplayTitle(
  chat: SnapshotChat,
  snapshot: Pick<MaxSnapshot, 'contacts' | 'me'>,
): string | undefined {
  if (chat.title) return chat.title;
  if (!isDialog(chat)) return undefined;
  const partner = chat.members?.find(([id]) => id !== snapshot.me?.id)?.[0];
  return partner === undefined ? undefined : snapshot.contacts[partner];
}

/** Display title → chat ids in MAX's list order (newest event first), to map list items to chats. */
export function buildTitleOrder(snapshot: MaxSnapshot): Map<string, MaxId[]> {
  const chats = Object.values(snapshot.chats)
    .filter(isActiveChat)
    .sort((a, b) => (b.lastEventTime ?? 0) - (a.lastEventTime ?? 0) || compareMaxIds(a.id, b.id));
  const order = new Map<string, MaxId[]>();
  for (const chat of chats) {
    const title = chatDisplayTitle(chat, snapshot)?.trim();
    if (!title) continue;
    const ids = order.get(title);
    if (ids) ids.push(chat.id);
    else order.set(title, [chat.id]);
  }
  return order;
}
