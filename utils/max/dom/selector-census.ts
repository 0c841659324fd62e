/**
 * For «Что видит Сверка»: how many elements each of MAX web's selectors (selectors.ts) finds in the page now.
 * Counts only: nothing of what the elements say is read.
 */
import * as selectors from './selectors';

/** Every selector's name and how many elements it matches under `root`. */
export function countSelectors(root: ParentNode): [name: string, count: number][] {
  const out: [string, number][] = [];
  for (const [name, selector] of Object.entries(selectors)) {
    if (typeof selector !== 'string' || name.endsWith('_')) continue;
    let count = 0;
    try {
      count = root.querySelectorAll(selector).length;
    } catch {
      count = -1; // a selector the browser refuses: said as such
    }
    out.push([name, count]);
  }
  return out;
}
