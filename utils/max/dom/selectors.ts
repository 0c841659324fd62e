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

/**
 * The clickable cell of a chat list item. A descendant, not a child: 2026 sources show a
 * `.wrapper[role=presentation]` between `.item` and `button.cell` (imct_counter:
 * `div[role="presentation"].wrapper.wrapper--withActions` › `button.cell`), older ones none.
 */
export const chatListCell = '.item button.cell';
export const chatListCell_: SelectorExamples = [
  [3, 'chat-list.html'],
  [4, 'chat-list-2026.html'],
  [0, 'open-chat.html'],
  [0, 'login.html'],
];

/** The item a mark goes on: the cell's nearest `.item` ancestor (MAX re-creates it on scroll). */
export const chatListItem = '.item';
export const chatListItem_: SelectorExamples = [
  [3, 'chat-list.html'],
  [4, 'chat-list-2026.html'],
  [0, 'open-chat.html'],
  [0, 'login.html'],
];

/** A chat item's title heading: Сверка marks it (`data-sverka-chat-badge`) and draws the ✓ after it. */
export const chatListHeading = 'h3.title';
export const chatListHeading_: SelectorExamples = [
  [3, 'chat-list.html'],
  [4, 'chat-list-2026.html'],
  [0, 'open-chat.html'],
  [0, 'login.html'],
];

/**
 * A chat item's title text, as MAX shows it (emoji kept); not the last message's `span.text`
 * beside it. `h3.title > span.text` in older sources, `h3.title span.name span.text` in 2026 ones.
 */
export const chatListTitle = `${chatListHeading} .text`;
export const chatListTitle_: SelectorExamples = [
  [3, 'chat-list.html'],
  [4, 'chat-list-2026.html'],
  [0, 'open-chat.html'],
  [0, 'login.html'],
];

/** A link inside a message's text: where invite link badges go. */
export const messageLink = '.message span.text a[href]';
export const messageLink_: SelectorExamples = [
  [0, 'chat-list.html'],
  [0, 'chat-list-2026.html'],
  [3, 'open-chat.html'],
  [0, 'login.html'],
];
