/**
 * Reading MAX web's chat list from the page. The DOM carries no chat ids, so an item is
 * matched to a chat by its title (and, for equal titles, by order), using the snapshot.
 */
import { chatListCell, chatListHeading, chatListItem, chatListTitle } from './selectors';

export interface ChatListEntry {
  /** The `.item` element (re-created by MAX while scrolling: never keep it long). */
  item: Element;
  /** The clickable cell inside it: what a person clicks to open the chat. */
  cell: HTMLElement;
  /** The title heading inside it: where the mark's ✓ is drawn. */
  heading: Element;
  title: string;
}

export function readChatList(root: ParentNode): ChatListEntry[] {
  const entries: ChatListEntry[] = [];
  for (const cell of root.querySelectorAll(chatListCell)) {
    const item = cell.closest(chatListItem);
    const text = cell.querySelector(chatListTitle);
    const heading = text?.closest(chatListHeading);
    const title = text?.textContent?.trim();
    if (item && heading && title) entries.push({ item, cell: cell as HTMLElement, heading, title });
  }
  return entries;
}

function isScrollable(element: Element): boolean {
  const style = getComputedStyle(element);
  return /(auto|scroll)/.test(style.overflowY) && element.scrollHeight > element.clientHeight;
}

/** The element MAX scrolls its chat list in: the nearest scrollable ancestor of a list item. */
export function findChatListScroller(root: ParentNode): HTMLElement | null {
  const cell = root.querySelector(chatListCell);
  for (let element = cell?.parentElement ?? null; element; element = element.parentElement) {
    if (isScrollable(element)) return element as HTMLElement;
  }
  return null;
}
