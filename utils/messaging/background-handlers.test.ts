import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SverkaDatabase } from '../db/database';
import type { StoredSnapshot } from '../snapshot/max-snapshot';
import { registerBackgroundHandlers } from './background-handlers';
import { sendMessage } from './protocol';

const snapshot = (userId: number, savedAt: number): StoredSnapshot => ({
  userId,
  userName: 'Иванова Мария Петровна',
  savedAt,
  listComplete: false,
  chats: [{ id: 1, type: 'CHAT', status: 'ACTIVE', title: 'ИСП-21 Родители', members: [[5, 100]] }],
  contacts: { 5: 'Петров' },
  links: [{ url: 'https://max.ru/join/abc', chatId: 1, messageId: '7' }],
});

describe('background answers about the stored snapshot', () => {
  let db: SverkaDatabase;
  let unregister: () => void;
  beforeEach(() => {
    db = new SverkaDatabase(`test-${Math.random()}`);
    unregister = registerBackgroundHandlers(db);
  });
  afterEach(async () => {
    unregister();
    await db.delete();
  });

  it('stores a snapshot and gives it back, by user and as the last user', async () => {
    await sendMessage('saveSnapshot', snapshot(9, 100));
    await sendMessage('saveSnapshot', snapshot(10, 200));
    expect((await sendMessage('getSnapshot', { userId: 9 }))?.savedAt).toBe(100);
    expect((await sendMessage('getSnapshot', {}))?.userId).toBe(10);
    expect(await sendMessage('getSnapshot', { userId: 11 })).toBeNull();
  });

  it('rejects a malformed snapshot and keeps the stored one intact', async () => {
    await sendMessage('saveSnapshot', snapshot(9, 100));
    const bad = { ...snapshot(9, 300), chats: [{ id: 'x' }] } as unknown as StoredSnapshot;
    await expect(sendMessage('saveSnapshot', bad)).rejects.toThrow(/отклонён/);
    expect((await sendMessage('getSnapshot', { userId: 9 }))?.savedAt).toBe(100);
  });
});
