/**
 * The page marks on MAX web's page: chat badges and link badges (docs/glossary.md), started once with the content
 * script's AbortSignal: everything it starts (observer, timer) ends with the signal. When MAX's page no longer
 * matches Сверка's selectors, the page marks switch off quietly and `onHealth` says so.
 */
import type { MaxId } from '../bridge-events';
import { applyChatBadges, type ChatBadge, clearChatBadges } from './chat-badges';
import { applyLinkBadges, type LinkBadge } from './link-badges';
import { observePage } from './observe-page';

export type PageMarksHealth = 'waiting' | 'active' | 'unmatched';

export interface PageMarksOptions {
  root: Document;
  signal: AbortSignal;
  /** Whether MAX has logged in (only then must a chat list be on the page). */
  hasChats(): boolean;
  chatBadges(): ChatBadge[];
  titleOrder(): Map<string, MaxId[]>;
  /** The badge for an invite link (normalized URL) in a message, or null for none. */
  linkBadge?(url: string): LinkBadge | null;
  onHealth(health: PageMarksHealth): void;
  /** How long after login the chat list may take to appear before marks are switched off. */
  graceMs?: number;
}

export function initPageMarks(options: PageMarksOptions): { refresh(): void } {
  const { root, signal, onHealth } = options;
  const graceMs = options.graceMs ?? 5000;
  let health: PageMarksHealth = 'waiting';
  let chatsSeenAt: number | undefined;
  let graceTimer: ReturnType<typeof setTimeout> | undefined;
  const setHealth = (next: PageMarksHealth) => {
    if (next === health) return;
    health = next;
    onHealth(next);
  };

  const refresh = () => {
    if (signal.aborted) return;
    if (options.linkBadge) applyLinkBadges(root, options.linkBadge);
    const items = applyChatBadges(root, options.chatBadges(), options.titleOrder());
    if (items > 0) {
      setHealth('active');
      return;
    }
    // Once matched, an empty list is a view without it (contacts, settings), not a changed page.
    if (health === 'active' || !options.hasChats()) return;
    chatsSeenAt ??= Date.now();
    if (Date.now() - chatsSeenAt >= graceMs) {
      clearChatBadges(root);
      setHealth('unmatched');
    } else if (graceTimer === undefined) {
      graceTimer = setTimeout(() => {
        graceTimer = undefined;
        refresh();
      }, graceMs);
      signal.addEventListener('abort', () => clearTimeout(graceTimer), { once: true });
    }
  };

  observePage(root.body ?? root.documentElement, signal, refresh);
  return { refresh };
}
