/**
 * After opening a chat from the «Ссылки» tab: find the message bubble with that invite link once
 * MAX has rendered the history, and bring it into view. Gives up quietly (the chat is open anyway).
 */
import { normalizeInviteUrl } from '../invite-url';
import { messageLink } from './selectors';

export function findLinkInMessages(root: ParentNode, url: string): HTMLAnchorElement | null {
  for (const anchor of root.querySelectorAll<HTMLAnchorElement>(messageLink)) {
    if (normalizeInviteUrl(anchor.getAttribute('href') ?? '') === url) return anchor;
  }
  return null;
}

export async function revealLinkInMessages(
  root: ParentNode,
  url: string,
  { timeoutMs = 4000, stepMs = 100, signal }: { timeoutMs?: number; stepMs?: number; signal?: AbortSignal } = {},
): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (!signal?.aborted) {
    const anchor = findLinkInMessages(root, url);
    if (anchor) {
      anchor.scrollIntoView({ block: 'center' });
      anchor.focus({ preventScroll: true });
      return true;
    }
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, stepMs));
  }
  return false;
}
