import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BridgeChat } from '@/utils/max/bridge-events';
import { ownLinkHints } from './link-advice';
import { describeLinkEvidence, type LinkEvidence } from './link-evidence-text';
import type { LinkStatusInput } from './link-status';
import {
  ago,
  arbInput,
  arbTime,
  chat,
  input,
  L,
  listed,
  ME,
  msg,
  NOW,
  retimed,
  shuffler,
  watched,
} from './link-status.testing';

describe('ownLinkHints', () => {
  const then = chat('-101', {
    title: 'ИСП-21 Студенты 🎓',
    owner: ME,
    link: L('S'),
    created: ago(80),
    ...listed([ME, '2001', '2002']),
  });
  const grown = (extra: Partial<BridgeChat> = {}): BridgeChat => ({
    ...then,
    ...listed([ME, '2001', '2002', '2003']),
    ...extra,
  });
  const history = watched([then], ago(30));

  it('an owned chat whose link was used, is old, and was not posted for longer than the threshold', () => {
    const hints = ownLinkHints(input({ chats: [grown()], history }), NOW);
    expect(hints).toEqual([
      {
        chatId: '-101',
        title: 'ИСП-21 Студенты 🎓',
        url: L('S'),
        since: ago(80),
        sinceSource: 'created',
        ageDays: 80,
        quietDays: 80,
        evidence: [
          {
            code: 'own-link-quiet',
            params: { chatId: '-101', title: 'ИСП-21 Студенты 🎓', ageDays: 80, quietDays: 80, posted: false },
          },
        ],
      },
    ]);
    expect(describeLinkEvidence(hints[0]?.evidence[0] as LinkEvidence, 'ru')).toBe(
      'ссылке чата «ИСП-21 Студенты 🎓» 80 дней, ею уже пользовались, а в сообщениях её не публиковали — если все уже в чате, сбросьте ссылку в настройках чата',
    );
    const posted = ownLinkHints(input({ chats: [grown()], history, seen: [msg(L('S'), '-9', ago(60))] }), NOW);
    expect(posted[0]).toMatchObject({ lastPostedAt: ago(60), quietDays: 60 });
    expect(describeLinkEvidence(posted[0]?.evidence[0] as LinkEvidence, 'ru')).toBe(
      'ссылке чата «ИСП-21 Студенты 🎓» 80 дней, ею уже пользовались, а в сообщениях её последний раз публиковали 60 дней назад — если все уже в чате, сбросьте ссылку в настройках чата',
    );
  });

  it('no hint: a recent post, not mine, not used (no baseline, or nothing grew), young, or without me', () => {
    expect(ownLinkHints(input({ chats: [grown()], history, seen: [msg(L('S'), '-9', ago(2))] }), NOW)).toEqual([]);
    expect(ownLinkHints(input({ chats: [grown({ owner: '5', admins: ['6'] })], history }), NOW)).toEqual([]);
    expect(ownLinkHints(input({ chats: [grown()] }), NOW)).toEqual([]);
    // Nobody added: the link is stale, on linksToAnnul instead.
    expect(ownLinkHints(input({ chats: [then], history }), NOW)).toEqual([]);
    expect(ownLinkHints(input({ chats: [grown({ created: ago(10) })], history }), NOW)).toEqual([]);
    expect(ownLinkHints(input({ chats: [grown()], history, me: undefined }), NOW)).toEqual([]);
  });

  it('an administrator gets it too; 14 quiet days are not enough', () => {
    expect(ownLinkHints(input({ chats: [grown({ owner: '5', admins: [ME] })], history }), NOW)).toHaveLength(1);
    const seen = [msg(L('S'), '-9', ago(14.5))];
    expect(ownLinkHints(input({ chats: [grown()], history, seen }), NOW)).toEqual([]);
  });
});

describe('properties', () => {
  it('never throws, even on nonsense', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), fc.anything(), fc.anything(), (chats, seen, history, now) => {
        const i = { chats, seen, history, staleDays: 14 } as unknown as LinkStatusInput;
        ownLinkHints(i, now as number);
      }),
    );
    fc.assert(fc.property(arbInput, (i) => void ownLinkHints(i, NOW)));
  });

  it('is independent of the order of chats and seen links', () => {
    fc.assert(
      fc.property(arbInput, fc.infiniteStream(fc.nat()), (i, rnd) => {
        const shuffle = shuffler(rnd);
        expect(ownLinkHints({ ...i, chats: shuffle(i.chats), seen: shuffle(i.seen) }, NOW)).toEqual(
          ownLinkHints(i, NOW),
        );
      }),
    );
  });

  it('never reads members’ times (last reads): any other times give the same hints', () => {
    fc.assert(
      fc.property(arbInput, fc.infiniteStream(arbTime), (i, times) => {
        expect(ownLinkHints({ ...i, chats: retimed(i.chats, times) }, NOW)).toEqual(ownLinkHints(i, NOW));
      }),
    );
  });
});
