import { describe, expect, it } from 'vitest';
import type { MaxId } from '@/utils/max/bridge-events';
import { CHAT_SEARCH_LIMIT, prepareChatSearch, searchChats } from './chat-search';

const chats = (titles: string[]) =>
  titles.map((title, i): { id: MaxId; title: string } => ({ id: `-${1000 + i}`, title }));
const titles = (result: { matches: Array<{ title: string }> }) => result.matches.map((chat) => chat.title);

describe('searching chats to link by hand', () => {
  const index = prepareChatSearch(
    chats([
      'Группа ИСП 22 — студенты',
      'ИСП-21 родители',
      'ИСП-22 — родители',
      'Матем. ИСП-22',
      'Новости техникума',
      'Родители ИСП-22 (старый)',
    ]),
  );

  it('every word of the query must be in the title; case, ё and separators do not matter', () => {
    expect(titles(searchChats(index, 'исп22 РОДИТЕЛИ'))).toEqual(['ИСП-22 — родители', 'Родители ИСП-22 (старый)']);
    expect(titles(searchChats(index, 'ИСП 22 студ'))).toEqual(['Группа ИСП 22 — студенты']);
    expect(searchChats(index, 'физика')).toEqual({ matches: [], total: 0 });
  });

  it('best first: the title starts with the query, then a word does, then the query is inside, then words apart', () => {
    expect(titles(searchChats(index, 'родители'))).toEqual([
      'Родители ИСП-22 (старый)',
      'ИСП-21 родители',
      'ИСП-22 — родители',
    ]);
    expect(titles(searchChats(index, 'исп-22'))).toEqual([
      'ИСП-22 — родители',
      'Группа ИСП 22 — студенты',
      'Матем. ИСП-22',
      'Родители ИСП-22 (старый)',
    ]);
  });

  it('an empty query lists the chats in their order; a long list is cut to the limit and says how many match', () => {
    expect(searchChats(index, '  ').total).toBe(6);
    const many = prepareChatSearch(chats(Array.from({ length: 2000 }, (_, i) => `Чат ${i}`)));
    const all = searchChats(many, 'чат');
    expect(all.matches).toHaveLength(CHAT_SEARCH_LIMIT);
    expect(all.total).toBe(2000);
    expect(titles(searchChats(many, 'чат 1999'))).toEqual(['Чат 1999']);
  });
});
