/**
 * Long lists render a screenful first and the rest a few rows a frame: the first
 * paint after data waits only for what the user can see (docs/budgets.md:
 * sidebar first paint after data ≤ 100 ms; a requirement row costs about a
 * millisecond to create from a content script's isolated world).
 */
import { useEffect, useState } from 'preact/hooks';

/** Rows in the first paint: more than fit above the fold (a row is 130–300 px tall; the summary comes first). */
export const FIRST_ROWS = 6;
/** Rows added per frame after that, each step a short task (≈ 10–15 ms). */
export const ROWS_PER_FRAME = 12;

/** How many rows to show after `shown`, growing by `step` towards `total`. */
export function nextShownCount(shown: number, total: number, step: number): number {
  if (shown >= total) return shown;
  return Math.min(total, shown + Math.max(1, step));
}

/**
 * The number of a list's `total` items to render now. Starts at `first` and
 * grows after each paint (Preact runs effects after the browser has painted)
 * until all are shown; a longer list later grows the same way, a shorter one
 * shows at once.
 */
export function useShownCount(total: number, first = FIRST_ROWS, step = ROWS_PER_FRAME): number {
  const [shown, setShown] = useState(() => Math.min(total, first));
  useEffect(() => {
    if (shown < total) setShown(nextShownCount(shown, total, step));
  }, [shown, total, step]);
  return Math.min(shown, total);
}
