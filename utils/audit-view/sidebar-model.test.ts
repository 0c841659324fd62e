import { describe, expect, it } from 'vitest';
import type { AuditChat } from '@/utils/audit/audit';
import { createTranslator } from '@/utils/i18n/translator';
import { emptySnapshot, type MaxSnapshot, type SnapshotChat } from '@/utils/snapshot/max-snapshot';
import { chat, chats, result } from './demo-audit.testing';
import { chatBadges, linkableChats } from './sidebar-model';

const snapshotOf = (chats: Array<AuditChat | SnapshotChat>): MaxSnapshot => ({
  ...emptySnapshot(),
  chats: Object.fromEntries(chats.map((c) => [c.id, c])) as MaxSnapshot['chats'],
});

describe('chat badges in MAX’s chat list', () => {
  const t = createTranslator('ru');
  const badges = chatBadges(result, snapshotOf(chats), t);
  const badgeOf = (id: string) => badges.find((m) => m.chatId === id);

  it('a fine chat is ok, naming the requirement', () => {
    expect(badgeOf('-70000000201')).toMatchObject({ status: 'ok', tooltip: 'Сверка: ИСП-22 — обучающиеся' });
  });

  it('an incomplete chat says so, and why, and what to do', () => {
    expect(badgeOf('-70000000204')).toMatchObject({
      status: 'incomplete',
      tooltip: 'Сверка: ИСП-22 — Математика — неполный: в чате 12 из 25 — пригласите оставшихся',
    });
    expect(badgeOf('-70000000203')?.tooltip).toBe(
      'Сверка: ИСП-22 — преподаватели — неполный: вы не владелец и не администратор чата «Группа ИСП 22 — преподаватели» — попросите владельца сделать вас администратором',
    );
    const en = chatBadges(result, snapshotOf(chats), createTranslator('en')).find((m) => m.chatId === '-70000000204');
    expect(en?.tooltip).toBe('Sverka: ИСП-22 — Математика — incomplete: the chat has 12 of 25 — invite the rest');
  });
});

describe('chat badges before an audit, and chats without a title', () => {
  const t = createTranslator('ru');

  it('no audit yet: no chat badges', () => {
    expect(chatBadges(null, snapshotOf(chats), t)).toEqual([]);
  });

  it('a matched chat whose title the snapshot does not have gets no badge (nothing to find it by in the list)', () => {
    const untitled = chats.map((c) => (c.id === '-70000000201' ? { ...c, title: undefined } : c));
    expect(chatBadges(result, snapshotOf(untitled), t).map((m) => m.chatId)).not.toContain('-70000000201');
  });
});

describe('linkableChats: what the user can link a requirement to by hand', () => {
  it('active group chats with a title, in Russian alphabetical order, ties by id', () => {
    const snapshot = snapshotOf([
      chat('-5', 'ИСП-22 Родители'),
      chat('-3', 'ёлка ИСП-22'),
      chat('-4', 'Английский ИСП-22'),
      chat('-2', 'Английский ИСП-22'),
      { id: '-6', type: 'CHAT', status: 'REMOVED', title: 'ИСП-22 Старый' },
      { id: '-7', type: 'CHAT', status: 'LEFT', title: 'ИСП-22 Вышла' },
      { id: '-8', type: 'CHANNEL', status: 'ACTIVE', title: 'Новости' },
      { id: '1000120', type: 'DIALOG', status: 'ACTIVE', title: 'Елена Кудрявцева' },
      { id: '-9', type: 'CHAT', status: 'ACTIVE' },
    ]);
    expect(linkableChats(snapshot)).toEqual([
      { id: '-2', title: 'Английский ИСП-22' },
      { id: '-4', title: 'Английский ИСП-22' },
      { id: '-3', title: 'ёлка ИСП-22' },
      { id: '-5', title: 'ИСП-22 Родители' },
    ]);
  });

  it('an empty snapshot: nothing to link', () => {
    expect(linkableChats(emptySnapshot())).toEqual([]);
  });
});
