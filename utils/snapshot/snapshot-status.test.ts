import { describe, expect, it } from 'vitest';
import { createTranslator } from '@/utils/i18n/translator';
import { makeBridgeEvent } from '@/utils/max/bridge-events';
import { applyBridgeEvent, completeFromStore, emptySnapshot } from './max-snapshot';
import { describeSnapshotStatus } from './snapshot-status';

const ru = createTranslator('ru');
const chats = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ id: String(i + 1), type: 'CHAT', title: `Чат ${i}` }));

describe('status line', () => {
  it('before any data it says it is waiting, with no count', () => {
    const status = describeSnapshotStatus(emptySnapshot(), ru);
    expect(status.tone).toBe('waiting');
    expect(status.text).not.toMatch(/\d+ чат/);
  });

  it('says how many chats, that the list is partial, and offers to load all', () => {
    const s = applyBridgeEvent(
      emptySnapshot(),
      makeBridgeEvent({ type: 'chats', origin: 'login', received: 40, listEnd: false, chats: chats(40) }),
      Date.UTC(2026, 10, 25, 9, 5),
    );
    const status = describeSnapshotStatus(s, ru);
    expect(status.text).toContain('Данные: MAX web');
    expect(status.text).toContain('40 чатов');
    expect(status.text).toContain('список неполный');
    expect(status.canLoadAll).toBe(true);
    expect(status.tone).toBe('partial');
  });

  it('a complete list is said so, in English too', () => {
    const afterLogin = applyBridgeEvent(
      emptySnapshot(),
      makeBridgeEvent({ type: 'chats', origin: 'login', received: 1, listEnd: false, chats: chats(1) }),
      0,
    );
    // MAX's CHATS_LIST answer without a next marker: nothing more is left.
    const s = applyBridgeEvent(
      afterLogin,
      makeBridgeEvent({ type: 'chats', origin: 'chats-list', received: 0, listEnd: true, chats: [] }),
      1,
    );
    expect(describeSnapshotStatus(afterLogin, ru).text).toContain('список неполный');
    expect(describeSnapshotStatus(s, ru).text).toContain('1 чат · весь список');
    expect(describeSnapshotStatus(s, createTranslator('en')).text).toContain('1 chat · the whole list');
  });

  it('after messages were skipped in a flood, never «весь список»: the status says what was skipped', () => {
    let s = applyBridgeEvent(
      emptySnapshot(),
      makeBridgeEvent({ type: 'chats', origin: 'login', received: 2, listEnd: false, chats: chats(2) }),
      0,
    );
    s = applyBridgeEvent(
      s,
      makeBridgeEvent({ type: 'chats', origin: 'chats-list', received: 0, listEnd: true, chats: [] }),
      1,
    );
    expect(describeSnapshotStatus(s, ru).text).toContain('весь список');
    s = applyBridgeEvent(s, makeBridgeEvent({ type: 'shed', frames: 3 }), 2);
    s = applyBridgeEvent(s, makeBridgeEvent({ type: 'shed', frames: 2 }), 3);
    const status = describeSnapshotStatus(s, ru);
    expect(status.text).not.toContain('весь список');
    expect(status.text).toContain('пропущено 5 сообщений со ссылками');
    expect(status.tone).toBe('partial');
    expect(describeSnapshotStatus(s, createTranslator('en')).text).toContain('5 messages with links were skipped');
  });

  it('an unreadable chat list is a problem, never zero chats', () => {
    const s = applyBridgeEvent(
      emptySnapshot(),
      makeBridgeEvent({ type: 'protocol', status: 'unreadable', detail: 'LOGIN' }),
      0,
    );
    const status = describeSnapshotStatus(s, ru);
    expect(status.tone).toBe('problem');
    expect(status.text).toContain('не удалось прочитать');
    expect(status.text).not.toContain('0 чатов');
  });

  it('an unreadable page after login keeps the count and says the list may be incomplete', () => {
    let s = applyBridgeEvent(
      emptySnapshot(),
      makeBridgeEvent({ type: 'chats', origin: 'login', received: 40, listEnd: false, chats: chats(40) }),
      0,
    );
    s = applyBridgeEvent(s, makeBridgeEvent({ type: 'protocol', status: 'unreadable', detail: 'CHATS_LIST' }), 1);
    const status = describeSnapshotStatus(s, ru);
    expect(status.tone).toBe('problem');
    expect(status.text).toContain('40 чатов');
    expect(status.text).toContain('CHATS_LIST');
    expect(status.text).toContain('может быть неполным');
  });

  it('says when in-page marks are off because MAX’s page was not recognized', () => {
    const s = applyBridgeEvent(
      emptySnapshot(),
      makeBridgeEvent({ type: 'chats', origin: 'login', received: 1, listEnd: false, chats: chats(1) }),
      0,
    );
    expect(describeSnapshotStatus(s, ru, 'active').text).not.toContain('отметки на странице выключены');
    expect(describeSnapshotStatus(s, ru, 'unmatched').text).toContain('отметки на странице выключены');
  });

  it('before login, a stored snapshot is named as the source', () => {
    const s = completeFromStore(emptySnapshot(), {
      userId: '1',
      savedAt: Date.UTC(2026, 10, 20, 8, 0),
      listComplete: true,
      chats: chats(3),
      contacts: {},
      links: [],
    });
    const status = describeSnapshotStatus(s, ru);
    expect(status.text).toContain('сохранённый снимок');
    expect(status.text).toContain('3 чата');
  });
});
