/**
 * Who may ask what. The sidebar's content script runs in MAX's page, so it may ask the background only what the
 * sidebar needs; backup, restore, wipe, the profile, the reminders' schedule and the director's report answer the
 * extension's own pages only (options, report). The browser names the sender (its extension id and the URL of the
 * page or script that sent the message); nothing in a message can claim another sender.
 */
import { browser } from 'wxt/browser';
import type { MessageType } from './protocol';

/** Where the sidebar's content script runs (wxt.config.ts: host access to web.max.ru only). */
const MAX_WEB = 'https://web.max.ru/';

/**
 * What the sidebar asks (utils/sidebar/): the stored snapshot of the signed-in user, the setup and the user's own
 * changes to it (roles, overrides), notes, link decisions and link history, audit runs, snoozes, «MAX web was opened»,
 * to open the options page or the report in a tab, and the summary file for the administrator (built in the
 * background from what it stores; the sidebar only downloads it).
 */
export const CONTENT_SCRIPT_MESSAGES: ReadonlySet<MessageType> = new Set<MessageType>([
  'saveSnapshot',
  'getSnapshot',
  'getSetup',
  'saveAssignment',
  'setOverride',
  'removeOverride',
  'recordAudit',
  'listNotes',
  'saveNote',
  'deleteNote',
  'listLinkDecisions',
  'setLinkDecision',
  'getLinkHistory',
  'saveLinkHistory',
  'maxOpened',
  'getReminders',
  'snooze',
  'unsnooze',
  'openExtensionPage',
  'exportSummary',
]);

/** The parts of `runtime.MessageSender` the guard reads. */
export interface Sender {
  id?: string;
  url?: string;
  tab?: unknown;
}

/**
 * May this sender ask this? Only Сверка itself, and then: its own pages (and its background) anything; its content
 * script in MAX web the sidebar's messages only. A sender of Сверка's with neither a URL nor a tab is its background
 * service worker (content scripts always come with their tab).
 */
export function senderMayAsk(type: MessageType, sender: Sender, extension: { id: string; baseUrl: string }): boolean {
  if (sender.id !== extension.id) return false;
  const url = sender.url;
  if (url === undefined) return sender.tab === undefined;
  if (url.startsWith(extension.baseUrl)) return true;
  return CONTENT_SCRIPT_MESSAGES.has(type) && url.startsWith(MAX_WEB);
}

/** Throws, and so answers the sender with an error, when it may not ask this. */
export function assertSenderMayAsk(type: MessageType, sender: Sender): void {
  const extension = { id: browser.runtime.id, baseUrl: browser.runtime.getURL('/') };
  if (!senderMayAsk(type, sender, extension))
    throw new Error(`Сверка отвечает на «${type}» только своим страницам (отправитель: ${sender.url ?? 'неизвестен'})`);
}
