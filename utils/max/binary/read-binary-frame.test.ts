import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeFrame } from '@/tests/standin/max-binary.mjs';
import { type BridgeEvent, parseBridgeEvent } from '../bridge-events';
import { IGNORE, NOT_A_FRAME, READ } from '../frames';
import { peekBinaryHead, readBinaryHead } from './binary-frame';
import { lookAtBinaryFrame, readBinaryFrame } from './read-binary-frame';

const RUNS = Number(process.env.FUZZ_RUNS) || 300;
const DIR = join(__dirname, '../../../tests/fixtures/frames-binary');
/** A stored frame: its exact bytes (`.b64`) and, beside it, the decoded form (`.json`). */
const bytesOf = (name: string) => new Uint8Array(Buffer.from(readFileSync(join(DIR, `${name}.b64`), 'utf8'), 'base64'));
const decodedOf = (name: string) => JSON.parse(readFileSync(join(DIR, `${name}.json`), 'utf8'));
const ofType = <T extends BridgeEvent['type']>(events: BridgeEvent[], type: T) =>
  events.filter((e): e is Extract<BridgeEvent, { type: T }> => e.type === type);
const expectValid = (events: BridgeEvent[]) => {
  for (const e of events) expect(parseBridgeEvent(e), JSON.stringify(e).slice(0, 300)).not.toBeNull();
};

describe('the binary header', () => {
  it('reads every stored frame as its decoded form says', () => {
    const names = readdirSync(DIR).filter((n) => n.endsWith('.b64'));
    expect(names.length).toBeGreaterThanOrEqual(8);
    for (const name of names.map((n) => n.slice(0, -4))) {
      const { ver, cmd, seq, opcode, flags } = decodedOf(name);
      const bytes = bytesOf(name);
      expect(readBinaryHead(bytes), name).toEqual({ ver, cmd, seq, opcode, flags, length: bytes.length - 10 });
    }
  });

  it('refuses bytes whose length field does not match', () => {
    const ping = bytesOf('1-ping');
    expect(peekBinaryHead(ping)).toBe(true);
    expect(peekBinaryHead(ping.subarray(0, 9))).toBe(false);
    expect(peekBinaryHead(Uint8Array.of(...ping, 0))).toBe(false);
  });
});

describe('lookAtBinaryFrame', () => {
  it('ignores pings and messages without an invite link, reads the chat list and links', () => {
    expect(lookAtBinaryFrame(bytesOf('1-ping'))).toBe(IGNORE);
    expect(lookAtBinaryFrame(bytesOf('128-notif-message-plain'))).toBe(IGNORE);
    expect(lookAtBinaryFrame(bytesOf('128-notif-message-18-digit-id'))).toBe(READ);
    expect(lookAtBinaryFrame(bytesOf('19-login-2000-chats'))).toBe(READ);
    expect(lookAtBinaryFrame(bytesOf('53-chats-list-last-page'))).toBe(READ);
    expect(lookAtBinaryFrame(bytesOf('135-notif-chat'))).toBe(READ);
    expect(lookAtBinaryFrame(new Uint8Array(3))).toBe(NOT_A_FRAME);
  });

  it('does not read a version it does not know', () => {
    const login = bytesOf('53-chats-list-page').slice();
    login[0] = 11;
    expect(lookAtBinaryFrame(login)).toBe(IGNORE);
    expect(readBinaryFrame(login)).toEqual([]);
  });
});

describe('readBinaryFrame on stored frames', () => {
  it('LOGIN (LZ4, 2,000 chats): every chat with string ids, me, contacts; the list is not complete', () => {
    const decoded = decodedOf('19-login-2000-chats');
    const events = readBinaryFrame(bytesOf('19-login-2000-chats'));
    expectValid(events);
    expect(events.map((e) => e.type)).toEqual(['me', 'contacts', 'chats', 'protocol']);
    expect(ofType(events, 'me')[0]?.me.id).toBe(String(decoded.payload.profile.contact.id));
    const chats = ofType(events, 'chats')[0];
    expect(chats).toMatchObject({ origin: 'login', received: 2000, listEnd: false });
    expect(chats?.chats).toHaveLength(2000);
    const rawFirst = decoded.payload.chats[0];
    const first = chats?.chats[0];
    expect(first?.id).toBe(String(rawFirst.id));
    expect(first?.members?.map(([id]) => id).sort()).toEqual(Object.keys(rawFirst.participants).sort());
    expect(first?.members?.every(([, t]) => typeof t === 'number')).toBe(true);
    const out = JSON.stringify(events);
    expect(out).not.toContain(decoded.payload.chats[0].lastMessage?.text ?? '\u0000');
    expect(out).not.toContain('phone');
  });

  it('a login after a sync carries only what changed and says nothing of the end of the list', () => {
    const events = readBinaryFrame(bytesOf('19-login-after-sync'));
    expect(ofType(events, 'chats')[0]).toMatchObject({ origin: 'login', received: 3, listEnd: false });
  });

  it('CHATS_LIST: a page with a marker is not the end; the last page has no marker and ends the list', () => {
    const page = ofType(readBinaryFrame(bytesOf('53-chats-list-page')), 'chats')[0];
    expect(page).toMatchObject({ origin: 'chats-list', received: 40, listEnd: false });
    const last = ofType(readBinaryFrame(bytesOf('53-chats-list-last-page')), 'chats')[0];
    expect(last).toMatchObject({ origin: 'chats-list', listEnd: true });
    expect(last?.received).toBe(decodedOf('53-chats-list-last-page').payload.chats.length);
  });

  it('NOTIF_MESSAGE: an 18-digit message id survives exactly; never the text', () => {
    const decoded = decodedOf('128-notif-message-18-digit-id');
    const events = readBinaryFrame(bytesOf('128-notif-message-18-digit-id'));
    expectValid(events);
    expect(ofType(events, 'links-seen')[0]?.links).toEqual([
      {
        url: expect.stringMatching(/^https:\/\/max\.ru\/join\//),
        chatId: String(decoded.payload.chatId),
        messageId: decoded.payload.message.id,
        sender: String(decoded.payload.message.sender),
        time: decoded.payload.message.time,
      },
    ]);
    expect(decoded.payload.message.id.length).toBe(18);
    expect(JSON.stringify(events)).not.toContain('вступайте');
    expect(readBinaryFrame(bytesOf('128-notif-message-plain'))).toEqual([]);
  });

  it('NOTIF_CHAT: members keyed by integer user ids', () => {
    const decoded = decodedOf('135-notif-chat');
    const chat = ofType(readBinaryFrame(bytesOf('135-notif-chat')), 'chat-updated')[0]?.chat;
    expect(chat?.id).toBe(String(decoded.payload.chat.id));
    expect(chat?.members?.map(([id]) => id).sort()).toEqual(Object.keys(decoded.payload.chat.participants).sort());
  });
});

describe('readBinaryFrame on frames made here', () => {
  const frame = (opcode: number, payload: unknown, cmd = 1) => encodeFrame({ cmd, seq: 3, opcode, payload });

  it('an empty CHATS_LIST answer ends the list; an answer with marker 0 too', () => {
    expect(ofType(readBinaryFrame(frame(53, { chats: [] })), 'chats')[0]?.listEnd).toBe(true);
    const chats = [{ id: -71128136750354n, type: 'CHAT', status: 'ACTIVE', title: 'ИСП-21' }];
    expect(ofType(readBinaryFrame(frame(53, { chats, marker: 0 })), 'chats')[0]?.listEnd).toBe(true);
    expect(ofType(readBinaryFrame(frame(53, { chats, marker: 1761825600000 })), 'chats')[0]).toMatchObject({
      listEnd: false,
      chats: [{ id: '-71128136750354', title: 'ИСП-21' }],
    });
  });

  it('a link on web.max.ru/join/ is read too', () => {
    const message = { id: 115603872153602001n, time: 1, sender: 5, text: 'https://web.max.ru/join/AbCdEf' };
    const links = ofType(readBinaryFrame(frame(128, { chatId: -7n, message }, 0)), 'links-seen')[0]?.links;
    expect(links?.[0]).toMatchObject({ chatId: '-7', messageId: '115603872153602001' });
  });

  it('says which needed frame it could not read: bad LZ4, bad MessagePack', () => {
    const good = frame(53, { chats: [], marker: 1 });
    const badLz4 = good.slice();
    badLz4[6] = 1; // claims LZ4 over a plain body
    const badPack = Uint8Array.of(10, 1, 0, 3, 0, 53, 0, 0, 0, 1, 0xc1);
    for (const bytes of [badLz4, badPack]) {
      expect(ofType(readBinaryFrame(bytes), 'protocol')[0]).toMatchObject({ status: 'unreadable' });
    }
  });

  it('never throws and yields only valid events, on any bytes behind a valid header', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(19, 48, 49, 53, 55, 128, 135),
        fc.constantFrom(0, 1),
        fc.uint8Array({ maxLength: 300 }),
        fc.nat(5),
        (opcode, cmd, body, flags) => {
          const head = [10, cmd, 0, 1, opcode >> 8, opcode & 255, flags, 0, body.length >> 8, body.length & 255];
          const events = readBinaryFrame(Uint8Array.of(...head, ...body));
          return events.every((e) => parseBridgeEvent(e) !== null);
        },
      ),
      { numRuns: RUNS },
    );
  });
});
