/**
 * Every selector Сверка uses on MAX web's page, and nothing else anywhere.
 * MAX web is SvelteKit: `svelte-…` class hashes change with each release, the plain class
 * names and ARIA labels beside them have stayed (utils/max/DOM.md). So: plain classes,
 * ARIA and structure only, never a hash.
 *
 * Each selector is followed by its twin `name_`: how many elements it must match in each
 * saved page under tests/fixtures/dom/. One test walks them all, so a selector without
 * examples fails CI, and a MAX page change breaks one named test.
 */

export type SelectorExamples = ReadonlyArray<readonly [count: number, fixture: string]>;

/** The clickable cell of a chat list item; its `.item` ancestor is what gets re-created on scroll. */
export const chatListCell = '.item > button.cell';
export const chatListCell_: SelectorExamples = [
  [3, 'chat-list.html'],
  [0, 'open-chat.html'],
  [0, 'login.html'],
];

/** The item a mark goes on (the cell's parent). */
export const chatListItem = '.item';
export const chatListItem_: SelectorExamples = [
  [3, 'chat-list.html'],
  [0, 'open-chat.html'],
  [0, 'login.html'],
];

/** A chat item's title text, as MAX shows it (emoji kept); not the subtitle's `span.text`. */
export const chatListTitle = 'h3.title .text';
export const chatListTitle_: SelectorExamples = [
  [3, 'chat-list.html'],
  [0, 'open-chat.html'],
  [0, 'login.html'],
];

/** A message bubble in the open chat. */
export const messageBubble = '.message';
export const messageBubble_: SelectorExamples = [
  [0, 'chat-list.html'],
  [3, 'open-chat.html'],
  [0, 'login.html'],
];

/** A link inside a message's text: where invite link badges go. */
export const messageLink = '.message span.text a[href]';
export const messageLink_: SelectorExamples = [
  [0, 'chat-list.html'],
  [3, 'open-chat.html'],
  [0, 'login.html'],
];

/** MAX's own navigation at the bottom of the chat column («Контакты», «Звонки», «Профиль»). */
export const sideNavigation = '.bottomGroup';
export const sideNavigation_: SelectorExamples = [
  [1, 'chat-list.html'],
  [0, 'open-chat.html'],
  [0, 'login.html'],
];
