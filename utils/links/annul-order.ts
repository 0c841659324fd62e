/**
 * The administrator's side of the link findings (regulation 2.3: the administrator annuls unused invite links):
 * the order to read them in, and the links the user can annul, grouped by chat. Pure: no DOM, no browser API.
 */
import type { BridgeChat, MaxId } from '@/utils/max/bridge-events';
import { compareMaxIds, isMaxId } from '@/utils/snapshot/max-id';
import { type ChatsInput, chatList } from './link-history';
import type { LinkFinding, LinkStatus } from './link-status';

const ADMIN_ORDER: Record<LinkStatus, number> = { stale: 0, unused: 1, revoked: 2, unknown: 3, used: 4 };

function compareForAdministrator(a: LinkFinding, b: LinkFinding): number {
  const s = ADMIN_ORDER[a.status] - ADMIN_ORDER[b.status];
  if (s !== 0) return s;
  const ta = a.postedAt ?? Number.POSITIVE_INFINITY;
  const tb = b.postedAt ?? Number.POSITIVE_INFINITY;
  if (ta !== tb) return ta < tb ? -1 : 1;
  return a.url < b.url ? -1 : a.url > b.url ? 1 : 0;
}

/** Stale first, then unused, revoked, unknown, used; within each, oldest first (unknown age last), then by URL. */
export function sortForAdministrator(findings: readonly LinkFinding[]): LinkFinding[] {
  return [...findings].sort(compareForAdministrator);
}

export interface AnnulGroup {
  chatId: MaxId;
  title?: string;
  /** Sorted for the administrator (stale first, oldest first). */
  findings: LinkFinding[];
}

/** The user can reset the chat's link: they own or administer it. */
export function ownsOrAdministers(chat: BridgeChat | undefined, meId: MaxId): boolean {
  if (!chat) return false;
  return chat.owner === meId || (Array.isArray(chat.admins) && chat.admins.includes(meId));
}

/**
 * The administrator's list (regulation 2.3): stale and unused links the user posted (a message place with
 * sender = me) or whose target chat the user owns or administers, grouped by target chat. Groups with a stale
 * link first, then by their oldest link, then by chat id (string order). In MAX a chat has one link at a time: annulling means
 * resetting the chat's link in its settings.
 */
export function linksToAnnul(
  findings: readonly LinkFinding[],
  meId: MaxId | undefined,
  chats: ChatsInput,
): AnnulGroup[] {
  if (!isMaxId(meId)) return [];
  const byId = new Map(chatList(chats).map((c) => [c.id, c]));
  const groups = new Map<MaxId, AnnulGroup>();
  for (const f of findings) {
    if ((f.status !== 'stale' && f.status !== 'unused') || f.targetChatId === undefined) continue;
    const chat = byId.get(f.targetChatId);
    const postedByMe = f.places.some((p) => p.kind === 'message' && p.sender === meId);
    if (!postedByMe && !ownsOrAdministers(chat, meId)) continue;
    let group = groups.get(f.targetChatId);
    if (!group) {
      const title = chat?.title ?? f.targetTitle;
      group = { chatId: f.targetChatId, ...(title ? { title } : {}), findings: [] };
      groups.set(f.targetChatId, group);
    }
    group.findings.push(f);
  }
  const out = [...groups.values()];
  for (const g of out) g.findings.sort(compareForAdministrator);
  return out.sort((a, b) => {
    const first = compareForAdministrator(a.findings[0] as LinkFinding, b.findings[0] as LinkFinding);
    return first !== 0 ? first : compareMaxIds(a.chatId, b.chatId);
  });
}
