import { describe, expect, it } from 'vitest';
import { contactName, messageLinks, toBridgeChat, toPerson } from './chat-fields';

describe('toBridgeChat', () => {
  it('copies only the audit fields', () => {
    const chat = toBridgeChat({
      id: -1,
      type: 'CHAT',
      title: 'ИСП-21',
      description: 'secret',
      lastMessage: { text: 'hello' },
      participants: { '10': 5, abc: 6, '11': -1, '12': 'x' },
      adminParticipants: { '10': {}, '13': {} },
      link: 'HTTP://WWW.MAX.RU/join/Tok/',
    });
    expect(chat).toEqual({
      id: '-1',
      type: 'CHAT',
      title: 'ИСП-21',
      members: [['10', 5]],
      admins: ['10', '13'],
      link: 'https://max.ru/join/Tok',
    });
  });
  it('prefers admins[] over adminParticipants', () => {
    expect(toBridgeChat({ id: 1, type: 'CHAT', admins: [2, 'x'], adminParticipants: { '3': {} } })?.admins).toEqual([
      '2',
    ]);
  });
  it('takes every form an id comes in and gives its decimal string', () => {
    const ids = [-70000000101, '-71128136750354', 116000000000000001n, '116000000000000001'];
    expect(ids.map((id) => toBridgeChat({ id, type: 'CHAT', owner: id })?.owner)).toEqual([
      '-70000000101',
      '-71128136750354',
      '116000000000000001',
      '116000000000000001',
    ]);
    // Times and counts MessagePack gives as bigint are numbers again.
    expect(
      toBridgeChat({ id: 1, type: 'CHAT', participantsCount: 25n, created: 1763974800000n, participants: { 7: 5n } }),
    ).toEqual({ id: '1', type: 'CHAT', participantsCount: 25, created: 1763974800000, members: [['7', 5]] });
  });
  it('keeps a channel link as sent, drops an empty or over-long one', () => {
    expect(toBridgeChat({ id: 1, type: 'CHANNEL', link: 'https://max.ru/news' })?.link).toBe('https://max.ru/news');
    expect(toBridgeChat({ id: 1, type: 'CHANNEL', link: '' })?.link).toBeUndefined();
    expect(toBridgeChat({ id: 1, type: 'CHANNEL', link: `https://max.ru/${'a'.repeat(400)}` })?.link).toBeUndefined();
  });
  it('rejects chats without a safe integer id or a type', () => {
    for (const raw of [
      null,
      [],
      'x',
      { id: 1 },
      { type: 'CHAT' },
      { id: 2 ** 60, type: 'CHAT' },
      { id: '1.5', type: 'CHAT' },
      { id: '', type: 'CHAT' },
      { id: 2n ** 64n, type: 'CHAT' },
    ]) {
      expect(toBridgeChat(raw)).toBeNull();
    }
  });
});

describe('people', () => {
  it('takes name, else first + last, and never the phone', () => {
    expect(toPerson({ id: 1, phone: 79161234567, names: [{ name: ' Мария ' }] })).toEqual({ id: '1', name: 'Мария' });
    expect(toPerson({ id: 2, names: [{ firstName: 'Пётр', lastName: 'Сидоров' }] })).toEqual({
      id: '2',
      name: 'Пётр Сидоров',
    });
    expect(toPerson({ id: 3, names: [] })).toEqual({ id: '3' });
    expect(toPerson({ names: [{ name: 'x' }] })).toBeNull();
    expect(contactName({ names: [{ firstName: 'Ольга' }] })).toBe('Ольга');
  });
});

describe('messageLinks', () => {
  it('finds links in text, link elements and a forwarded message', () => {
    const links = messageLinks(
      {
        id: 9,
        text: 'x',
        elements: [{ type: 'LINK', attributes: { url: 'https://max.ru/join/a' } }],
        link: { type: 'FORWARD', message: { text: 'max.ru/join/b and max.ru/join/a' } },
      },
      '-4',
    );
    expect(links.map((l) => l.url)).toEqual(['https://max.ru/join/a', 'https://max.ru/join/b']);
    expect(links[0]).toEqual({ url: 'https://max.ru/join/a', chatId: '-4', messageId: '9' });
  });
  it('yields nothing without a chat or message id', () => {
    expect(messageLinks({ id: 1, text: 'max.ru/join/a' }, undefined)).toEqual([]);
    expect(messageLinks({ text: 'max.ru/join/a' }, '1')).toEqual([]);
  });
  it('keeps an 18-digit message id exactly', () => {
    const links = messageLinks({ id: 116000000000000001n, text: 'max.ru/join/a' }, '-4');
    expect(links[0]?.messageId).toBe('116000000000000001');
  });
});
