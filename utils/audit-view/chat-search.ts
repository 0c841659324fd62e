/**
 * Search as you type over the chats a requirement can be linked to by hand. Titles are normalized once (as the audit
 * normalizes them: case, ё, look-alike letters, punctuation), then each keystroke only compares strings, and only the
 * first `limit` matches are returned, so 2,000 chats stay fast to search and to render.
 *
 * A chat matches when every word of the query is in its title; separators do not matter («исп22» finds «ИСП-22»).
 * Best first: the title starts with the query, then a word of it does, then the query is inside a word, then the
 * query's words are found apart; within a rank the chats keep their order (by title).
 */

import { groupFormOf, normalizeTitle } from '@/utils/profile/normalize-name';
import type { ChatChoice } from './sidebar-model';

export interface ChatSearchIndex {
  chats: readonly ChatChoice[];
  /** Normalized titles, words separated by single spaces, with a space in front: « группа исп 22 студенты». */
  spaced: string[];
  /** The same without spaces. */
  compact: string[];
}

export interface ChatSearchResult {
  matches: ChatChoice[];
  /** How many chats match in all (more than `matches.length` when the list was cut). */
  total: number;
}

/** How many matches the list shows; typing more narrows it. */
export const CHAT_SEARCH_LIMIT = 50;

const searchForm = (text: string): string => groupFormOf(normalizeTitle(text));

export function prepareChatSearch(chats: readonly ChatChoice[]): ChatSearchIndex {
  const spaced = chats.map((chat) => ` ${searchForm(chat.title)}`);
  return { chats, spaced, compact: spaced.map((title) => title.replace(/ /g, '')) };
}

export function searchChats(index: ChatSearchIndex, query: string, limit = CHAT_SEARCH_LIMIT): ChatSearchResult {
  const words = searchForm(query).split(' ').filter(Boolean);
  if (words.length === 0) return { matches: index.chats.slice(0, limit), total: index.chats.length };
  const whole = words.join(' ');
  const wholeCompact = words.join('');
  // Four ranks, filled in one pass; each keeps the list's order.
  const ranks: ChatChoice[][] = [[], [], [], []];
  let total = 0;
  for (let i = 0; i < index.chats.length; i++) {
    const compact = index.compact[i] as string;
    if (!words.every((word) => compact.includes(word))) continue;
    const spaced = index.spaced[i] as string;
    const rank = spaced.startsWith(` ${whole}`)
      ? 0
      : spaced.includes(` ${whole}`)
        ? 1
        : compact.includes(wholeCompact)
          ? 2
          : 3;
    total++;
    const bucket = ranks[rank] as ChatChoice[];
    if (bucket.length < limit) bucket.push(index.chats[i] as ChatChoice);
  }
  return { matches: ranks.flat().slice(0, limit), total };
}
