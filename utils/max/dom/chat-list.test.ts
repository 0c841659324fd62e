// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readChatList } from './chat-list';
import { loadAllChats } from './load-all-chats';

const fixture = (name: string) => readFileSync(join(process.cwd(), 'tests/fixtures/dom', name), 'utf8');

describe('chat list reading', () => {
  it('reads each item with its title, not the subtitle', () => {
    document.body.innerHTML = fixture('chat-list.html');
    expect(readChatList(document).map((entry) => entry.title)).toEqual([
      'ИСП-21 Родители',
      'Матем. ИСП-22 📐',
      'Петров Сергей',
    ]);
  });

  it('reads the 2026 layout too: a wrapper between the item and its cell, the title inside span.name', () => {
    document.body.innerHTML = fixture('chat-list-2026.html');
    const entries = readChatList(document);
    expect(entries.map((entry) => entry.title)).toEqual([
      'ИСП-21 Студенты 🎓',
      'ИСП-21 Родители',
      'Новости техникума',
      'Петров Сергей',
    ]);
    // The mark goes on the `.item` MAX re-creates, not on the wrapper.
    expect(entries.every((entry) => entry.item.classList.contains('item') && entry.item.contains(entry.cell))).toBe(
      true,
    );
  });

  it('finds nothing on a page without a chat list', () => {
    document.body.innerHTML = fixture('login.html');
    expect(readChatList(document)).toEqual([]);
  });
});

describe('load all chats', () => {
  it('says so when there is no chat list to scroll', async () => {
    document.body.innerHTML = fixture('login.html');
    const outcome = await loadAllChats({
      root: document,
      isComplete: () => false,
      knownCount: () => 40,
      onProgress: () => {},
      signal: new AbortController().signal,
      wait: async () => {},
    });
    expect(outcome).toBe('no-list');
  });

  it('is done at once when the list is already complete', async () => {
    const outcome = await loadAllChats({
      root: document,
      isComplete: () => true,
      knownCount: () => 3,
      onProgress: () => {},
      signal: new AbortController().signal,
    });
    expect(outcome).toBe('done');
  });
});
