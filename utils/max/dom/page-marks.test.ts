// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CHAT_ID_ATTRIBUTE, CHAT_STATUS_ATTRIBUTE, type ChatBadge } from './chat-badges';
import { initPageMarks, type PageMarksHealth } from './page-marks';

const BADGE = 'data-sverka-chat-badge';
const fixture = (name: string) => readFileSync(join(process.cwd(), 'tests/fixtures/dom', name), 'utf8');
const titleOrder = new Map([
  ['ИСП-21 Родители', ['-101']],
  ['Матем. ИСП-22 📐', ['-102']],
  ['Петров Сергей', ['103']],
]);
const badge: ChatBadge = {
  chatId: '-101',
  title: 'ИСП-21 Родители',
  status: 'ok',
  tooltip: 'Сверка: ИСП-21 — родители (п. 2.5)',
};
const incomplete: ChatBadge = {
  chatId: '-102',
  title: 'Матем. ИСП-22 📐',
  status: 'incomplete',
  tooltip: 'Сверка: ИСП-22 — Математика — неполный: в чате 12 из 25 — пригласите оставшихся',
};

describe('chat badges in MAX’s chat list', () => {
  let controller: AbortController;
  beforeEach(() => {
    vi.useFakeTimers();
    controller = new AbortController();
  });
  afterEach(() => {
    controller.abort();
    vi.useRealTimers();
  });

  const start = (health: PageMarksHealth[], badges = [badge]) =>
    initPageMarks({
      root: document,
      signal: controller.signal,
      hasChats: () => true,
      chatBadges: () => badges,
      titleOrder: () => titleOrder,
      onHealth: (h) => health.push(h),
      graceMs: 1000,
    });

  it('badges the item of a chat that satisfies a requirement, with a tooltip, and only it', async () => {
    document.body.innerHTML = fixture('chat-list.html');
    const health: PageMarksHealth[] = [];
    start(health);
    await vi.advanceTimersByTimeAsync(50);
    const marked = document.querySelectorAll(`[${CHAT_ID_ATTRIBUTE}]`);
    expect(marked).toHaveLength(1);
    expect(marked[0]?.getAttribute(CHAT_ID_ATTRIBUTE)).toBe('-101');
    expect(marked[0]?.getAttribute('title')).toContain('родители');
    expect(marked[0]?.getAttribute(CHAT_STATUS_ATTRIBUTE)).toBe('ok');
    // The ✓ is drawn after the item's title heading, found by Сверка's own attribute (page-marks.content.css).
    expect([...document.querySelectorAll(`[${BADGE}]`)].map((h) => [h.textContent, h.getAttribute(BADGE)])).toEqual([
      ['ИСП-21 Родители', 'ok'],
    ]);
    expect(marked[0]?.querySelector('h3.title')?.getAttribute(BADGE)).toBe('ok');
    expect(health).toEqual(['active']);
  });

  it('tells a fine chat from an incomplete one: the status beside the id, and the reason in the tooltip', async () => {
    document.body.innerHTML = fixture('chat-list.html');
    start([], [badge, incomplete]);
    await vi.advanceTimersByTimeAsync(50);
    const fine = document.querySelector(`[${CHAT_ID_ATTRIBUTE}="-101"]`);
    const partial = document.querySelector(`[${CHAT_ID_ATTRIBUTE}="-102"]`);
    expect(fine?.getAttribute(CHAT_STATUS_ATTRIBUTE)).toBe('ok');
    expect(partial?.getAttribute(CHAT_STATUS_ATTRIBUTE)).toBe('incomplete');
    expect(fine?.querySelector('h3.title')?.getAttribute(BADGE)).toBe('ok');
    expect(partial?.querySelector('h3.title')?.getAttribute(BADGE)).toBe('incomplete');
    expect(partial?.getAttribute('title')).toBe(
      'Сверка: ИСП-22 — Математика — неполный: в чате 12 из 25 — пригласите оставшихся',
    );
  });

  it('follows a chat that turns fine: status and tooltip change on the same item; gone badges leave nothing', async () => {
    document.body.innerHTML = fixture('chat-list.html');
    let badges = [incomplete];
    const control = initPageMarks({
      root: document,
      signal: controller.signal,
      hasChats: () => true,
      chatBadges: () => badges,
      titleOrder: () => titleOrder,
      onHealth: () => {},
    });
    await vi.advanceTimersByTimeAsync(50);
    const item = document.querySelector(`[${CHAT_ID_ATTRIBUTE}="-102"]`);
    expect(item?.getAttribute(CHAT_STATUS_ATTRIBUTE)).toBe('incomplete');

    badges = [{ ...incomplete, status: 'ok', tooltip: 'Сверка: ИСП-22 — Математика' }];
    control.refresh();
    expect(item?.getAttribute(CHAT_STATUS_ATTRIBUTE)).toBe('ok');
    expect(item?.querySelector('h3.title')?.getAttribute(BADGE)).toBe('ok');
    expect(item?.getAttribute('title')).toBe('Сверка: ИСП-22 — Математика');

    badges = [];
    control.refresh();
    expect(item?.hasAttribute(CHAT_ID_ATTRIBUTE)).toBe(false);
    expect(item?.hasAttribute(CHAT_STATUS_ATTRIBUTE)).toBe(false);
    expect(item?.hasAttribute('title')).toBe(false);
    expect(document.querySelectorAll(`[${BADGE}]`)).toHaveLength(0);
  });

  it('re-badges items MAX re-creates while scrolling', async () => {
    document.body.innerHTML = fixture('chat-list.html');
    start([]);
    await vi.advanceTimersByTimeAsync(50);
    const scroller = document.querySelector('.scroller');
    if (!scroller) throw new Error('fixture has a scroller');
    scroller.innerHTML = fixture('chat-list.html'); // the list re-rendered: fresh nodes, no badges
    await vi.advanceTimersByTimeAsync(50);
    expect(document.querySelectorAll(`[${CHAT_ID_ATTRIBUTE}="-101"]`)).toHaveLength(1);
  });

  it('puts the badge back on a title heading MAX re-creates inside an item that kept its attributes', async () => {
    document.body.innerHTML = fixture('chat-list.html');
    start([]);
    await vi.advanceTimersByTimeAsync(50);
    const item = document.querySelector(`[${CHAT_ID_ATTRIBUTE}="-101"]`);
    const content = item?.querySelector('.content');
    if (!content) throw new Error('fixture has an item content');
    content.querySelector('h3.title')?.remove();
    content.insertAdjacentHTML('afterbegin', '<h3 class="title"><span class="text">ИСП-21 Родители</span></h3>');
    await vi.advanceTimersByTimeAsync(50);
    expect(item?.querySelector('h3.title')?.getAttribute(BADGE)).toBe('ok');
  });

  it('switches off quietly and says so when the page has no chat list Сверка recognizes', async () => {
    document.body.innerHTML = '<div class="new-max-design"><div class="row">ИСП-21 Родители</div></div>';
    const health: PageMarksHealth[] = [];
    start(health);
    await vi.advanceTimersByTimeAsync(1500);
    expect(health).toEqual(['unmatched']);
    expect(document.querySelectorAll(`[${CHAT_ID_ATTRIBUTE}]`)).toHaveLength(0);
    expect(document.querySelectorAll(`[${BADGE}]`)).toHaveLength(0);
  });

  it('stops everything when its signal ends', async () => {
    document.body.innerHTML = fixture('chat-list.html');
    start([]);
    controller.abort();
    await vi.advanceTimersByTimeAsync(50);
    expect(document.querySelectorAll(`[${CHAT_ID_ATTRIBUTE}]`)).toHaveLength(0);
  });
});
