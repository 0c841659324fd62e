/**
 * Opens a chat in MAX web the way a person would: a click on its item in MAX's chat list.
 * When the item is not rendered (the list is virtualized), MAX's own URL for the chat
 * (`/<chatId>`) is opened instead. Nothing is sent by Сверка either way.
 */
import type { MaxId } from '../bridge-events';
import { readChatList } from './chat-list';

export function openChatInMax(
  doc: Document,
  chatId: MaxId,
  titleOrder: Map<string, MaxId[]>,
  navigate: (path: string) => void = (path) => doc.defaultView?.location.assign(path),
): 'clicked' | 'navigated' {
  const seen = new Map<string, number>();
  for (const entry of readChatList(doc)) {
    const index = seen.get(entry.title) ?? 0;
    seen.set(entry.title, index + 1);
    if (titleOrder.get(entry.title)?.[index] === chatId) {
      entry.cell.click();
      return 'clicked';
    }
  }
  navigate(`/${chatId}`);
  return 'navigated';
}
