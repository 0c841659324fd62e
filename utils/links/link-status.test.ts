import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BridgeChat, MaxId, SeenLink } from '@/utils/max/bridge-events';
import { describeLinkEvidence, type LinkEvidence } from './link-evidence-text';
import { cleanOwnLinkHistory, type LinkBaseline, type OwnLinkHistory } from './link-history';
import { DAY_MS, type LinkFinding, type LinkStatusInput, linkFindings, statusFromEvidence } from './link-status';
import {
  ago,
  arbInput,
  arbTime,
  chat,
  codes,
  dialog,
  input,
  L,
  listed,
  ME,
  msg,
  NOW,
  only,
  retimed,
  shuffler,
  watched,
} from './link-status.testing';

describe('linkFindings: used, unused, stale — growth since the baseline', () => {
  const PARENTS = ['3001', '3002', '3003'];
  const target = (ids: MaxId[], extra: Partial<BridgeChat> = {}) =>
    chat('-102', {
      title: 'ИСП-21 Родители',
      owner: ME,
      link: L('P'),
      created: ago(60),
      ...listed([ME, ...ids]),
      ...extra,
    });

  it.each([
    [13, 'unused'],
    [14, 'unused'],
    [14.99, 'unused'],
    [15, 'stale'],
    [37, 'stale'],
  ] as const)('a link %s days old, nobody added since Сверка first saw it → %s', (days, status) => {
    const chats = [target(PARENTS)];
    const f = only(
      linkFindings(input({ chats, seen: [msg(L('P'), '-101', ago(days))], history: watched(chats, ago(10)) }), NOW),
      L('P'),
    );
    expect(f.status).toBe(status);
    expect(f.ageDays).toBe(Math.floor(days));
    expect(f.postedAt).toBe(ago(days));
    expect(f.postedAtSource).toBe('message');
    expect(f.grewBy).toBe(0);
    expect(f.targetChatId).toBe('-102');
    expect(f.targetTitle).toBe('ИСП-21 Родители');
    expect(f.evidence).toContainEqual({
      code: 'no-growth-since',
      params: { since: ago(10), firstSeen: true, ageDays: Math.floor(days), staleDays: 14 },
    });
  });

  it('the threshold is the profile’s', () => {
    const chats = [target([])];
    const base = { chats, seen: [msg(L('P'), '-101', ago(8))], history: watched(chats, ago(1)) };
    expect(only(linkFindings(input({ ...base, staleDays: 7 }), NOW), L('P')).status).toBe('stale');
    expect(only(linkFindings(input({ ...base, staleDays: 8 }), NOW), L('P')).status).toBe('unused');
    // Nonsense thresholds fall back to 14.
    expect(only(linkFindings(input({ ...base, staleDays: Number.NaN }), NOW), L('P')).status).toBe('unused');
  });

  it('members whose times are all after the post are no evidence of use: those times are last reads', () => {
    const chats = [target(PARENTS, listed([ME, ...PARENTS], ago(1)))];
    const history = watched(chats, ago(10));
    const old = only(linkFindings(input({ chats, seen: [msg(L('P'), '-101', ago(37))], history }), NOW), L('P'));
    expect(old.status).toBe('stale');
    expect(old.grewBy).toBe(0);
    const young = only(linkFindings(input({ chats, seen: [msg(L('P'), '-101', ago(5))], history }), NOW), L('P'));
    expect(young.status).toBe('unused');
    expect(codes(young)).toEqual(['posted', 'no-growth-since']);
  });

  it('the count grew since the baseline → used, and the reason says from what to what since when', () => {
    const then = chat('-102', { title: 'ИСП-21 Родители', owner: ME, link: L('P'), participantsCount: 12 });
    const f = only(
      linkFindings(
        input({
          chats: [{ ...then, participantsCount: 14 }],
          seen: [msg(L('P'), '-101', ago(20))],
          history: watched([then], ago(10)),
        }),
        NOW,
      ),
      L('P'),
    );
    expect(f.status).toBe('used');
    expect(f.grewBy).toBe(2);
    const grew: LinkEvidence = {
      code: 'members-grew',
      params: { since: ago(10), firstSeen: true, before: 12, now: 14 },
    };
    expect(f.evidence).toContainEqual(grew);
    expect(describeLinkEvidence(grew, 'ru', NOW)).toBe(
      'с 14.11 (когда Сверка впервые увидела ссылку) в чате стало 14 участников — было 12',
    );
  });

  it('a member not in the baseline with the count unchanged (one left, one joined) → used', () => {
    const then = target(['3001', '3002'], listed([ME, '3001', '3002'], ago(50)));
    const now = target(['3001', '3003'], listed([ME, '3001', '3003'], ago(50)));
    const f = only(
      linkFindings(
        input({ chats: [now], seen: [msg(L('P'), '-101', ago(37))], history: watched([then], ago(10)) }),
        NOW,
      ),
      L('P'),
    );
    expect(f.status).toBe('used');
    expect(f.grewBy).toBe(1);
    expect(f.evidence).toContainEqual({
      code: 'members-grew',
      params: { since: ago(10), firstSeen: true, newMembers: 1 },
    });
    // The count grew by 2 while 3 are new (one left): both are said, and grewBy is the larger.
    const more = target(['3001', '3003', '3004', '3005'], listed([ME, '3001', '3003', '3004', '3005'], ago(50)));
    const g = only(
      linkFindings(
        input({ chats: [more], seen: [msg(L('P'), '-101', ago(37))], history: watched([then], ago(10)) }),
        NOW,
      ),
      L('P'),
    );
    expect(g.grewBy).toBe(3);
    const grew = g.evidence.find((e) => e.code === 'members-grew') as LinkEvidence;
    expect(describeLinkEvidence(grew, 'ru', NOW)).toBe(
      'с 14.11 (когда Сверка впервые увидела ссылку) в чате стало 5 участников — было 3 (новых — 3)',
    );
  });

  it('no baseline yet → unused with baseline-new, never stale, whatever the times say', () => {
    const f = only(
      linkFindings(input({ chats: [target(PARENTS)], seen: [msg(L('P'), '-101', ago(37))] }), NOW),
      L('P'),
    );
    expect(f.status).toBe('unused');
    expect(codes(f)).toEqual(['posted', 'baseline-new']);
    expect(f.grewBy).toBeUndefined();
    expect(describeLinkEvidence(f.evidence[1] as LinkEvidence, 'ru')).toBe(
      'Сверка впервые видит эту ссылку и запомнила число участников: рост покажет, пользовались ли ею',
    );
    // A baseline of another chat (the history ties the URL elsewhere) is not this chat's.
    const elsewhere: OwnLinkHistory = {
      [L('P')]: { chatId: '-999', firstSeenAt: ago(30), lastSeenAt: ago(30), baseline: { at: ago(30), count: 1 } },
    };
    expect(codes(only(linkFindings(input({ chats: [target(PARENTS)], history: elsewhere }), NOW), L('P')))).toContain(
      'baseline-new',
    );
    // A chat with neither a count nor members: nothing to remember, and said so.
    const bare = chat('-102', { link: L('P') });
    expect(
      codes(only(linkFindings(input({ chats: [bare], seen: [msg(L('P'), '-101', ago(37))] }), NOW), L('P'))),
    ).toEqual(['posted', 'members-unknown']);
  });

  it('an archived target chat is judged like an active one', () => {
    const then = target(PARENTS, { status: 'ARCHIVED' });
    const history = watched([then], ago(10));
    const seen = [msg(L('P'), '-101', ago(37))];
    expect(only(linkFindings(input({ chats: [then], seen, history }), NOW), L('P')).status).toBe('stale');
    const grown = target([...PARENTS, '3004'], { status: 'ARCHIVED' });
    const f = only(linkFindings(input({ chats: [grown], seen, history }), NOW), L('P'));
    expect(f.status).toBe('used');
    expect(codes(f)).not.toContain('target-inactive');
  });

  it('the earliest post counts; every message is a place', () => {
    const seen = [msg(L('P'), '-101', ago(3)), msg(L('P'), '-201', ago(30)), msg(L('P'), '-101', ago(3))];
    const history = watched([target([])], ago(20));
    const f = only(linkFindings(input({ chats: [target(['3001'])], seen, history }), NOW), L('P'));
    expect(f.postedAt).toBe(ago(30));
    expect(f.status).toBe('used');
    expect(f.places).toEqual([
      { kind: 'own', chatId: '-102' },
      { kind: 'message', chatId: '-201', messageId: `m-201-${ago(30)}`, sender: ME, time: ago(30) },
      { kind: 'message', chatId: '-101', messageId: `m-101-${ago(3)}`, sender: ME, time: ago(3) },
    ]);
  });

  it('a channel’s member list is not its membership: only its count is compared', () => {
    const channel = (ids: MaxId[], count: number) =>
      chat('-902', { type: 'CHANNEL', link: L('C'), members: ids.map((id) => [id, ago(1)]), participantsCount: count });
    const history = watched([channel(['1'], 178000)], ago(10));
    expect(history[L('C')]?.baseline).toEqual({ at: ago(10), count: 178000 });
    const seen = [msg(L('C'), '-101', ago(37))];
    // Other ids listed, same count: no evidence either way but the count.
    expect(only(linkFindings(input({ chats: [channel(['2', '3'], 178000)], seen, history }), NOW), L('C')).status).toBe(
      'stale',
    );
    expect(only(linkFindings(input({ chats: [channel(['1'], 178001)], seen, history }), NOW), L('C')).status).toBe(
      'used',
    );
  });
});

describe('linkFindings: the dialog partner', () => {
  const PARENT = '3001022';
  const contacts = { [PARENT]: 'Екатерина Козлова' };
  const DIALOG = dialog('80000000001', PARENT, ago(40));
  const parents = (ids: MaxId[], at = ago(50)) =>
    chat('-102', { title: 'ИСП-21 Родители', owner: ME, link: L('P'), ...listed([ME, ...ids], at) });

  it('a partner who became a member since the baseline makes it used, whatever the times say', () => {
    const f = only(
      linkFindings(
        input({
          // The partner's time in the chat is long before the message: a last read tells nothing.
          chats: [parents(['3001001', PARENT]), DIALOG],
          seen: [msg(L('P'), DIALOG.id, ago(3))],
          history: watched([parents(['3001001']), DIALOG], ago(4)),
          contacts,
        }),
        NOW,
      ),
      L('P'),
    );
    expect(f.status).toBe('used');
    const partner = f.evidence.find((e) => e.code === 'partner-became-member') as LinkEvidence;
    expect(partner).toEqual({
      code: 'partner-became-member',
      params: { userId: PARENT, name: 'Екатерина Козлова', since: ago(4), firstSeen: true, sentAt: ago(3) },
    });
    expect(describeLinkEvidence(partner, 'ru', NOW)).toBe(
      'Екатерина Козлова теперь в чате — до отправки ссылки её там не было',
    );
  });

  it('a link sent before Сверка first saw it: the reason names that date, not the sending', () => {
    const f = only(
      linkFindings(
        input({
          chats: [parents([PARENT]), DIALOG],
          seen: [msg(L('P'), DIALOG.id, ago(20))],
          history: watched([parents([]), DIALOG], ago(4)),
          contacts,
        }),
        NOW,
      ),
      L('P'),
    );
    expect(f.status).toBe('used');
    const partner = f.evidence.find((e) => e.code === 'partner-became-member') as LinkEvidence;
    expect(describeLinkEvidence(partner, 'ru', NOW)).toBe(
      'Екатерина Козлова теперь в чате — 20.11, когда Сверка впервые увидела ссылку, её там не было',
    );
  });

  it('a partner already in the baseline is no evidence, even with a time after the message', () => {
    const chats = [parents([PARENT], ago(2)), DIALOG];
    const f = only(
      linkFindings(
        input({ chats, seen: [msg(L('P'), DIALOG.id, ago(3))], history: watched(chats, ago(4)), contacts }),
        NOW,
      ),
      L('P'),
    );
    expect(f.status).toBe('unused');
    expect(codes(f)).not.toContain('partner-became-member');
    expect(codes(f)).not.toContain('partner-not-member');
  });

  it('a partner not in the chat: unused, and said so', () => {
    const chats = [parents([]), dialog('80000000002', '2002026', ago(4))];
    const f = only(
      linkFindings(
        input({
          chats,
          seen: [msg(L('P'), '80000000002', ago(2))],
          history: watched(chats, ago(3)),
          contacts: { '2002026': 'Артём Новиков' },
        }),
        NOW,
      ),
      L('P'),
    );
    expect(f.status).toBe('unused');
    expect(f.evidence).toContainEqual({
      code: 'partner-not-member',
      params: { userId: '2002026', name: 'Артём Новиков' },
    });
  });

  it('without me the recipient is unknown: no partner evidence', () => {
    const noSender: SeenLink = { url: L('P'), chatId: DIALOG.id, messageId: 'x', time: ago(3) };
    const f = only(
      linkFindings(
        input({
          chats: [parents([PARENT]), DIALOG],
          seen: [noSender],
          history: watched([parents([]), DIALOG], ago(4)),
          me: undefined,
        }),
        NOW,
      ),
      L('P'),
    );
    expect(codes(f)).not.toContain('partner-became-member');
    // The chat grew all the same.
    expect(f.status).toBe('used');
  });
});

describe('linkFindings: revoked and unknown', () => {
  it('a link replaced in the history is revoked, even when the chat is not loaded', () => {
    const history: OwnLinkHistory = {
      [L('OLD')]: { chatId: '-103', firstSeenAt: ago(40), lastSeenAt: ago(11), replacedAt: ago(10) },
      [L('NEW')]: { chatId: '-103', firstSeenAt: ago(10), lastSeenAt: ago(0) },
    };
    const c = chat('-103', { title: '«ИСП-21» преподаватели', link: L('NEW'), ...listed([ME]) });
    const seen = [msg(L('OLD'), '-901', ago(25))];
    const f = only(linkFindings(input({ chats: [c], seen, history }), NOW), L('OLD'));
    expect(f.status).toBe('revoked');
    expect(f.targetChatId).toBe('-103');
    expect(f.places).toEqual([
      { kind: 'message', chatId: '-901', messageId: `m-901-${ago(25)}`, sender: ME, time: ago(25) },
    ]);
    const replaced = f.evidence.find((e) => e.code === 'link-replaced') as LinkEvidence;
    expect(describeLinkEvidence(replaced, 'ru')).toBe(
      'ссылка чата ««ИСП-21» преподаватели» сменилась — эта больше не действует',
    );
    expect(only(linkFindings(input({ chats: [], seen, history }), NOW), L('OLD')).status).toBe('revoked');
    // The current link: seen since the reset, so its age counts from then, not from the chat's creation.
    const current = only(linkFindings(input({ chats: [c], seen, history }), NOW), L('NEW'));
    expect(current.postedAt).toBe(ago(10));
    expect(current.postedAtSource).toBe('first-seen');
  });

  it('growth after the link was replaced does not count for it, but does for the new link', () => {
    const then = chat('-103', { title: 'Преподаватели', link: L('OLD'), ...listed([ME, '1']) });
    const reset = { ...then, link: L('NEW') };
    const history = watched([reset], ago(10), watched([then], ago(40)));
    expect(history[L('OLD')]?.baseline).toEqual({ at: ago(40), count: 2 });
    const now = { ...reset, ...listed([ME, '1', '2', '3']) };
    const seen = [msg(L('OLD'), '-901', ago(25))];
    const f = only(linkFindings(input({ chats: [now], seen, history }), NOW), L('OLD'));
    expect(f.status).toBe('revoked');
    expect(codes(f)).not.toContain('members-grew');
    expect(f.grewBy).toBeUndefined();
    expect(only(linkFindings(input({ chats: [now], seen, history }), NOW), L('NEW')).status).toBe('used');
    // Before the history catches up (the chat already shows another link): the same.
    const early: OwnLinkHistory = {
      [L('OLD')]: {
        chatId: '-103',
        firstSeenAt: ago(40),
        lastSeenAt: ago(11),
        baseline: { at: ago(40), count: 2, members: ['1', ME] },
      },
    };
    const g = only(linkFindings(input({ chats: [now], seen, history: early }), NOW), L('OLD'));
    expect(g.status).toBe('revoked');
    expect(codes(g)).not.toContain('members-grew');
  });

  it('a removed target: revoked', () => {
    const c = chat('-202', { status: 'REMOVED', link: L('R'), ...listed([ME]) });
    expect(only(linkFindings(input({ chats: [c] }), NOW), L('R')).status).toBe('revoked');
  });

  it('a link no known chat has or had: unknown', () => {
    const f = only(
      linkFindings(
        input({
          chats: [dialog('80000000003', '1000120', ago(10))],
          seen: [msg(L('U'), '80000000003', ago(6), '1000120')],
        }),
        NOW,
      ),
      L('U'),
    );
    expect(f.status).toBe('unknown');
    expect(f.targetChatId).toBeUndefined();
    expect(f.ageDays).toBe(6);
    expect(describeLinkEvidence(f.evidence[0] as LinkEvidence, 'ru')).toMatch(/^чат по ссылке вам не виден/);
  });

  it('a history chat that is not loaded, or that the user left: unknown', () => {
    const history: OwnLinkHistory = { [L('H')]: { chatId: '-7', firstSeenAt: ago(40), lastSeenAt: ago(1) } };
    const seen = [msg(L('H'), '-1', ago(30))];
    expect(only(linkFindings(input({ seen, history }), NOW), L('H')).status).toBe('unknown');
    const left = chat('-7', { status: 'LEFT', ...listed([ME]) });
    expect(only(linkFindings(input({ chats: [left], seen, history }), NOW), L('H')).status).toBe('unknown');
  });

  it('non-invite URLs are no findings', () => {
    const c = chat('-902', { type: 'CHANNEL', link: 'https://max.ru/mozhaysk_tech' });
    const seen = [msg('https://max.ru/sferum_help', '-902', ago(3)), msg('https://prof-sferum.ru/', '-902', ago(3))];
    expect(linkFindings(input({ chats: [c], seen }), NOW)).toEqual([]);
  });
});

describe('linkFindings: what cannot be compared is never stale', () => {
  const seen = [msg(L('M'), '-201', ago(37))];

  it('MAX sends neither a count nor members now → unused, and said so', () => {
    const history = watched([chat('-204', { link: L('M'), participantsCount: 13 })], ago(10));
    const f = only(linkFindings(input({ chats: [chat('-204', { link: L('M') })], seen, history }), NOW), L('M'));
    expect(f.status).toBe('unused');
    expect(codes(f)).toContain('members-unknown');
    expect(f.grewBy).toBeUndefined();
    expect(describeLinkEvidence(f.evidence.at(-1) as LinkEvidence, 'ru')).toBe(
      'MAX не прислал число участников чата — прибавился ли кто-то, не проверить',
    );
  });

  it('fewer members than participantsCount: the count alone is compared', () => {
    const c = chat('-204', { link: L('M'), members: [[ME, ago(50)]], participantsCount: 13 });
    const history = watched([c], ago(10));
    expect(history[L('M')]?.baseline).toEqual({ at: ago(10), count: 13 });
    expect(only(linkFindings(input({ chats: [c], seen, history }), NOW), L('M')).status).toBe('stale');
    expect(
      only(linkFindings(input({ chats: [{ ...c, participantsCount: 14 }], seen, history }), NOW), L('M')).status,
    ).toBe('used');
  });

  it('a baseline of members only, and now a partial list: unused', () => {
    const history = watched([chat('-204', { link: L('M'), members: [[ME, ago(50)]] })], ago(10));
    expect(history[L('M')]?.baseline).toEqual({ at: ago(10), members: [ME] });
    const c = chat('-204', { link: L('M'), members: [[ME, ago(50)]], participantsCount: 13 });
    const f = only(linkFindings(input({ chats: [c], seen, history }), NOW), L('M'));
    expect(f.status).toBe('unused');
    expect(codes(f)).toContain('members-unknown');
  });

  it('but a member not in the baseline still makes it used', () => {
    const history = watched([chat('-204', { link: L('M'), ...listed([ME, '5']) })], ago(10));
    const c = chat('-204', { link: L('M'), members: [['6', ago(50)]], participantsCount: 2 });
    expect(only(linkFindings(input({ chats: [c], seen, history }), NOW), L('M')).status).toBe('used');
  });

  it('no post time → unused, never stale', () => {
    const noTime: SeenLink = { url: L('M'), chatId: '-201', messageId: '1' };
    // The history ties the link to a chat that does not show it now (MAX does not always send `link`).
    const history: OwnLinkHistory = {
      [L('M')]: { chatId: '-204', firstSeenAt: ago(90), lastSeenAt: ago(80), baseline: { at: ago(90), count: 1 } },
    };
    const c = chat('-204', listed([ME]));
    const f = only(linkFindings(input({ chats: [c], seen: [noTime], history }), NOW), L('M'));
    expect(f.status).toBe('unused');
    expect(f.postedAt).toBeUndefined();
    expect(f.grewBy).toBe(0);
    expect(codes(f)).toContain('posted-unknown');
    expect(codes(f)).not.toContain('no-growth-since');
  });
});

describe('linkFindings: own links', () => {
  it('an own link never posted: age from the chat’s creation, said to be an assumption', () => {
    const c = chat('-1', { owner: ME, link: L('A'), created: ago(30), ...listed([ME]) });
    const f = only(linkFindings(input({ chats: [c], history: watched([c], ago(5)) }), NOW), L('A'));
    expect(f.postedAtSource).toBe('created');
    expect(f.status).toBe('stale');
    expect(f.places).toEqual([{ kind: 'own', chatId: '-1' }]);
    const posted = f.evidence.find((e) => e.code === 'posted') as LinkEvidence;
    expect(describeLinkEvidence(posted, 'ru')).toMatch(/от создания чата/);
  });

  it('without `created`, from when Сверка first saw it', () => {
    const c = chat('-1', { owner: ME, link: L('A'), ...listed([ME]) });
    const f = only(linkFindings(input({ chats: [c], history: watched([c], ago(3)) }), NOW), L('A'));
    expect(f.postedAtSource).toBe('first-seen');
    expect(f.ageDays).toBe(3);
    expect(f.status).toBe('unused');
  });
});

describe('describeLinkEvidence', () => {
  // 28.11.2025 12:00 MSK, read a week later.
  const D = Date.UTC(2025, 10, 28, 9);
  const LATER = D + 7 * DAY_MS;
  const text = (e: LinkEvidence, lang: 'ru' | 'en' = 'ru') => describeLinkEvidence(e, lang, LATER);
  const grew = (params: Partial<Extract<LinkEvidence, { code: 'members-grew' }>['params']>): LinkEvidence => ({
    code: 'members-grew',
    params: { since: D, firstSeen: true, ...params },
  });

  it('growth, in both languages, with plurals', () => {
    expect(text(grew({ before: 12, now: 14 }))).toBe(
      'с 28.11 (когда Сверка впервые увидела ссылку) в чате стало 14 участников — было 12',
    );
    expect(text(grew({ before: 12, now: 14 }), 'en')).toBe(
      'since 28/11 (when Sverka first saw the link) the chat has grown to 14 members — it had 12',
    );
    expect(text(grew({ before: 20, now: 21 }))).toMatch(/в чате стал 21 участник — было 20$/);
    expect(text(grew({ before: 20, now: 22 }))).toMatch(/в чате стало 22 участника — было 20$/);
    expect(text(grew({ newMembers: 1 }))).toBe(
      'с 28.11 (когда Сверка впервые увидела ссылку) в чате появился 1 новый участник',
    );
    expect(text(grew({ newMembers: 3 }))).toMatch(/в чате появились 3 новых участника$/);
    expect(text(grew({ newMembers: 5 }))).toMatch(/в чате появились 5 новых участников$/);
    expect(text(grew({ newMembers: 1 }), 'en')).toBe(
      'since 28/11 (when Sverka first saw the link) 1 new member has appeared in the chat',
    );
    expect(text(grew({ before: 3, now: 5, newMembers: 3 }), 'en')).toMatch(/grown to 5 members — it had 3 \(3 new\)$/);
    // A baseline added to a link seen before Сверка kept baselines; a date of another year shows its year.
    expect(text(grew({ firstSeen: false, newMembers: 2 }))).toBe(
      'с 28.11 (когда Сверка начала следить за составом чата) в чате появились 2 новых участника',
    );
    expect(describeLinkEvidence(grew({ before: 1, now: 2 }), 'ru', Date.UTC(2026, 1, 1))).toMatch(/^с 28\.11\.2025 /);
  });

  it('the partner, by name, with her or him, or neither', () => {
    const partner = (name: string | undefined, sentAt = D + DAY_MS): LinkEvidence => ({
      code: 'partner-became-member',
      params: { userId: '1000120', ...(name ? { name } : {}), since: D, firstSeen: true, sentAt },
    });
    expect(text(partner('Елена Кудрявцева'))).toBe(
      'Елена Кудрявцева теперь в чате — до отправки ссылки её там не было',
    );
    expect(text(partner('Артём Новиков'))).toBe('Артём Новиков теперь в чате — до отправки ссылки его там не было');
    expect(text(partner('Саша'))).toBe('адресат ссылки (Саша) теперь в чате — до отправки ссылки адресата там не было');
    expect(text(partner(undefined))).toBe(
      'адресат ссылки (id 1000120) теперь в чате — до отправки ссылки адресата там не было',
    );
    expect(text(partner('Елена Кудрявцева', D - DAY_MS))).toBe(
      'Елена Кудрявцева теперь в чате — 28.11, когда Сверка впервые увидела ссылку, её там не было',
    );
    expect(text(partner('Елена Кудрявцева'), 'en')).toBe(
      'Елена Кудрявцева is in the chat now — they were not there before the link was sent',
    );
    expect(text(partner('Елена Кудрявцева', D - DAY_MS), 'en')).toBe(
      'Елена Кудрявцева is in the chat now — they were not there on 28/11, when Sverka first saw the link',
    );
  });

  it('no growth: the window Сверка watched, the age and the threshold', () => {
    const e: LinkEvidence = {
      code: 'no-growth-since',
      params: { since: D, firstSeen: true, ageDays: 37, staleDays: 14 },
    };
    expect(text(e)).toBe(
      'с 28.11 (когда Сверка впервые увидела ссылку) в чате никто не прибавился, а ссылке 37 дней (порог 14)',
    );
    expect(text(e, 'en')).toBe(
      'since 28/11 (when Sverka first saw the link) nobody has been added to the chat, and the link is 37 days old (threshold 14)',
    );
    expect(text({ code: 'no-growth-since', params: { since: D, firstSeen: true, ageDays: 1, staleDays: 14 } })).toMatch(
      /никто не прибавился, а ссылке 1 день \(порог 14\)$/,
    );
  });

  it('the rest in English', () => {
    expect(text({ code: 'baseline-new', params: {} }, 'en')).toBe(
      'Sverka sees this link for the first time and has noted the number of members: growth will show whether it is used',
    );
    expect(text({ code: 'members-unknown', params: {} }, 'en')).toBe(
      'MAX did not send the chat’s member count — whether anyone was added cannot be checked',
    );
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Properties

describe('properties', () => {
  it('the generators reach every status', () => {
    const counts: Record<string, number> = {};
    for (const i of fc.sample(arbInput, { numRuns: 300, seed: 42 }))
      for (const f of linkFindings(i, NOW)) counts[f.status] = (counts[f.status] ?? 0) + 1;
    for (const status of ['used', 'unused', 'stale', 'revoked', 'unknown'])
      expect(counts[status] ?? 0).toBeGreaterThan(0);
  });

  it('never throws, even on nonsense', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), fc.anything(), fc.anything(), (chats, seen, history, now) => {
        const i = { chats, seen, history, staleDays: 14 } as unknown as LinkStatusInput;
        linkFindings(i, now as number);
        linkFindings(null as unknown as LinkStatusInput, NOW);
      }),
    );
    fc.assert(
      fc.property(arbInput, (i) => {
        const f = linkFindings(i, NOW);
        for (const x of f)
          for (const e of x.evidence)
            for (const lang of ['ru', 'en'] as const)
              expect(describeLinkEvidence(e, lang)).not.toMatch(/undefined|NaN|^$/);
      }),
    );
  });

  it('is deterministic and independent of the order of chats and seen links', () => {
    fc.assert(
      fc.property(arbInput, fc.infiniteStream(fc.nat()), (i, rnd) => {
        const shuffle = shuffler(rnd);
        const a = linkFindings(i, NOW);
        expect(linkFindings(i, NOW)).toEqual(a);
        const byId = Object.fromEntries(i.chats.map((c) => [c.id, c]));
        const b = linkFindings({ ...i, chats: shuffle(i.chats), seen: shuffle(i.seen) }, NOW);
        const c = linkFindings({ ...i, chats: byId, seen: shuffle(i.seen) }, NOW);
        const byUrl = (xs: LinkFinding[]) => [...xs].sort((x, y) => (x.url < y.url ? -1 : 1));
        expect(byUrl(b)).toEqual(byUrl(a));
        expect(byUrl(c)).toEqual(byUrl(a));
      }),
    );
  });

  it('never reads members’ times (last reads): any other times give the same findings', () => {
    fc.assert(
      fc.property(arbInput, fc.infiniteStream(arbTime), (i, times) => {
        expect(linkFindings({ ...i, chats: retimed(i.chats, times) }, NOW)).toEqual(linkFindings(i, NOW));
      }),
    );
  });

  it('the status is a function of the evidence; used means growth since the baseline, stale none and old enough', () => {
    fc.assert(
      fc.property(arbInput, (i) => {
        const staleDays = i.staleDays;
        const history = cleanOwnLinkHistory(i.history);
        const findings = linkFindings(i, NOW);
        expect(new Set(findings.map((x) => x.url)).size).toBe(findings.length);
        for (const f of findings) {
          expect(f.status).toBe(statusFromEvidence(f.evidence));
          if (f.status !== 'used' && f.status !== 'stale') continue;
          // Both need the baseline of the target chat.
          const target = i.chats.find((c) => c.id === f.targetChatId) as BridgeChat;
          const baseline = history[f.url]?.baseline as LinkBaseline;
          expect(target).toBeDefined();
          expect(history[f.url]?.chatId).toBe(target.id);
          expect(baseline).toBeDefined();
          const countGrew =
            baseline.count !== undefined &&
            target.participantsCount !== undefined &&
            target.participantsCount > baseline.count;
          const newMember =
            baseline.members !== undefined &&
            target.type !== 'CHANNEL' &&
            (target.members ?? []).some(([id]) => !baseline.members?.includes(id));
          if (f.status === 'used') {
            expect(countGrew || newMember).toBe(true);
            expect(f.grewBy as number).toBeGreaterThan(0);
          } else {
            expect(countGrew || newMember).toBe(false);
            expect(f.grewBy).toBe(0);
            expect(f.postedAt).toBeDefined();
            expect(NOW - (f.postedAt as number)).toBeGreaterThan(staleDays * DAY_MS);
            expect(f.ageDays as number).toBeGreaterThan(staleDays);
          }
        }
      }),
    );
  });

  it('findings with the same evidence have the same status', () => {
    fc.assert(
      fc.property(arbInput, arbInput, (i, j) => {
        const all = [...linkFindings(i, NOW), ...linkFindings(j, NOW)];
        const seen = new Map<string, string>();
        for (const f of all) {
          const key = JSON.stringify(f.evidence);
          const before = seen.get(key);
          if (before !== undefined) expect(f.status).toBe(before);
          seen.set(key, f.status);
        }
      }),
    );
  });
});
