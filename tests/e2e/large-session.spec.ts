/**
 * A large, busy session — an administrator's account: 10,000 chats and about 200 chat events a minute for two minutes. The page
 * keeps receiving every frame, the sidebar stays right, and the content script's memory stays bounded.
 * Timings are reported (test annotations), never asserted; speed budgets live in `npm run bench`.
 */
import type { MaxChat, MaxFixture } from '../standin/fake-max-server.mjs';
import { expect, loadDemoCollege, readSpies, test } from './fixtures';

const CHATS = 10_000;
const EXTRA_CHATS = CHATS - loadDemoCollege().chats.length;
const EVENTS_PER_MINUTE = 200;
const MINUTES = 2;

function largeCollege(): MaxFixture {
  const college = loadDemoCollege();
  const me = college.me.id;
  const template = college.chats.find((chat) => chat.type === 'CHAT') as MaxChat;
  const extra: MaxChat[] = Array.from({ length: EXTRA_CHATS }, (_, i) => ({
    ...template,
    id: -71_000_000_000 - i,
    title: `Кружок ${i + 1}`,
    owner: 1000101,
    admins: [],
    adminParticipants: {},
    participants: { [String(me)]: college.now - 400 * 86_400_000 + i },
    participantsCount: 1,
    link: undefined,
    lastMessage: null,
    lastEventTime: college.now - 400 * 86_400_000 + i,
    created: college.now - 500 * 86_400_000,
    modified: college.now - 400 * 86_400_000,
  }));
  return { ...college, chats: [...college.chats, ...extra] };
}

test.use({ maxFixture: largeCollege() });
test.setTimeout((MINUTES + 6) * 60_000);

test('10,000 chats and a steady stream of events: every frame reaches the page, the sidebar stays right', async ({
  maxPage,
  maxServer,
}, testInfo) => {
  const status = maxPage.getByTestId('sverka-status');
  await maxPage.getByTestId('sverka-load-all').click();
  const loadStarted = Date.now();
  await expect(status).toContainText('весь список', { timeout: 240_000 });
  const loadAllMs = Date.now() - loadStarted;
  await expect(status).toContainText(`${maxServer.activeChats().length} чат`);

  // The page measures how late its own timers fire while the events come (its responsiveness).
  await maxPage.evaluate(() => {
    const w = window as unknown as { __lag: number[] };
    w.__lag = [];
    let last = performance.now();
    setInterval(() => {
      const now = performance.now();
      w.__lag.push(now - last - 50);
      last = now;
    }, 50);
  });
  const heapBefore = await maxPage.evaluate(
    () => (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0,
  );

  const ids = maxServer.activeChats().map((chat) => chat.id);
  const total = EVENTS_PER_MINUTE * MINUTES;
  let created = 0;
  for (let i = 0; i < total; i++) {
    const id = ids[(i * 7919) % ids.length] as number;
    switch (i % 4) {
      case 0:
        maxServer.postMessage(id, { text: `Сообщение ${i}: https://max.ru/join/LoadTest${i}` });
        break;
      case 1:
        maxServer.renameChat(id, `Кружок (переименован ${i})`);
        break;
      case 2:
        maxServer.addMembers(id, [{ id: 5_000_000 + i }]);
        break;
      default:
        maxServer.createChat({ type: 'CHAT', title: `Новый чат ${i}` });
        created++;
    }
    await maxPage.waitForTimeout(60_000 / EVENTS_PER_MINUTE);
  }

  await expect(status).toContainText(`${maxServer.activeChats().length} чат`);
  expect(maxServer.activeChats().length).toBe(ids.length + created);
  const spies = await readSpies(maxPage);
  expect(spies.receivedOnMessage.length).toBe(maxServer.sent.length);

  const lag = await maxPage.evaluate(() => (window as unknown as { __lag: number[] }).__lag.sort((a, b) => a - b));
  const heapAfter = await maxPage.evaluate(
    () => (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0,
  );
  const mb = (bytes: number) => Math.round(bytes / 1_048_576);
  testInfo.annotations.push({
    type: 'measured',
    description: `${CHATS.toLocaleString('en')} chats, whole list loaded in ${Math.round(loadAllMs / 1000)} s; timer lag median ${Math.round(lag[Math.floor(lag.length / 2)] ?? 0)} ms, p95 ${Math.round(lag[Math.floor(lag.length * 0.95)] ?? 0)} ms; heap ${mb(heapBefore)} → ${mb(heapAfter)} MB`,
  });
  console.log(`[large session] ${testInfo.annotations.at(-1)?.description}`);
  // Bounded: the renderer's heap (page and content scripts share it) does not run away with the events.
  expect(heapAfter).toBeLessThan(Math.max(heapBefore * 3, 150 * 1_048_576));
});
