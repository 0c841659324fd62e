import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringId, stringIdsInRow } from './string-ids';

describe('stringId', () => {
  it('turns a safe integer into its decimal string and leaves everything else alone', () => {
    expect(stringId(1000001)).toBe('1000001');
    expect(stringId(-70000000102)).toBe('-70000000102');
    expect(stringId(0)).toBe('0');
    expect(stringId(Number.MAX_SAFE_INTEGER)).toBe('9007199254740991');
    expect(stringId('-70000000102')).toBe('-70000000102');
    expect(stringId('115000000000000001')).toBe('115000000000000001');
    for (const other of [1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 60, undefined, null, true, {}, []])
      expect(stringId(other)).toBe(other);
  });

  it('gives back what version 1 stored, spelled as MAX ids are now', () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), (n) => {
        const id = stringId(n);
        return typeof id === 'string' && /^-?\d{1,20}$/.test(id) && Number(id) === n && stringId(id) === id;
      }),
    );
  });
});

describe('stringIdsInRow', () => {
  it('overrides and links: the chat id', () => {
    expect(stringIdsInRow('overrides', { requirementId: 'r', chatId: -70000000102, createdAt: 3, extra: 1 })).toEqual({
      requirementId: 'r',
      chatId: '-70000000102',
      createdAt: 3,
      extra: 1,
    });
    expect(stringIdsInRow('overrides', { requirementId: 'r', notRequiredReason: 'нет', createdAt: 3 })).toEqual({
      requirementId: 'r',
      notRequiredReason: 'нет',
      createdAt: 3,
    });
    expect(stringIdsInRow('links', { url: 'https://max.ru/join/abc', chatId: -7, firstSeenAt: 4 })).toEqual({
      url: 'https://max.ru/join/abc',
      chatId: '-7',
      firstSeenAt: 4,
    });
  });

  it('audits: the user id, nothing else', () => {
    const row = { id: 3, userId: 1000001, at: 6, summary: { total: 1 }, requirementStatuses: { a: 'ok' } };
    expect(stringIdsInRow('audits', row)).toEqual({ ...row, userId: '1000001' });
  });

  it('snapshot: the user, every id in its chats and links; unknown fields kept', () => {
    const row = {
      userId: 1000001,
      savedAt: 7,
      listComplete: true,
      chats: [
        {
          id: -70000000102,
          type: 'CHAT',
          owner: 1000001,
          admins: [1000001, 1000002],
          members: [
            [1000001, 100],
            [1000003, 200],
          ],
          participantsCount: 2,
          created: 50,
          fromTheFuture: 1,
        },
        { id: 1000003, type: 'DIALOG' },
      ],
      contacts: { '1000003': 'Петров Пётр' },
      links: [
        { url: 'https://max.ru/join/abc', chatId: 1000003, messageId: '115000000000000001', sender: 1000001, time: 8 },
        { url: 'https://max.ru/join/def', chatId: -70000000102, messageId: '2' },
      ],
      fromTheFuture: 'kept',
    };
    expect(stringIdsInRow('snapshot', row)).toEqual({
      userId: '1000001',
      savedAt: 7,
      listComplete: true,
      chats: [
        {
          id: '-70000000102',
          type: 'CHAT',
          owner: '1000001',
          admins: ['1000001', '1000002'],
          members: [
            ['1000001', 100],
            ['1000003', 200],
          ],
          participantsCount: 2,
          created: 50,
          fromTheFuture: 1,
        },
        { id: '1000003', type: 'DIALOG' },
      ],
      contacts: { '1000003': 'Петров Пётр' },
      links: [
        {
          url: 'https://max.ru/join/abc',
          chatId: '1000003',
          messageId: '115000000000000001',
          sender: '1000001',
          time: 8,
        },
        { url: 'https://max.ru/join/def', chatId: '-70000000102', messageId: '2' },
      ],
      fromTheFuture: 'kept',
    });
  });

  it('settings: the last user and the chat ids of own-link histories; other settings as they are', () => {
    expect(stringIdsInRow('settings', { key: 'lastUserId', value: 1000001 })).toEqual({
      key: 'lastUserId',
      value: '1000001',
    });
    expect(
      stringIdsInRow('settings', {
        key: 'ownLinkHistory:1000001',
        value: {
          'https://max.ru/join/abc': { chatId: -70000000102, firstSeenAt: 4, lastSeenAt: 5, replacedAt: 6 },
          'https://max.ru/join/def': { chatId: 5, firstSeenAt: 4, lastSeenAt: 5 },
        },
      }),
    ).toEqual({
      key: 'ownLinkHistory:1000001',
      value: {
        'https://max.ru/join/abc': { chatId: '-70000000102', firstSeenAt: 4, lastSeenAt: 5, replacedAt: 6 },
        'https://max.ru/join/def': { chatId: '5', firstSeenAt: 4, lastSeenAt: 5 },
      },
    });
    const assignment = { key: 'assignment', value: { roles: [{ role: 'curator', group: '21' }], id: 5 } };
    expect(stringIdsInRow('settings', assignment)).toEqual(assignment);
    const reminders = { key: 'reminderState', value: { lastCheckAt: 5, snoozes: { a: 6 } } };
    expect(stringIdsInRow('settings', reminders)).toEqual(reminders);
  });

  it('notes and unknown tables stay as they are (a note on a chat is keyed by a string already)', () => {
    const note = { id: 1, subjectType: 'chat', subjectKey: '-70000000102', text: 'x', createdAt: 1, updatedAt: 2 };
    expect(stringIdsInRow('notes', note)).toEqual(note);
    expect(stringIdsInRow('fromTheFuture', { userId: 5 })).toEqual({ userId: 5 });
  });

  it('never changes the row it is given, and converting twice changes nothing', () => {
    const row = {
      userId: 1,
      savedAt: 7,
      listComplete: false,
      chats: [{ id: 2, type: 'CHAT', members: [[3, 4]] }],
      contacts: {},
      links: [{ url: 'u', chatId: 2, messageId: 'm', sender: 3 }],
    };
    const copy = structuredClone(row);
    const once = stringIdsInRow('snapshot', row);
    expect(row).toEqual(copy);
    expect(stringIdsInRow('snapshot', once)).toEqual(once);
  });
});
