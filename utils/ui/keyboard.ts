/** The manifest's command (wxt.config.ts `commands`) that toggles the sidebar; Alt+Shift+S unless the user changed it. */
export const TOGGLE_COMMAND = 'toggle-sidebar';

/** Alt+Shift+S, by physical key so it works in the Russian layout too (where S types «Ы»). */
export function isToggleShortcut(
  event: Pick<KeyboardEvent, 'altKey' | 'shiftKey' | 'ctrlKey' | 'metaKey' | 'code'>,
): boolean {
  return event.altKey && event.shiftKey && !event.ctrlKey && !event.metaKey && event.code === 'KeyS';
}
