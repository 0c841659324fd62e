/**
 * MAX ids are decimal strings (see `MaxIdSchema` in utils/max/bridge-events.ts): checked by their form and ordered as
 * strings, never as numbers (they do not fit in one).
 */
import type { MaxId } from '@/utils/max/bridge-events';

const MAX_ID = /^-?\d{1,20}$/;

/** A MAX id as the bridge sends it: a decimal string. Cheap enough for every chat of a large list. */
export function isMaxId(x: unknown): x is MaxId {
  return typeof x === 'string' && MAX_ID.test(x);
}

/** A fixed order of ids for stable output: string order, not numeric order. */
export function compareMaxIds(a: MaxId, b: MaxId): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
