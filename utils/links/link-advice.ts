/**
 * Advice to the chat's owner about its own invite link: a link that did its job (the chat grew) but stays open
 * long after anyone posted it. Read from the same evidence as the status (link-status.ts). Pure: no DOM, no browser
 * API, no clock.
 */

import type { MaxId } from '@/utils/max/bridge-events';
import { isActiveChat, isDialog } from '@/utils/max/chat-kind';
import { ownsOrAdministers } from './annul-order';
import type { LinkEvidence, PostedAtSource } from './link-evidence-text';
import {
  ageInDays,
  findingFor,
  type LinkStatusInput,
  makeLinkContext,
  messagePlaces,
  ownLinkSince,
} from './link-status';

export interface OwnLinkHint {
  chatId: MaxId;
  title?: string;
  /** The chat's current own link, normalized. */
  url: string;
  /** Since when the link exists (see `postedAt` in link-status.ts's module comment). */
  since: number;
  sinceSource: PostedAtSource;
  ageDays: number;
  /** The last time the link was posted in a message Сверка saw, after `since`. */
  lastPostedAt?: number;
  /** Whole days since the link was last posted in a message, or since `since`. */
  quietDays: number;
  evidence: LinkEvidence[];
}

/**
 * Chats the user owns or administers whose own invite link has been used (the chat grew since the baseline), is
 * older than `staleDays`, and was not posted in a message for more than `staleDays`: a hint to reset the link once
 * everyone is in. When members joined is not known (MAX gives last-read times, not join times), so the hint says
 * only what is. Links still stale or unused are left out (they are on the `linksToAnnul` list). Ordered by chat id
 * (string order). Never throws.
 */
export function ownLinkHints(input: LinkStatusInput, now: number): OwnLinkHint[] {
  try {
    const ctx = makeLinkContext(input, now);
    if (ctx.meId === undefined) return [];
    const meId = ctx.meId;
    const messages = messagePlaces(input?.seen);
    const hints: OwnLinkHint[] = [];
    for (const chat of ctx.chats) {
      if (!isActiveChat(chat) || isDialog(chat) || !ownsOrAdministers(chat, meId)) continue;
      const url = ctx.ownUrl.get(chat.id);
      if (url === undefined || ctx.ownerOf.get(url) !== chat) continue;
      const since = ownLinkSince(ctx, chat, url);
      if (since === null) continue;
      const posts = messages.get(url) ?? [];
      if (findingFor(ctx, url, posts).status !== 'used') continue;
      let lastPostedAt: number | undefined;
      for (const p of posts)
        if (p.time !== undefined && p.time > since.at && (lastPostedAt === undefined || p.time > lastPostedAt))
          lastPostedAt = p.time;
      const ageDays = ageInDays(since.at, ctx.now);
      const quietDays = ageInDays(lastPostedAt ?? since.at, ctx.now);
      if (ageDays <= ctx.staleDays || quietDays <= ctx.staleDays) continue;
      const title = chat.title ? { title: chat.title } : {};
      hints.push({
        chatId: chat.id,
        ...title,
        url,
        since: since.at,
        sinceSource: since.source,
        ageDays,
        ...(lastPostedAt !== undefined ? { lastPostedAt } : {}),
        quietDays,
        evidence: [
          {
            code: 'own-link-quiet',
            params: { chatId: chat.id, ...title, ageDays, quietDays, posted: lastPostedAt !== undefined },
          },
        ],
      });
    }
    return hints;
  } catch {
    return [];
  }
}
