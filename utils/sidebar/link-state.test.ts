import { signal } from '@preact/signals';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { OwnLinkHistory } from '@/utils/links/link-history';
import type { MaxId, SeenLink } from '@/utils/max/bridge-events';
import { onMessage } from '@/utils/messaging/protocol';
import { emptySnapshot, type MaxSnapshot, type SnapshotChat } from '@/utils/snapshot/max-snapshot';
import { trackLinks } from './link-state';

const ME = '1000001';
const LINK = 'https://max.ru/join/parents';
const DAY = 24 * 60 * 60 * 1000;

/** The parents' chat with these members; every time is «now»: MAX's times are last reads and mean nothing here. */
const parents = (ids: MaxId[]): SnapshotChat => ({
  id: '-102',
  type: 'CHAT',
  status: 'ACTIVE',
  title: 'ИСП-21 Родители',
  owner: ME,
  link: LINK,
  members: ids.map((id) => [id, Date.now()]),
  participantsCount: ids.length,
});
const seen = (chats: SnapshotChat[], links: SeenLink[]): MaxSnapshot => ({
  ...emptySnapshot(),
  me: { id: ME, name: 'Мария Иванова' },
  chats: Object.fromEntries(chats.map((chat) => [chat.id, chat])),
  links,
  liveChats: chats.length,
  loginAt: Date.now(),
});

describe('trackLinks', () => {
  const cleanups: Array<() => void> = [];
  const life = { signal: new AbortController().signal, onInvalidated: (cleanup: () => void) => cleanups.push(cleanup) };
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    for (const cleanup of cleanups.splice(0)) cleanup();
    vi.useRealTimers();
  });

  it('takes each link’s baseline once the stored history is read, and tells a used link by growth since it', async () => {
    const saved: OwnLinkHistory[] = [];
    cleanups.push(
      onMessage('getLinkHistory', () => ({})),
      onMessage('saveLinkHistory', ({ data }) => {
        saved.push(data.history);
      }),
      onMessage('listLinkDecisions', () => []),
    );
    // Posted 37 days ago in the students' chat.
    const posted: SeenLink = { url: LINK, chatId: '-101', messageId: '1', sender: ME, time: Date.now() - 37 * DAY };
    const snapshot = signal(seen([parents([ME, '3001'])], [posted]));
    const { links, linkHistory } = trackLinks(snapshot, signal(null), life);
    expect(links.value.byUrl.get(LINK)?.status).toBe('unused');

    // No other event arrives: the baseline is taken all the same, and nobody was added since.
    await vi.advanceTimersByTimeAsync(0);
    expect(linkHistory.value?.[LINK]?.baseline).toEqual({ at: Date.now(), count: 2, members: ['1000001', '3001'] });
    expect(links.value.byUrl.get(LINK)?.status).toBe('stale');
    expect(saved.at(-1)?.[LINK]?.baseline?.count).toBe(2);

    // A parent joins: used; the baseline stays as it was.
    snapshot.value = seen([parents([ME, '3001', '3002'])], [posted]);
    expect(links.value.byUrl.get(LINK)?.status).toBe('used');
    expect(links.value.byUrl.get(LINK)?.grewBy).toBe(1);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(linkHistory.value?.[LINK]?.baseline?.count).toBe(2);
  });
});
