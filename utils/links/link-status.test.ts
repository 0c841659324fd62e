import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BridgeChat, MaxId, SeenLink } from '../max/bridge-events';
import { describeLinkEvidence, type LinkEvidence } from './link-evidence-text';
import type { OwnLinkHistory } from './link-history';
import {
  DAY_MS,
  type LinkFinding,
  type LinkStatusInput,
  linkFindings,
  linksToAnnul,
  ownLinkHints,
  sortForAdministrator,
  statusFromEvidence,
} from './link-status';

const NOW = 1763974800000; // 2025-11-24 12:00 MSK, the demo college's clock
const ago = (days: number) => NOW - days * DAY_MS;
const ME = '1000001';
const L = (t: string) => `https://max.ru/join/${t}`;

const chat = (id: MaxId, extra: Partial<BridgeChat> = {}): BridgeChat => ({
  id,
  type: 'CHAT',
  status: 'ACTIVE',
  ...extra,
});
const dialog = (id: MaxId, partner: MaxId, since: number): BridgeChat => ({
  id,
  type: 'DIALOG',
  status: 'ACTIVE',
  owner: ME,
  members: [
    [ME, since],
    [partner, since],
  ],
  participantsCount: 2,
});
const msg = (
  url: string,
  chatId: MaxId,
  time: number | undefined,
  sender = ME,
  messageId = `m${chatId}-${time}`,
): SeenLink => ({
  url,
  chatId,
  messageId,
  sender,
  ...(time !== undefined ? { time } : {}),
});
const members = (pairs: Array<[MaxId, number]>) => ({ members: pairs, participantsCount: pairs.length });

function input(partial: Partial<LinkStatusInput>): LinkStatusInput {
  return { chats: [], seen: [], history: {}, staleDays: 14, me: { id: ME }, ...partial };
}
const only = (findings: LinkFinding[], url: string) => {
  const f = findings.find((x) => x.url === url);
  if (!f) throw new Error(`no finding for ${url}`);
  return f;
};
const codes = (f: LinkFinding) => f.evidence.map((e) => e.code);

describe('linkFindings: used, unused, stale', () => {
  const target = (joins: Array<[MaxId, number]>) =>
    chat('-102', {
      title: 'ИСП-21 Родители',
      owner: ME,
      link: L('P'),
      created: ago(60),
      ...members([[ME, ago(60)], ...joins]),
    });

  it.each([
    [13, 'unused'],
    [14, 'unused'],
    [14.99, 'unused'],
    [15, 'stale'],
    [37, 'stale'],
  ] as const)('a link %s days old with no join after it → %s', (days, status) => {
    const f = only(
      linkFindings(input({ chats: [target([['3001', ago(50)]])], seen: [msg(L('P'), '-101', ago(days))] }), NOW),
      L('P'),
    );
    expect(f.status).toBe(status);
    expect(f.ageDays).toBe(Math.floor(days));
    expect(f.postedAt).toBe(ago(days));
    expect(f.postedAtSource).toBe('message');
    expect(f.joinedAfter).toBe(0);
    expect(f.targetChatId).toBe('-102');
    expect(f.targetTitle).toBe('ИСП-21 Родители');
    expect(codes(f)).toContain('no-joins-after');
  });

  it('the threshold is the profile’s', () => {
    const seen = [msg(L('P'), '-101', ago(8))];
    expect(only(linkFindings(input({ chats: [target([])], seen, staleDays: 7 }), NOW), L('P')).status).toBe('stale');
    expect(only(linkFindings(input({ chats: [target([])], seen, staleDays: 8 }), NOW), L('P')).status).toBe('unused');
    // Nonsense thresholds fall back to 14.
    expect(only(linkFindings(input({ chats: [target([])], seen, staleDays: Number.NaN }), NOW), L('P')).status).toBe(
      'unused',
    );
  });

  it('members who joined after the post make it used; joins before do not', () => {
    const joins: Array<[MaxId, number]> = [
      ...Array.from({ length: 8 }, (_, i) => [String(3000 + i), ago(30 - i)] as [MaxId, number]),
      ...Array.from({ length: 14 }, (_, i) => [String(3100 + i), ago(19 - i)] as [MaxId, number]),
    ];
    const f = only(linkFindings(input({ chats: [target(joins)], seen: [msg(L('P'), '-101', ago(20))] }), NOW), L('P'));
    expect(f.status).toBe('used');
    expect(f.joinedAfter).toBe(14);
    expect(f.evidence).toContainEqual({ code: 'joined-after', params: { count: 14, source: 'message' } });
    expect(describeLinkEvidence({ code: 'joined-after', params: { count: 14, source: 'message' } }, 'ru')).toBe(
      'после публикации вступили 14 участников',
    );
    const before = only(
      linkFindings(input({ chats: [target(joins.slice(0, 8))], seen: [msg(L('P'), '-101', ago(20))] }), NOW),
      L('P'),
    );
    expect(before.status).toBe('stale');
  });

  it('the earliest post counts; every message is a place', () => {
    const seen = [msg(L('P'), '-101', ago(3)), msg(L('P'), '-201', ago(30)), msg(L('P'), '-101', ago(3))];
    const f = only(linkFindings(input({ chats: [target([['3001', ago(10)]])], seen }), NOW), L('P'));
    expect(f.postedAt).toBe(ago(30));
    expect(f.status).toBe('used');
    expect(f.places).toEqual([
      { kind: 'own', chatId: '-102' },
      { kind: 'message', chatId: '-201', messageId: `m-201-${ago(30)}`, sender: ME, time: ago(30) },
      { kind: 'message', chatId: '-101', messageId: `m-101-${ago(3)}`, sender: ME, time: ago(3) },
    ]);
  });

  it('the owner joining is never evidence of use', () => {
    const c = chat('-5', { owner: '77', link: L('O'), created: ago(40), ...members([['77', ago(10)]]) });
    expect(only(linkFindings(input({ chats: [c], seen: [msg(L('O'), '-1', ago(30))] }), NOW), L('O')).status).toBe(
      'stale',
    );
  });
});

describe('linkFindings: the dialog partner', () => {
  const PARENT = '3001022';
  const contacts = { [PARENT]: 'Екатерина Козлова' };
  const parents = (joins: Array<[MaxId, number]>) =>
    chat('-102', { title: 'ИСП-21 Родители', owner: ME, link: L('P'), ...members([[ME, ago(60)], ...joins]) });

  it('a partner who joined after the link was sent makes it used', () => {
    const f = only(
      linkFindings(
        input({
          chats: [parents([[PARENT, ago(2)]]), dialog('80000000001', PARENT, ago(4))],
          seen: [msg(L('P'), '80000000001', ago(3))],
          contacts,
        }),
        NOW,
      ),
      L('P'),
    );
    expect(f.status).toBe('used');
    const partner = f.evidence.find((e) => e.code === 'partner-joined') as LinkEvidence;
    expect(partner).toEqual({ code: 'partner-joined', params: { userId: PARENT, name: 'Екатерина Козлова' } });
    expect(describeLinkEvidence(partner, 'ru')).toBe('адресат диалога (Екатерина Козлова) теперь в чате');
  });

  it('a partner not in the chat: unused, and said so', () => {
    const f = only(
      linkFindings(
        input({
          chats: [parents([]), dialog('80000000002', '2002026', ago(4))],
          seen: [msg(L('P'), '80000000002', ago(2))],
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

  it('a partner who was a member before the message is no evidence; without me the recipient is unknown', () => {
    const chats = [parents([[PARENT, ago(30)]]), dialog('80000000001', PARENT, ago(40))];
    const seen = [msg(L('P'), '80000000001', ago(20))];
    expect(only(linkFindings(input({ chats, seen }), NOW), L('P')).status).toBe('stale');
    const noSender: SeenLink = { url: L('P'), chatId: '80000000001', messageId: 'x', time: ago(3) };
    const joined = [parents([[PARENT, ago(2)]]), dialog('80000000001', PARENT, ago(40))];
    // The partner's join is after the post anyway, so "used" from the join itself; but no partner evidence.
    const f = only(linkFindings(input({ chats: joined, seen: [noSender], me: undefined }), NOW), L('P'));
    expect(codes(f)).not.toContain('partner-joined');
    expect(f.status).toBe('used');
  });
});

describe('linkFindings: revoked and unknown', () => {
  it('a link replaced in the history is revoked, even when the chat is not loaded', () => {
    const history: OwnLinkHistory = {
      [L('OLD')]: { chatId: '-103', firstSeenAt: ago(40), lastSeenAt: ago(11), replacedAt: ago(10) },
      [L('NEW')]: { chatId: '-103', firstSeenAt: ago(10), lastSeenAt: ago(0) },
    };
    const c = chat('-103', { title: '«ИСП-21» преподаватели', link: L('NEW'), ...members([[ME, ago(40)]]) });
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

  it('a chat the history ties the link to, now showing another link, makes it revoked before the history catches up', () => {
    const history: OwnLinkHistory = { [L('OLD')]: { chatId: '-103', firstSeenAt: ago(40), lastSeenAt: ago(1) } };
    const c = chat('-103', { link: L('NEW'), ...members([[ME, ago(40)]]) });
    const f = only(linkFindings(input({ chats: [c], seen: [msg(L('OLD'), '-901', ago(25))], history }), NOW), L('OLD'));
    expect(f.status).toBe('revoked');
  });

  it('joins before the reset still show; revoked wins over used', () => {
    const history: OwnLinkHistory = {
      [L('OLD')]: { chatId: '-103', firstSeenAt: ago(40), lastSeenAt: ago(11), replacedAt: ago(10) },
    };
    const c = chat('-103', {
      link: L('NEW'),
      ...members([
        [ME, ago(40)],
        ['1', ago(20)],
        ['2', ago(5)],
      ]),
    });
    const f = only(linkFindings(input({ chats: [c], seen: [msg(L('OLD'), '-901', ago(25))], history }), NOW), L('OLD'));
    expect(f.status).toBe('revoked');
    expect(f.joinedAfter).toBe(1);
  });

  it('a removed target: revoked', () => {
    const c = chat('-202', { status: 'REMOVED', link: L('R'), ...members([[ME, ago(200)]]) });
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
    const left = chat('-7', { status: 'LEFT', ...members([[ME, ago(50)]]) });
    expect(only(linkFindings(input({ chats: [left], seen, history }), NOW), L('H')).status).toBe('unknown');
  });

  it('non-invite URLs are no findings', () => {
    const c = chat('-902', { type: 'CHANNEL', link: 'https://max.ru/mozhaysk_tech' });
    const seen = [msg('https://max.ru/sferum_help', '-902', ago(3)), msg('https://prof-sferum.ru/', '-902', ago(3))];
    expect(linkFindings(input({ chats: [c], seen }), NOW)).toEqual([]);
  });
});

describe('linkFindings: missing member data is never stale', () => {
  const seen = [msg(L('M'), '-201', ago(37))];

  it('no members sent → unused, and said so', () => {
    const f = only(linkFindings(input({ chats: [chat('-204', { link: L('M') })], seen }), NOW), L('M'));
    expect(f.status).toBe('unused');
    expect(codes(f)).toContain('members-unknown');
    expect(f.joinedAfter).toBeUndefined();
  });

  it('fewer members than participantsCount → unused', () => {
    const c = chat('-204', { link: L('M'), members: [[ME, ago(50)]], participantsCount: 13 });
    const f = only(linkFindings(input({ chats: [c], seen }), NOW), L('M'));
    expect(f.status).toBe('unused');
    expect(f.evidence).toContainEqual({ code: 'members-incomplete', params: { known: 1, total: 13 } });
  });

  it('a members list at the bridge’s cap without a count → unused', () => {
    const many = Array.from({ length: 2000 }, (_, i) => [String(i + 1), ago(100)] as [MaxId, number]);
    const f = only(linkFindings(input({ chats: [chat('-204', { link: L('M'), members: many })], seen }), NOW), L('M'));
    expect(f.status).toBe('unused');
  });

  it('but a join that is known still makes it used', () => {
    const c = chat('-204', { link: L('M'), members: [['5', ago(3)]], participantsCount: 13 });
    expect(only(linkFindings(input({ chats: [c], seen }), NOW), L('M')).status).toBe('used');
  });

  it('no post time → unused, never stale', () => {
    const noTime: SeenLink = { url: L('M'), chatId: '-201', messageId: '1' };
    const history: OwnLinkHistory = {
      [L('X')]: { chatId: '-204', firstSeenAt: ago(90), lastSeenAt: ago(80), replacedAt: ago(80) },
    };
    const c = chat('-204', { link: L('M'), ...members([[ME, ago(100)]]) });
    // The chat had another link before, and Сверка never saw this one appear: its age is unknown.
    const f = only(linkFindings(input({ chats: [c], seen: [noTime], history }), NOW), L('M'));
    expect(f.status).toBe('unused');
    expect(f.postedAt).toBeUndefined();
    expect(codes(f)).toContain('posted-unknown');
  });
});

describe('linkFindings: own links', () => {
  it('an own link never posted: age from the chat’s creation, said to be an assumption', () => {
    const c = chat('-1', { owner: ME, link: L('A'), created: ago(30), ...members([[ME, ago(30)]]) });
    const f = only(linkFindings(input({ chats: [c] }), NOW), L('A'));
    expect(f.postedAtSource).toBe('created');
    expect(f.status).toBe('stale');
    expect(f.places).toEqual([{ kind: 'own', chatId: '-1' }]);
    const posted = f.evidence.find((e) => e.code === 'posted') as LinkEvidence;
    expect(describeLinkEvidence(posted, 'ru')).toMatch(/от создания чата/);
  });

  it('without `created`, from when Сверка first saw it', () => {
    const c = chat('-1', { owner: ME, link: L('A'), ...members([[ME, ago(30)]]) });
    const history: OwnLinkHistory = { [L('A')]: { chatId: '-1', firstSeenAt: ago(3), lastSeenAt: ago(0) } };
    const f = only(linkFindings(input({ chats: [c], history }), NOW), L('A'));
    expect(f.postedAtSource).toBe('first-seen');
    expect(f.ageDays).toBe(3);
    expect(f.status).toBe('unused');
  });
});

describe('ownLinkHints', () => {
  const c = (extra: Partial<BridgeChat>) =>
    chat('-101', {
      title: 'ИСП-21 Студенты 🎓',
      owner: ME,
      link: L('S'),
      created: ago(80),
      ...members([
        [ME, ago(80)],
        ['2001', ago(79)],
        ['2002', ago(60)],
      ]),
      ...extra,
    });

  it('an owned chat whose link is old and nobody joined for longer than the threshold', () => {
    const hints = ownLinkHints(input({ chats: [c({})] }), NOW);
    expect(hints).toEqual([
      {
        chatId: '-101',
        title: 'ИСП-21 Студенты 🎓',
        url: L('S'),
        since: ago(80),
        sinceSource: 'created',
        ageDays: 80,
        lastJoinAt: ago(60),
        quietDays: 60,
        evidence: [
          {
            code: 'own-link-quiet',
            params: { chatId: '-101', title: 'ИСП-21 Студенты 🎓', ageDays: 80, quietDays: 60, anyJoined: true },
          },
        ],
      },
    ]);
    expect(describeLinkEvidence(hints[0]?.evidence[0] as LinkEvidence, 'ru')).toBe(
      'ссылке чата «ИСП-21 Студенты 🎓» 80 дней, последний участник вступил 60 дней назад — если все уже в чате, сбросьте ссылку в настройках чата',
    );
  });

  it('no hint: a recent join, a recent post, not mine, members unknown, or already on the annul list', () => {
    expect(ownLinkHints(input({ chats: [c({ ...members([['2001', ago(10)]]) })] }), NOW)).toEqual([]);
    expect(ownLinkHints(input({ chats: [c({})], seen: [msg(L('S'), '80000000002', ago(2))] }), NOW)).toEqual([]);
    expect(ownLinkHints(input({ chats: [c({ owner: '5', admins: ['6'] })] }), NOW)).toEqual([]);
    expect(ownLinkHints(input({ chats: [c({ members: undefined })] }), NOW)).toEqual([]);
    expect(ownLinkHints(input({ chats: [c({ participantsCount: 25 })] }), NOW)).toEqual([]);
    expect(ownLinkHints(input({ chats: [c({})], me: undefined }), NOW)).toEqual([]);
    // Nobody ever joined: the link is stale, on linksToAnnul instead.
    expect(ownLinkHints(input({ chats: [c({ ...members([[ME, ago(80)]]) })] }), NOW)).toEqual([]);
  });

  it('an administrator gets it too; 14 quiet days are not enough', () => {
    expect(ownLinkHints(input({ chats: [c({ owner: '5', admins: [ME] })] }), NOW)).toHaveLength(1);
    const fresh = c({
      ...members([
        [ME, ago(80)],
        ['2001', ago(14.5)],
      ]),
    });
    expect(ownLinkHints(input({ chats: [fresh] }), NOW)).toEqual([]);
  });
});

describe('sortForAdministrator and linksToAnnul', () => {
  const chats = [
    chat('-1', { title: 'Мой', owner: ME, link: L('MINE'), created: ago(100), ...members([[ME, ago(100)]]) }),
    chat('-2', { title: 'Коллеги', owner: '5', admins: [ME], link: L('ADM'), ...members([['5', ago(100)]]) }),
    chat('-3', { title: 'Чужой', owner: '5', link: L('OTHER'), ...members([['5', ago(100)]]) }),
    chat('-4', { title: 'Чужой 2', owner: '5', link: L('POSTED'), ...members([['5', ago(100)]]) }),
    chat('-5', {
      title: 'Живой',
      owner: ME,
      link: L('USED'),
      ...members([
        [ME, ago(100)],
        ['9', ago(1)],
      ]),
    }),
  ];
  const seen = [
    msg(L('ADM'), '-9', ago(3), '5'),
    msg(L('OTHER'), '-9', ago(40), '5'),
    msg(L('POSTED'), '-9', ago(20), ME),
    msg(L('USED'), '-9', ago(20), ME),
    msg(L('GONE'), '-9', ago(50), ME),
  ];
  const findings = linkFindings(input({ chats, seen }), NOW);

  it('stale first, then unused, revoked, unknown, used; oldest first within', () => {
    expect(sortForAdministrator(findings).map((f) => [f.url, f.status])).toEqual([
      [L('MINE'), 'stale'],
      [L('OTHER'), 'stale'],
      [L('POSTED'), 'stale'],
      [L('ADM'), 'unused'],
      [L('GONE'), 'unknown'],
      [L('USED'), 'used'],
    ]);
  });

  it('links I posted or whose chat I own or administer, grouped by target chat', () => {
    const groups = linksToAnnul(findings, ME, chats);
    expect(groups.map((g) => [g.chatId, g.title, g.findings.map((f) => f.url)])).toEqual([
      ['-1', 'Мой', [L('MINE')]],
      ['-4', 'Чужой 2', [L('POSTED')]],
      ['-2', 'Коллеги', [L('ADM')]],
    ]);
    expect(linksToAnnul(findings, undefined, chats)).toEqual([]);
  });
});

describe('describeLinkEvidence', () => {
  it('the stale one in words', () => {
    const e: LinkEvidence = { code: 'no-joins-after', params: { ageDays: 37, staleDays: 14 } };
    expect(describeLinkEvidence(e, 'ru')).toBe(
      'ссылке 37 дней, после неё в чат никто не вступил — аннулируйте её в настройках чата',
    );
    expect(describeLinkEvidence(e, 'en')).toBe(
      'the link is 37 days old and nobody joined the chat since — annul it in the chat’s settings',
    );
    expect(describeLinkEvidence({ code: 'no-joins-after', params: { ageDays: 1, staleDays: 14 } }, 'ru')).toBe(
      'ссылке 1 день, после неё в чат пока никто не вступил',
    );
    expect(describeLinkEvidence({ code: 'joined-after', params: { count: 21, source: 'message' } }, 'ru')).toBe(
      'после публикации вступил 21 участник',
    );
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Properties

const TOKENS = ['A', 'B', 'C', 'D', 'E'];
const arbUrl = fc.oneof(
  fc.constantFrom(...TOKENS.map(L)),
  fc.constantFrom(...TOKENS.map((t) => `max.ru/join/${t}/`)),
  fc.constantFrom('https://max.ru/sferum_help', 'junk', ''),
);
const arbTime = fc.integer({ min: ago(60), max: NOW + DAY_MS });
const USERS = [ME, '1', '2', '3', '4', '5'];
const arbChat = (id: MaxId) =>
  fc.record(
    {
      id: fc.constant(id),
      type: fc.constantFrom('CHAT', 'DIALOG', 'CHANNEL'),
      status: fc.constantFrom('ACTIVE', 'REMOVED', 'LEFT'),
      title: fc.string({ maxLength: 5 }),
      owner: fc.constantFrom(...USERS),
      admins: fc.uniqueArray(fc.constantFrom(...USERS)),
      participantsCount: fc.nat(8),
      members: fc.uniqueArray(fc.tuple(fc.constantFrom(...USERS), arbTime), { selector: (m) => m[0] }),
      link: arbUrl,
      created: arbTime,
      lastEventTime: arbTime,
    },
    { requiredKeys: ['id', 'type'] },
  );
const arbChats = fc
  .uniqueArray(fc.integer({ min: -6, max: 6 }).map(String), { maxLength: 7 })
  .chain((ids) => fc.tuple(...ids.map(arbChat)))
  .map((chats) => chats as BridgeChat[]);
const arbSeen = fc.array(
  fc.record(
    {
      url: arbUrl,
      chatId: fc.integer({ min: -6, max: 6 }).map(String),
      messageId: fc.integer({ min: 0, max: 20 }).map(String),
      sender: fc.constantFrom(...USERS),
      time: arbTime,
    },
    { requiredKeys: ['url', 'chatId', 'messageId'] },
  ),
  { maxLength: 10 },
);
const arbHistory = fc
  .array(
    fc.record(
      {
        url: arbUrl,
        chatId: fc.integer({ min: -6, max: 6 }).map(String),
        firstSeenAt: arbTime,
        lastSeenAt: arbTime,
        replacedAt: arbTime,
      },
      { requiredKeys: ['url', 'chatId', 'firstSeenAt', 'lastSeenAt'] },
    ),
    { maxLength: 5 },
  )
  .map((entries) => {
    const h: OwnLinkHistory = {};
    for (const { url, ...e } of entries) h[url] = e;
    return h;
  });
const arbInput = fc.record({
  chats: arbChats,
  seen: arbSeen,
  history: arbHistory,
  staleDays: fc.constantFrom(0, 7, 14, 30),
  me: fc.option(fc.record({ id: fc.constantFrom(...USERS) }), { nil: undefined }),
  contacts: fc.constant({ 1: 'Один', 2: 'Два' }),
});

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
        ownLinkHints(i, now as number);
        linkFindings(null as unknown as LinkStatusInput, NOW);
      }),
    );
    fc.assert(
      fc.property(arbInput, (i) => {
        const f = linkFindings(i, NOW);
        sortForAdministrator(f);
        linksToAnnul(f, i.me?.id, i.chats);
        ownLinkHints(i, NOW);
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
        const shuffle = <T>(xs: readonly T[]): T[] => {
          const out = [...xs];
          for (let k = out.length - 1; k > 0; k--) {
            const j = (rnd.next().value as number) % (k + 1);
            [out[k], out[j]] = [out[j] as T, out[k] as T];
          }
          return out;
        };
        const a = linkFindings(i, NOW);
        expect(linkFindings(i, NOW)).toEqual(a);
        const byId = Object.fromEntries(i.chats.map((c) => [c.id, c]));
        const b = linkFindings({ ...i, chats: shuffle(i.chats), seen: shuffle(i.seen) }, NOW);
        const c = linkFindings({ ...i, chats: byId, seen: shuffle(i.seen) }, NOW);
        const byUrl = (xs: LinkFinding[]) => [...xs].sort((x, y) => (x.url < y.url ? -1 : 1));
        expect(byUrl(b)).toEqual(byUrl(a));
        expect(byUrl(c)).toEqual(byUrl(a));
        expect(ownLinkHints({ ...i, chats: shuffle(i.chats), seen: shuffle(i.seen) }, NOW)).toEqual(
          ownLinkHints(i, NOW),
        );
      }),
    );
  });

  it('the status is a function of the evidence; stale means old enough and no join after posting', () => {
    fc.assert(
      fc.property(arbInput, (i) => {
        const staleDays = i.staleDays;
        for (const f of linkFindings(i, NOW)) {
          expect(f.status).toBe(statusFromEvidence(f.evidence));
          expect(new Set(linkFindings(i, NOW).map((x) => x.url)).size).toBe(linkFindings(i, NOW).length);
          if (f.status === 'stale') {
            expect(f.postedAt).toBeDefined();
            expect(NOW - (f.postedAt as number)).toBeGreaterThan(staleDays * DAY_MS);
            expect(f.ageDays as number).toBeGreaterThan(staleDays);
            expect(f.joinedAfter).toBe(0);
            expect(f.targetChatId).toBeDefined();
            const target = i.chats.find((c) => c.id === f.targetChatId) as BridgeChat;
            // Every member's join time is known, and none (but the owner) joined after the post.
            expect(target.members).toBeDefined();
            expect(target.members?.length ?? 0).toBeGreaterThanOrEqual(target.participantsCount ?? 0);
            for (const [userId, at] of target.members ?? []) {
              if (userId !== target.owner) expect(at).toBeLessThanOrEqual(f.postedAt as number);
            }
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
