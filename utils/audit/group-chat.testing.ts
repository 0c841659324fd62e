/** A group chat as the audit's tests need it: active, owned and administered by `me`, the size of a class. */
import type { MaxId } from '@/utils/max/bridge-events';
import type { SnapshotChat } from '@/utils/snapshot/max-snapshot';

export function groupChat(id: MaxId, title: string, me: MaxId): SnapshotChat {
  return { id, type: 'CHAT', status: 'ACTIVE', title, owner: me, admins: [me], participantsCount: 26 };
}
