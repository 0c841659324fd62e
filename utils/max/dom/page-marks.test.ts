// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CHAT_MARK_ATTRIBUTE } from './chat-list-marks';
import { initPageMarks, type PageMarksHealth } from './page-marks';

const fixture = (name: string) => readFileSync(join(process.cwd(), 'tests/fixtures/dom', name), 'utf8');
const titleOrder = new Map([
  ['ИСП-21 Родители', ['-101']],
  ['Матем. ИСП-22 📐', ['-102']],
  ['Петров Сергей', ['103']],
]);
const mark = { chatId: '-101', title: 'ИСП-21 Родители', tooltip: 'Сверка: ИСП-21 — родители (п. 2.5)' };

describe('in-place chat list marks', () => {
  let controller: AbortController;
  beforeEach(() => {
    vi.useFakeTimers();
    controller = new AbortController();
  });
  afterEach(() => {
    controller.abort();
    vi.useRealTimers();
  });

  const start = (health: PageMarksHealth[], marks = [mark]) =>
    initPageMarks({
      root: document,
      signal: controller.signal,
      hasChats: () => true,
      chatMarks: () => marks,
      titleOrder: () => titleOrder,
      onHealth: (h) => health.push(h),
      graceMs: 1000,
    });

  it('marks the item of a chat that satisfies a requirement, with a tooltip, and only it', async () => {
    document.body.innerHTML = fixture('chat-list.html');
    const health: PageMarksHealth[] = [];
    start(health);
    await vi.advanceTimersByTimeAsync(50);
    const marked = document.querySelectorAll(`[${CHAT_MARK_ATTRIBUTE}]`);
    expect(marked).toHaveLength(1);
    expect(marked[0]?.getAttribute(CHAT_MARK_ATTRIBUTE)).toBe('-101');
    expect(marked[0]?.getAttribute('title')).toContain('родители');
    expect(health).toEqual(['active']);
  });

  it('re-marks items MAX re-creates while scrolling', async () => {
    document.body.innerHTML = fixture('chat-list.html');
    start([]);
    await vi.advanceTimersByTimeAsync(50);
    const scroller = document.querySelector('.scroller');
    if (!scroller) throw new Error('fixture has a scroller');
    scroller.innerHTML = fixture('chat-list.html'); // the list re-rendered: fresh nodes, no marks
    await vi.advanceTimersByTimeAsync(50);
    expect(document.querySelectorAll(`[${CHAT_MARK_ATTRIBUTE}="-101"]`)).toHaveLength(1);
  });

  it('switches off quietly and says so when the page has no chat list Сверка recognizes', async () => {
    document.body.innerHTML = '<div class="new-max-design"><div class="row">ИСП-21 Родители</div></div>';
    const health: PageMarksHealth[] = [];
    start(health);
    await vi.advanceTimersByTimeAsync(1500);
    expect(health).toEqual(['unmatched']);
    expect(document.querySelectorAll(`[${CHAT_MARK_ATTRIBUTE}]`)).toHaveLength(0);
  });

  it('stops everything when its signal ends', async () => {
    document.body.innerHTML = fixture('chat-list.html');
    start([]);
    controller.abort();
    await vi.advanceTimersByTimeAsync(50);
    expect(document.querySelectorAll(`[${CHAT_MARK_ATTRIBUTE}]`)).toHaveLength(0);
  });
});
