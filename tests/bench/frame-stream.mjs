// @ts-check
// The frames a busy MAX session pushes over a few seconds, shared by the benches that compare the page with and
// without Сверка: tests/bench/bridge.bench.ts (Vitest, a parse-only page handler) and scripts/bench-browser.mjs
// (Chromium, the stand-in MAX web). Frame shapes as in utils/max/PROTOCOL.md.

/**
 * A few seconds of a busy session as MAX's server pushes it, on chats the page knows: half PINGs, typing and
 * presence pushes, new messages (NOTIF_MESSAGE, some with an invite link) and chat updates (NOTIF_CHAT).
 * @param {Array<Record<string, any>>} chats the chats the page got at login
 */
export function frameStream(chats) {
  const frames = [];
  for (let i = 0; i < 200; i++) {
    const seq = 5000 + i;
    const chat = chats[i % chats.length] ?? {};
    if (i % 2 === 0) frames.push(`{"ver":11,"cmd":1,"seq":${seq},"opcode":1,"payload":null}`);
    else if (i % 5 === 1)
      frames.push(`{"ver":11,"cmd":0,"seq":${seq},"opcode":129,"payload":{"chatId":${chat.id},"userId":6000001}}`);
    else if (i % 5 === 3)
      frames.push(
        `{"ver":11,"cmd":0,"seq":${seq},"opcode":132,"payload":{"userId":${6000000 + i},"presence":{"seen":1731000000,"on":"ON"}}}`,
      );
    else if (i % 10 === 9)
      frames.push(
        JSON.stringify({
          ver: 11,
          cmd: 0,
          seq,
          opcode: 135,
          payload: { chat: { ...chat, modified: chat.modified + i } },
        }),
      );
    else
      frames.push(
        JSON.stringify({
          ver: 11,
          cmd: 0,
          seq,
          opcode: 128,
          payload: {
            chatId: chat.id,
            unread: 1,
            message: {
              id: String(115000000000001000 + i),
              time: (chat.lastEventTime ?? 0) + 1,
              sender: 6000000 + i,
              type: 'USER',
              text: i % 3 ? 'Спасибо, получили задание' : 'Вступайте в чат группы: https://max.ru/join/Abc123_def',
              elements: [],
              attaches: [],
            },
          },
        }),
      );
  }
  return frames;
}
