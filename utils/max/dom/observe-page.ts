/**
 * One MutationObserver for all in-place marks, batched to animation frames: MAX re-renders
 * and virtualizes its lists, so marks are re-applied after each batch of changes, once per frame.
 */
export function observePage(
  root: Node,
  signal: AbortSignal,
  onBatch: () => void,
  frame: (callback: () => void) => unknown = requestAnimationFrame,
): void {
  let scheduled = false;
  const run = () => {
    scheduled = false;
    if (signal.aborted) return;
    try {
      onBatch();
    } catch {
      // A mark that fails must never break MAX's page; the next batch tries again.
    }
  };
  const schedule = () => {
    if (scheduled || signal.aborted) return;
    scheduled = true;
    frame(run);
  };
  const observer = new MutationObserver(schedule);
  observer.observe(root, { childList: true, subtree: true, characterData: true });
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
  schedule();
}
