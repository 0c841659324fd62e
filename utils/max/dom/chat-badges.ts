/**
 * Chat badges: the ✓ (or «!») on chat list items that satisfy a requirement. The item gets
 * `data-sverka-chat` (the chat id), `data-sverka-chat-status` (`ok`, or `incomplete` when a requirement
 * it satisfies is found but incomplete) and a tooltip naming the requirement and, when incomplete, why
 * and what to do; the item's title heading gets `data-sverka-chat-badge` with the same status, after
 * which page-marks.content.css draws ✓ or another icon (so that CSS names none of MAX's classes).
 * Attributes only, no nodes added, so MAX's own rendering is never disturbed. The DOM has no chat
 * ids: items are matched to chats by title.
 */
import type { MaxId } from '../bridge-events';
import { type ChatListEntry, readChatList } from './chat-list';

export const CHAT_ID_ATTRIBUTE = 'data-sverka-chat';
export const CHAT_STATUS_ATTRIBUTE = 'data-sverka-chat-status';
const TOOLTIP_ATTRIBUTE = 'data-sverka-chat-requirement';
/** On the item's title heading: the status again, where the CSS draws the icon. */
const BADGE_ATTRIBUTE = 'data-sverka-chat-badge';

export interface ChatBadge {
  chatId: MaxId;
  title: string;
  /** `incomplete` when any requirement the chat satisfies is found but incomplete. */
  status: 'ok' | 'incomplete';
  /** What the tooltip says, e.g. «Сверка: ИСП-21 — родители (п. 2.5)». */
  tooltip: string;
}

/**
 * Items whose title belongs to exactly one badged chat get that chat's badge; where several
 * chats share a title, the n-th item with that title takes the n-th chat in list order.
 */
export function assignBadges(entries: ChatListEntry[], badges: ChatBadge[], titleOrder: Map<string, MaxId[]>) {
  const badgeById = new Map(badges.map((badge) => [badge.chatId, badge]));
  const seen = new Map<string, number>();
  const result = new Map<Element, ChatBadge>();
  for (const entry of entries) {
    const index = seen.get(entry.title) ?? 0;
    seen.set(entry.title, index + 1);
    const chatId = titleOrder.get(entry.title)?.[index];
    const badge = chatId === undefined ? undefined : badgeById.get(chatId);
    if (badge) result.set(entry.item, badge);
  }
  return result;
}

export function applyChatBadges(root: ParentNode, badges: ChatBadge[], titleOrder: Map<string, MaxId[]>): number {
  const entries = readChatList(root);
  const assigned = assignBadges(entries, badges, titleOrder);
  for (const { item, heading } of entries) {
    const badge = assigned.get(item);
    if (badge) {
      // Written only when something changed: MAX's page (and the observer) see no churn on a re-audit.
      if (item.getAttribute(CHAT_ID_ATTRIBUTE) !== String(badge.chatId))
        item.setAttribute(CHAT_ID_ATTRIBUTE, String(badge.chatId));
      if (item.getAttribute(CHAT_STATUS_ATTRIBUTE) !== badge.status)
        item.setAttribute(CHAT_STATUS_ATTRIBUTE, badge.status);
      // Checked on its own: MAX may re-create the heading inside an item that keeps its attributes.
      if (heading.getAttribute(BADGE_ATTRIBUTE) !== badge.status) heading.setAttribute(BADGE_ATTRIBUTE, badge.status);
      if (item.getAttribute(TOOLTIP_ATTRIBUTE) !== badge.tooltip) {
        item.setAttribute(TOOLTIP_ATTRIBUTE, badge.tooltip);
        item.setAttribute('title', badge.tooltip);
      }
    } else if (item.hasAttribute(CHAT_ID_ATTRIBUTE)) {
      clearBadge(item);
    }
  }
  return entries.length;
}

function clearBadge(item: Element) {
  item.removeAttribute(CHAT_ID_ATTRIBUTE);
  item.removeAttribute(CHAT_STATUS_ATTRIBUTE);
  item.removeAttribute(TOOLTIP_ATTRIBUTE);
  item.removeAttribute('title');
  for (const heading of item.querySelectorAll(`[${BADGE_ATTRIBUTE}]`)) heading.removeAttribute(BADGE_ATTRIBUTE);
}

export function clearChatBadges(root: ParentNode) {
  for (const item of root.querySelectorAll(`[${CHAT_ID_ATTRIBUTE}]`)) clearBadge(item);
}
