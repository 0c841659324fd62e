/**
 * Work the user does not wait for (page marks in MAX's page, bookkeeping) runs after
 * the next paint, so the sidebar's first paint after data waits only for the
 * audit and its own render. Calls before the run coalesce into one.
 */
export function afterNextPaint(
  fn: () => void,
  frame: (callback: () => void) => unknown = requestAnimationFrame,
  later: (callback: () => void) => unknown = (callback) => setTimeout(callback, 0),
): () => void {
  let pending = false;
  return () => {
    if (pending) return;
    pending = true;
    // A frame callback runs just before the paint; the task it queues runs after it.
    frame(() =>
      later(() => {
        pending = false;
        fn();
      }),
    );
  };
}
