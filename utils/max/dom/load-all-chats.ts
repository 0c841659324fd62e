/**
 * «Загрузить все чаты»: MAX web loads the chat list page by page as the user scrolls, so
 * Сверка scrolls MAX's own list to its end and lets the page fetch the pages itself.
 * Сверка sends nothing. The user's scroll position is put back afterwards.
 */
import { findChatListScroller } from './chat-list';

export type LoadAllOutcome = 'done' | 'stopped' | 'no-list' | 'stuck';

export interface LoadAllOptions {
  root: ParentNode;
  isComplete(): boolean;
  knownCount(): number;
  onProgress(known: number): void;
  signal: AbortSignal;
  /** How long to wait between scrolls for MAX to answer. */
  stepMs?: number;
  /** Give up when nothing new arrived for this long. */
  stuckAfterMs?: number;
  wait?: (ms: number) => Promise<void>;
  now?: () => number;
}

const defaultWait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export async function loadAllChats(options: LoadAllOptions): Promise<LoadAllOutcome> {
  const { root, isComplete, knownCount, onProgress, signal } = options;
  const stepMs = options.stepMs ?? 250;
  const stuckAfterMs = options.stuckAfterMs ?? 10_000;
  const wait = options.wait ?? defaultWait;
  const now = options.now ?? Date.now;

  if (isComplete()) return 'done';
  const first = findChatListScroller(root);
  if (!first) return 'no-list';
  const startScrollTop = first.scrollTop;

  let known = knownCount();
  let lastProgressAt = now();
  onProgress(known);
  try {
    while (!isComplete()) {
      if (signal.aborted) return 'stopped';
      // MAX may re-create the list element: look it up again every step.
      const scroller = findChatListScroller(root) ?? first;
      scroller.scrollTop = scroller.scrollHeight;
      scroller.dispatchEvent(new Event('scroll'));
      await wait(stepMs);
      const nowKnown = knownCount();
      if (nowKnown !== known) {
        known = nowKnown;
        lastProgressAt = now();
        onProgress(known);
      } else if (now() - lastProgressAt > stuckAfterMs) {
        return 'stuck';
      }
    }
    return 'done';
  } finally {
    const scroller = findChatListScroller(root);
    if (scroller) scroller.scrollTop = startScrollTop;
  }
}
