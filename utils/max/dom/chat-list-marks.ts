/**
 * Marks chat list items that satisfy a requirement: `data-sverka-chat` (the chat id),
 * `data-sverka-chat-status` (`ok`, or `incomplete` when a requirement it satisfies is found but
 * incomplete) and a tooltip naming the requirement and, when incomplete, why and what to do; the
 * item's title heading gets `data-sverka-chat-badge` with the same status, after which
 * page-marks.content.css draws ✓ or another icon (so that CSS names none of MAX's classes).
 * Attributes only, no nodes added, so MAX's own rendering is never disturbed. The DOM has no chat
 * ids: items are matched to chats by title.
 */
import type { MaxId } from '../bridge-events';
import { type ChatListEntry, readChatList } from './chat-list';

export const CHAT_MARK_ATTRIBUTE = 'data-sverka-chat';
export const CHAT_STATUS_ATTRIBUTE = 'data-sverka-chat-status';
const TOOLTIP_ATTRIBUTE = 'data-sverka-chat-requirement';
/** On the item's title heading: the status again, where the CSS draws the icon. */
const BADGE_ATTRIBUTE = 'data-sverka-chat-badge';

export interface ChatMark {
  chatId: MaxId;
  title: string;
  /** `incomplete` when any requirement the chat satisfies is found but incomplete. */
  status: 'ok' | 'incomplete';
  /** What the tooltip says, e.g. «Сверка: ИСП-21 — родители (п. 2.5)». */
  tooltip: string;
}

/**
 * Items whose title belongs to exactly one marked chat get that chat's mark; where several
 * chats share a title, the n-th item with that title takes the n-th chat in list order.
 */
export function assignMarks(entries: ChatListEntry[], marks: ChatMark[], titleOrder: Map<string, MaxId[]>) {
  const markById = new Map(marks.map((mark) => [mark.chatId, mark]));
  const seen = new Map<string, number>();
  const result = new Map<Element, ChatMark>();
  for (const entry of entries) {
    const index = seen.get(entry.title) ?? 0;
    seen.set(entry.title, index + 1);
    const chatId = titleOrder.get(entry.title)?.[index];
    const mark = chatId === undefined ? undefined : markById.get(chatId);
    if (mark) result.set(entry.item, mark);
  }
  return result;
}

export function applyChatListMarks(root: ParentNode, marks: ChatMark[], titleOrder: Map<string, MaxId[]>): number {
  const entries = readChatList(root);
  const assigned = assignMarks(entries, marks, titleOrder);
  for (const { item, heading } of entries) {
    const mark = assigned.get(item);
    if (mark) {
      // Written only when something changed: MAX's page (and the observer) see no churn on a re-audit.
      if (item.getAttribute(CHAT_MARK_ATTRIBUTE) !== String(mark.chatId))
        item.setAttribute(CHAT_MARK_ATTRIBUTE, String(mark.chatId));
      if (item.getAttribute(CHAT_STATUS_ATTRIBUTE) !== mark.status)
        item.setAttribute(CHAT_STATUS_ATTRIBUTE, mark.status);
      // Checked on its own: MAX may re-create the heading inside an item that keeps its attributes.
      if (heading.getAttribute(BADGE_ATTRIBUTE) !== mark.status) heading.setAttribute(BADGE_ATTRIBUTE, mark.status);
      if (item.getAttribute(TOOLTIP_ATTRIBUTE) !== mark.tooltip) {
        item.setAttribute(TOOLTIP_ATTRIBUTE, mark.tooltip);
        item.setAttribute('title', mark.tooltip);
      }
    } else if (item.hasAttribute(CHAT_MARK_ATTRIBUTE)) {
      clearMark(item);
    }
  }
  return entries.length;
}

function clearMark(item: Element) {
  item.removeAttribute(CHAT_MARK_ATTRIBUTE);
  item.removeAttribute(CHAT_STATUS_ATTRIBUTE);
  item.removeAttribute(TOOLTIP_ATTRIBUTE);
  item.removeAttribute('title');
  for (const heading of item.querySelectorAll(`[${BADGE_ATTRIBUTE}]`)) heading.removeAttribute(BADGE_ATTRIBUTE);
}

export function clearChatListMarks(root: ParentNode) {
  for (const item of root.querySelectorAll(`[${CHAT_MARK_ATTRIBUTE}]`)) clearMark(item);
}
