import { describe, expect, it } from 'vitest';
import { plural } from './plural';

const chats = { one: '{n} чат', few: '{n} чата', many: '{n} чатов', other: '{n} чата' };

describe('plural', () => {
  it.each([
    [1, '1 чат'],
    [2, '2 чата'],
    [5, '5 чатов'],
    [11, '11 чатов'],
    [21, '21 чат'],
    [22, '22 чата'],
    [112, '112 чатов'],
  ])('ru %i → %s', (n, expected) => {
    expect(plural('ru', n, chats)).toBe(expected);
  });

  it('en uses one/other', () => {
    const forms = { one: '{n} chat', other: '{n} chats' };
    expect(plural('en', 1, forms)).toBe('1 chat');
    expect(plural('en', 2, forms)).toBe('2 chats');
  });
});
