import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type BridgeEvent,
  MAX_CHATS_PER_EVENT,
  MAX_CHATS_PER_FRAME,
  MAX_LINKS_PER_EVENT,
  parseBridgeEvent,
} from './bridge-events';
import { toBridgeChat } from './chat-fields';
import {
  chatIdFromPath,
  cutParticipants,
  IGNORE,
  isKnownVersion,
  isWantedFrame,
  lastHeadOpcode,
  lastHeadVersion,
  lookAtFrame,
  NOT_A_FRAME,
  peekFrameHead,
  READ,
  readFrame,
} from './frames';

const DIR = join(__dirname, '../../tests/fixtures/frames');
/** Fixtures are pretty-printed for reading; MAX sends compact JSON. */
const frame = (name: string) => JSON.stringify(JSON.parse(readFileSync(join(DIR, name), 'utf8')));
const ofType = <T extends BridgeEvent['type']>(events: BridgeEvent[], type: T) =>
  events.filter((e): e is Extract<BridgeEvent, { type: T }> => e.type === type);

function expectValid(events: BridgeEvent[]) {
  for (const e of events) expect(parseBridgeEvent(e), JSON.stringify(e).slice(0, 300)).not.toBeNull();
}

describe('peekFrameHead', () => {
  it('reads opcode, cmd and ver in any order without parsing', () => {
    expect(peekFrameHead('{"ver":11,"cmd":1,"seq":5,"opcode":19,"payload":{}}')).toEqual({
      opcode: 19,
      cmd: 1,
      ver: 11,
    });
    expect(peekFrameHead('{"opcode":128,"payload":{},"cmd":0}')).toEqual({ opcode: 128, cmd: 0 });
    expect(peekFrameHead('{"ver": 10, "cmd": 0, "opcode": 135}')).toEqual({ opcode: 135, cmd: 0, ver: 10 });
  });
  it('rejects what is not a frame head', () => {
    for (const s of ['', 'ping', '[1,2]', '{"cmd":1}', '{"opcode":"19","cmd":1}', ` {"opcode":1,"cmd":1}`]) {
      expect(peekFrameHead(s)).toBeNull();
    }
  });
  it('looks only at the head, so a huge frame costs what a small one does', () => {
    const late = `{"payload":"${'x'.repeat(200)}","opcode":19,"cmd":1}`;
    expect(peekFrameHead(late)).toBeNull();
  });
  it('reads any field order, and lookAtFrame agrees with it', () => {
    const field = fc.record({
      ver: fc.nat(99),
      cmd: fc.nat(3),
      seq: fc.nat(1e6),
      opcode: fc.constantFrom(1, 19, 48, 49, 53, 55, 57, 77, 128, 129, 135, 999),
    });
    fc.assert(
      fc.property(field, fc.boolean(), fc.string({ maxLength: 30 }), (f, shuffle, tail) => {
        const entries = Object.entries(f);
        if (shuffle) entries.reverse();
        const text = `{${entries.map(([k, v]) => `"${k}":${v}`).join(',')},"payload":${JSON.stringify(tail)}}`;
        const head = peekFrameHead(text);
        if (head?.opcode !== f.opcode || head.cmd !== f.cmd || head.ver !== f.ver) return false;
        const look = lookAtFrame(text);
        return (
          look === (isWantedFrame(head) ? READ : IGNORE) && lastHeadVersion() === f.ver && lastHeadOpcode() === f.opcode
        );
      }),
    );
    fc.assert(
      fc.property(fc.string(), (s) => {
        const head = peekFrameHead(s);
        const look = lookAtFrame(s);
        return head === null ? look === NOT_A_FRAME : look === (isWantedFrame(head) ? READ : IGNORE);
      }),
    );
  });
  it('reads every fixture head like JSON.parse would', () => {
    for (const name of readdirSync(DIR)) {
      const text = frame(name);
      const parsed = JSON.parse(text);
      expect(peekFrameHead(text)).toEqual({ opcode: parsed.opcode, cmd: parsed.cmd, ver: parsed.ver });
    }
  });
});

describe('isWantedFrame', () => {
  it('takes the listed responses and pushes, nothing else', () => {
    for (const opcode of [19, 48, 49, 53, 55, 57, 77]) {
      expect(isWantedFrame({ opcode, cmd: 1 })).toBe(true);
      expect(isWantedFrame({ opcode, cmd: 0 })).toBe(false);
      expect(isWantedFrame({ opcode, cmd: 3 })).toBe(false);
    }
    for (const opcode of [128, 135]) {
      expect(isWantedFrame({ opcode, cmd: 0 })).toBe(true);
      expect(isWantedFrame({ opcode, cmd: 1 })).toBe(false);
    }
    for (const opcode of [1, 6, 59, 129, 132, 142]) {
      expect(isWantedFrame({ opcode, cmd: 0 })).toBe(false);
      expect(isWantedFrame({ opcode, cmd: 1 })).toBe(false);
    }
  });
  it('knows versions 10 and 11', () => {
    expect(isKnownVersion(11)).toBe(true);
    expect(isKnownVersion(10)).toBe(true);
    expect(isKnownVersion(12)).toBe(false);
  });
});

describe('readFrame on fixtures', () => {
  it('LOGIN: me, contacts, chats, ok — and no phone, no token, no message text', () => {
    const text = frame('19-login.json');
    const events = readFrame(text);
    expectValid(events);
    expect(events.map((e) => e.type)).toEqual(['me', 'contacts', 'chats', 'protocol']);
    expect(ofType(events, 'me')[0]?.me).toEqual({ id: '5123401', name: 'Иванова Мария Петровна' });
    expect(ofType(events, 'contacts')[0]?.contacts).toEqual([
      { id: '5123402', name: 'Пётр Сидоров' },
      { id: '6100001', name: 'Ольга Кузнецова' },
    ]);
    const chats = ofType(events, 'chats')[0];
    expect(chats?.origin).toBe('login');
    expect(chats?.received).toBe(4);
    expect(chats?.chats[0]).toEqual({
      id: '-68001234567801',
      type: 'CHAT',
      status: 'ACTIVE',
      title: 'ИСП-21 — обучающиеся',
      owner: '5123401',
      admins: ['5123401'],
      participantsCount: 3,
      members: [
        ['5123401', 1725000000000],
        ['5123402', 1725000100000],
        ['5123403', 1725000200000],
      ],
      link: 'https://max.ru/join/Kx7hQ2mN_pL4vR9sT1uW',
      created: 1725000000000,
      lastEventTime: 1731000000000,
    });
    expect(chats?.chats[3]?.link).toBe('https://max.ru/college_news');
    expect(ofType(events, 'protocol')[0]?.status).toBe('ok');
    const out = JSON.stringify(events);
    for (const secret of ['79161234567', '79160000002', 'server-side-session-token', 'Спасибо', 'Ссылка:', 'phone']) {
      expect(out).not.toContain(secret);
    }
  });

  it.each([
    ['48-chat-info.json', 'chat-info', 1],
    ['53-chats-list.json', 'chats-list', 2],
  ] as const)('%s → chats (%s)', (name, origin, received) => {
    const events = readFrame(frame(name));
    expectValid(events);
    expect(events).toHaveLength(1);
    const e = ofType(events, 'chats')[0];
    expect(e?.origin).toBe(origin);
    expect(e?.received).toBe(received);
    expect(e?.chats).toHaveLength(received);
  });

  it('CHAT_HISTORY: invite links with the open chat, message id, sender, time; never text', () => {
    const events = readFrame(frame('49-chat-history.json'), { openChatId: '-68001234567802' });
    expectValid(events);
    expect(ofType(events, 'links-seen')[0]?.links).toEqual([
      {
        url: 'https://max.ru/join/Kx7hQ2mN_pL4vR9sT1uW',
        chatId: '-68001234567802',
        messageId: '115000000000000010',
        sender: '5123401',
        time: 1730000000000,
      },
    ]);
    expect(JSON.stringify(events)).not.toMatch(/вступайте|телефон|916/);
  });

  it('CHAT_HISTORY: without a chat id anywhere, links are not guessed', () => {
    expect(readFrame(frame('49-chat-history.json'))).toEqual([]);
  });

  it('CHAT_HISTORY: a chatId on the message wins over the open chat', () => {
    const text = JSON.stringify({
      ver: 11,
      cmd: 1,
      seq: 1,
      opcode: 49,
      payload: { messages: [{ id: '7', chatId: '-5', text: 'max.ru/join/abc' }] },
    });
    const links = ofType(readFrame(text, { openChatId: '-9' }), 'links-seen')[0]?.links;
    expect(links).toEqual([{ url: 'https://max.ru/join/abc', chatId: '-5', messageId: '7' }]);
  });

  it.each([
    ['55-chat-update.json', 'https://max.ru/join/New0Token_After_Revoke', 3],
    ['57-chat-join.json', undefined, 3],
    ['77-chat-members-update.json', 'https://max.ru/join/Kx7hQ2mN_pL4vR9sT1uW', 4],
    ['135-notif-chat.json', undefined, 2],
  ])('%s → chat-updated', (name, link, count) => {
    const events = readFrame(frame(name));
    expectValid(events);
    expect(events).toHaveLength(1);
    const chat = ofType(events, 'chat-updated')[0]?.chat;
    expect(chat?.link).toBe(link);
    expect(chat?.members).toHaveLength(count);
  });

  it('NOTIF_MESSAGE: deduped, normalized links with payload.chatId', () => {
    const events = readFrame(frame('128-notif-message.json'));
    expectValid(events);
    expect(ofType(events, 'links-seen')[0]?.links).toEqual([
      {
        url: 'https://max.ru/join/Tch_Link_2025',
        chatId: '-68001234567802',
        messageId: '115000000000000020',
        sender: '5123401',
        time: 1731400000000,
      },
    ]);
  });

  it('finds links in frames that escape the slash, as some JSON encoders do', () => {
    const text =
      '{"ver":11,"cmd":0,"seq":1,"opcode":128,"payload":{"chatId":-5,"message":{"id":1,"text":"https:\\/\\/max.ru\\/join\\/abc"}}}';
    expect(ofType(readFrame(text), 'links-seen')[0]?.links).toEqual([
      { url: 'https://max.ru/join/abc', chatId: '-5', messageId: '1' },
    ]);
  });

  it('reads a single chat’s members from the text too, and agrees with the slow walk', () => {
    const raw = JSON.parse(frame('135-notif-chat.json')).payload.chat;
    const chat = ofType(readFrame(frame('135-notif-chat.json')), 'chat-updated')[0]?.chat;
    expect(chat).toEqual(toBridgeChat(raw));
  });

  it('ignored frames yield nothing', () => {
    expect(readFrame(frame('01-ping.json'))).toEqual([]);
    expect(readFrame(frame('129-notif-typing.json'))).toEqual([]);
  });
});

describe('readFrame on bad frames', () => {
  const login = (payload: unknown) => JSON.stringify({ ver: 11, cmd: 1, seq: 1, opcode: 19, payload });
  it('says when LOGIN or CHATS_LIST could not be read', () => {
    const cases = [
      '{"ver":11,"cmd":1,"seq":1,"opcode":19,"payload":{"chats":[',
      login(null),
      login({ profile: { contact: { id: '1' } } }),
      '{"ver":11,"cmd":1,"seq":1,"opcode":53,"payload":{"chats":5}}',
    ];
    for (const text of cases) {
      const events = readFrame(text);
      expectValid(events);
      expect(ofType(events, 'protocol').map((e) => e.status)).toEqual(['unreadable']);
    }
  });
  it('reports a login without profile as unreadable but keeps its chats', () => {
    const events = readFrame(login({ chats: [{ id: '1', type: 'DIALOG' }] }));
    expectValid(events);
    expect(events.map((e) => e.type)).toEqual(['chats', 'protocol']);
    expect(ofType(events, 'protocol')[0]?.detail).toBe('LOGIN: no profile');
  });
  it('skips chats without id or type, counts them as received', () => {
    const events = readFrame(
      JSON.stringify({
        ver: 11,
        cmd: 1,
        seq: 1,
        opcode: 53,
        payload: {
          chats: [{ id: '1', type: 'CHAT' }, { id: 'x', type: 'CHAT' }, null, { id: '2' }, { id: 1.5, type: 'CHAT' }],
        },
      }),
    );
    const e = ofType(events, 'chats')[0];
    expect(e?.received).toBe(5);
    expect(e?.chats).toEqual([{ id: '1', type: 'CHAT' }]);
  });
  it('reads a list up to MAX_CHATS_PER_FRAME chats, then stops trusting the frame whole', () => {
    const chats = Array.from({ length: MAX_CHATS_PER_FRAME + 3 }, (_, i) => ({ id: i + 1, type: 'CHAT' }));
    const events = readFrame(JSON.stringify({ ver: 11, cmd: 1, seq: 1, opcode: 53, payload: { chats } }));
    expectValid(events);
    const parts = ofType(events, 'chats');
    expect(parts.reduce((n, x) => n + x.chats.length, 0)).toBe(MAX_CHATS_PER_FRAME);
    expect(parts.every((x) => x.chats.length <= MAX_CHATS_PER_EVENT)).toBe(true);
    expect(parts.some((x) => x.listEnd)).toBe(false);
  });
  it('caps chats, members and links', () => {
    const participants = Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [String(i + 1), 1]));
    const chats = Array.from({ length: MAX_CHATS_PER_EVENT + 10 }, (_, i) => ({ id: i + 1, type: 'CHAT' }));
    chats[0] = { ...chats[0], participants, admins: Array.from({ length: 3000 }, (_, i) => i + 1) } as never;
    const events = readFrame(JSON.stringify({ ver: 11, cmd: 1, seq: 1, opcode: 53, payload: { chats } }));
    expectValid(events);
    // No chat is dropped (one left out would read as «нет чата»): the list goes in events of at most 5,000 chats,
    // in order, and only the last carries the end of the list.
    const parts = ofType(events, 'chats');
    expect(parts.map((x) => x.chats.length)).toEqual([MAX_CHATS_PER_EVENT, 10]);
    expect(parts.map((x) => x.received)).toEqual([MAX_CHATS_PER_EVENT + 10, MAX_CHATS_PER_EVENT + 10]);
    expect(parts.map((x) => x.listEnd)).toEqual([false, true]);
    expect(parts.flatMap((x) => x.chats.map((c) => c.id))).toEqual(chats.map((c) => String(c.id)));
    const e = parts[0];
    expect(e?.chats[0]?.members).toHaveLength(2000);
    expect(e?.chats[0]?.admins).toHaveLength(2000);

    const messages = Array.from({ length: 1200 }, (_, i) => ({ id: i + 1, chatId: '-1', text: `max.ru/join/t${i}` }));
    const linkEvents = readFrame(JSON.stringify({ ver: 11, cmd: 1, seq: 1, opcode: 49, payload: { messages } }));
    expectValid(linkEvents);
    expect(linkEvents.map((x) => (x.type === 'links-seen' ? x.links.length : 0))).toEqual([
      MAX_LINKS_PER_EVENT,
      MAX_LINKS_PER_EVENT,
      200,
    ]);
  });
  it('cuts over-long titles and drops over-long message ids', () => {
    const chat = { id: '1', type: 'CHAT_WITH_A_VERY_LONG_TYPE_NAME', title: 'т'.repeat(1000), status: 's'.repeat(99) };
    const events = readFrame(JSON.stringify({ ver: 11, cmd: 0, opcode: 135, payload: { chat } }));
    expectValid(events);
    const msg = { id: 'x'.repeat(41), chatId: '1', text: 'max.ru/join/a' };
    expect(readFrame(JSON.stringify({ ver: 11, cmd: 0, opcode: 128, payload: { message: msg } }))).toEqual([]);
  });

  it('never throws and everything it yields passes the contract, on any JSON', () => {
    const opcode = fc.constantFrom(1, 19, 48, 49, 53, 55, 57, 77, 128, 135, 999);
    const anyChat = fc.record(
      {
        id: fc.oneof(fc.integer(), fc.double(), fc.string(), fc.constant(Number.MAX_SAFE_INTEGER + 2)),
        type: fc.oneof(fc.constantFrom('CHAT', 'DIALOG', 'CHANNEL'), fc.string({ maxLength: 40 })),
        status: fc.oneof(fc.string({ maxLength: 40 }), fc.integer()),
        title: fc.oneof(fc.string({ maxLength: 400 }), fc.constant(null)),
        owner: fc.oneof(fc.integer(), fc.double()),
        admins: fc.oneof(fc.array(fc.oneof(fc.integer(), fc.string())), fc.string()),
        participants: fc.oneof(
          fc.dictionary(fc.oneof(fc.string(), fc.integer().map(String)), fc.oneof(fc.double(), fc.integer())),
          fc.array(fc.integer()),
        ),
        participantsCount: fc.oneof(fc.integer(), fc.double()),
        link: fc.oneof(fc.webUrl(), fc.string({ maxLength: 400 })),
        created: fc.double(),
        lastEventTime: fc.oneof(fc.integer(), fc.string()),
      },
      { requiredKeys: [] },
    );
    const anyMessage = fc.record(
      {
        id: fc.oneof(fc.integer(), fc.string({ maxLength: 50 }), fc.double()),
        chatId: fc.oneof(fc.integer(), fc.string()),
        sender: fc.oneof(fc.integer(), fc.double()),
        time: fc.oneof(fc.integer(), fc.double()),
        text: fc.oneof(fc.string(), fc.constant('см. https://max.ru/join/abc_DEF'), fc.integer()),
      },
      { requiredKeys: [] },
    );
    const payload = fc.record(
      {
        chats: fc.oneof(fc.array(anyChat, { maxLength: 5 }), fc.anything()),
        chat: fc.oneof(anyChat, fc.anything()),
        messages: fc.oneof(fc.array(anyMessage, { maxLength: 5 }), fc.anything()),
        message: fc.oneof(anyMessage, fc.anything()),
        chatId: fc.oneof(fc.integer(), fc.anything()),
        contacts: fc.oneof(fc.array(fc.anything(), { maxLength: 3 }), fc.anything()),
        profile: fc.oneof(fc.record({ contact: fc.anything() }), fc.anything()),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(
        opcode,
        fc.constantFrom(0, 1, 2, 3),
        fc.oneof(payload, fc.anything()),
        fc.option(fc.integer()),
        (op, cmd, p, open) => {
          const text = JSON.stringify({ ver: 11, cmd, seq: 1, opcode: op, payload: p });
          const events = readFrame(text, { openChatId: open === null ? undefined : String(open) });
          return events.every((e) => parseBridgeEvent(e) !== null);
        },
      ),
      { numRuns: 500 },
    );
    fc.assert(fc.property(fc.string(), (s) => Array.isArray(readFrame(s))));
    fc.assert(fc.property(fc.json(), (s) => Array.isArray(readFrame(s))));
  });
});

describe('members read from the text', () => {
  const sorted = (m: [string, number][] | undefined) =>
    [...(m ?? [])].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]));
  const key = fc.oneof(
    fc.integer({ min: -1e12, max: 1e13 }).map(String),
    fc.constantFrom('abc', '1e3', '0x10', '', '01', '99999999999999999999'),
  );
  const value = fc.oneof(
    fc.integer({ min: 0, max: 2e12 }),
    fc.double(),
    fc.constant(null),
    fc.string({ maxLength: 3 }),
  );
  const rawChat = fc.record(
    {
      id: fc.integer({ min: -1e12, max: 1e12 }),
      type: fc.constant('CHAT'),
      participants: fc.oneof(fc.dictionary(key, value, { maxKeys: 30 }), fc.constant([1, 2]), fc.constant(null)),
      lastMessage: fc.oneof(fc.constant({ text: '"participants":{"1":2}' }), fc.constant({ participants: { '5': 6 } })),
    },
    { requiredKeys: ['id', 'type'] },
  );
  it('gives the same members as walking the parsed objects', () => {
    fc.assert(
      fc.property(fc.array(rawChat, { maxLength: 8 }), (chats) => {
        const text = JSON.stringify({ ver: 11, cmd: 1, seq: 1, opcode: 53, payload: { chats } });
        const fast = readFrame(text)[0];
        const slow = JSON.parse(text).payload.chats.map((c: unknown) => toBridgeChat(c));
        if (fast?.type !== 'chats') return false;
        return fast.chats.every(
          (c, i) => JSON.stringify(sorted(c.members)) === JSON.stringify(sorted(slow[i]?.members)),
        );
      }),
      { numRuns: 300 },
    );
  });
  it('cuts plain runs out of the text and leaves the others', () => {
    const text =
      '{"chats":[{"id":1,"participants":{"5":10,"6":11}},{"id":2,"participants":{}},{"id":3,"participants":{"a":1}}]}';
    expect(cutParticipants(text)).toEqual({
      text: '{"chats":[{"id":1,"participants":{}},{"id":2,"participants":{}},{"id":3,"participants":{"a":1}}]}',
      members: [
        [
          ['5', 10],
          ['6', 11],
        ],
        [],
        null,
      ],
    });
    expect(cutParticipants('{"chats":[]}')).toBeNull();
  });
  it('reads the frame as sent when the runs do not line up with the chats', () => {
    const chats = [{ id: '1', type: 'CHAT', participants: { '5': 10 }, lastMessage: { participants: { '7': 8 } } }];
    const events = readFrame(JSON.stringify({ ver: 11, cmd: 1, seq: 1, opcode: 53, payload: { chats } }));
    expect(events[0]?.type === 'chats' && events[0].chats[0]?.members).toEqual([['5', 10]]);
  });
});

describe('chatIdFromPath', () => {
  it('reads the open chat from the path', () => {
    expect(chatIdFromPath('/-71128136750354')).toBe('-71128136750354');
    expect(chatIdFromPath('/5123402')).toBe('5123402');
    expect(chatIdFromPath('/5123402/')).toBe('5123402');
    expect(chatIdFromPath('/')).toBeUndefined();
    expect(chatIdFromPath('/settings')).toBeUndefined();
    expect(chatIdFromPath('/12abc')).toBeUndefined();
  });
});
