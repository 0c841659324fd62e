import { describe, expect, it } from 'vitest';
import { isActiveChat, isArchivedChat, isChannel, isDialog, isGroupChat, isRemovedChat } from './chat-kind';

describe('chat kinds', () => {
  // Each type MAX sends matches its own check and no other; unknown types match none.
  const kinds = { CHAT: isGroupChat, DIALOG: isDialog, CHANNEL: isChannel };
  it.each(Object.keys(kinds))('type %s is only its own kind', (type) => {
    for (const [name, check] of Object.entries(kinds)) expect(check({ type })).toBe(name === type);
  });
  it.each(['chat', 'GROUP', '', 'UNKNOWN'])('type %j is no kind', (type) => {
    for (const check of Object.values(kinds)) expect(check({ type })).toBe(false);
  });
});

describe('chat statuses', () => {
  it('ACTIVE, ARCHIVED and not told count as active; REMOVED, LEFT and the rest do not', () => {
    expect(['ACTIVE', 'ARCHIVED', undefined].map((status) => isActiveChat({ status }))).toEqual([true, true, true]);
    expect(['REMOVED', 'LEFT', 'HIDDEN', '', 'active'].map((status) => isActiveChat({ status }))).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
  });
  it('archived and removed are told apart', () => {
    expect(['ARCHIVED', 'ACTIVE', undefined].map((status) => isArchivedChat({ status }))).toEqual([true, false, false]);
    expect(['REMOVED', 'LEFT', undefined].map((status) => isRemovedChat({ status }))).toEqual([true, false, false]);
  });
});
