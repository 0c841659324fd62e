import type { Lifetime } from './lifetime';

/** A content script's lifetime for tests: `stop()` does what the page's unload or an extension update would. */
export function testLifetime(): Lifetime & { stop(): void } {
  const controller = new AbortController();
  const cleanups: Array<() => void> = [];
  return {
    signal: controller.signal,
    onInvalidated: (cleanup) => cleanups.push(cleanup),
    stop: () => {
      controller.abort();
      for (const cleanup of cleanups) cleanup();
    },
  };
}
