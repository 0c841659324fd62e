/**
 * Calls `run` at most once per `intervalMs`, always with the latest value: the first call
 * runs at once, later ones within the interval are folded into one trailing run.
 */
export function throttleLatest<T>(
  run: (value: T) => void,
  intervalMs: number,
  timers: { setTimeout: typeof setTimeout; clearTimeout: typeof clearTimeout } = globalThis,
  now: () => number = Date.now,
): { push(value: T): void; cancel(): void } {
  let lastRun = Number.NEGATIVE_INFINITY;
  let pending: { value: T } | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const flush = () => {
    timer = undefined;
    if (!pending) return;
    const { value } = pending;
    pending = undefined;
    lastRun = now();
    run(value);
  };

  return {
    push(value) {
      pending = { value };
      if (timer !== undefined) return;
      const wait = lastRun + intervalMs - now();
      if (wait <= 0) flush();
      else timer = timers.setTimeout(flush, wait);
    },
    cancel() {
      if (timer !== undefined) timers.clearTimeout(timer);
      timer = undefined;
      pending = undefined;
    },
  };
}
