/**
 * Keys read from a file (a backup's rows and `$types` paths, a profile's objects) never reach an object's
 * prototype: paths are walked over own properties only, and the three names that lead to a prototype are refused
 * wherever they appear. Pure; never throws, whatever the value (cycles, depth).
 */

/** `__proto__`, `constructor`, `prototype`: a key path through one of them can reach `Object.prototype`. */
export function isForbiddenKey(key: string): boolean {
  return key === '__proto__' || key === 'constructor' || key === 'prototype';
}

const isObject = (x: unknown): x is object => typeof x === 'object' && x !== null;

/** `a.b[2].c` — the path of a key, for messages. */
export function joinPath(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return path === '' ? key : `${path}.${key}`;
}

/** Calls `visit(node, key, parent)` for every own key of every object or array in `value`; stops when it answers true. */
function walk(
  value: object,
  visit: (key: string, node: object) => boolean,
  onPush?: (child: object, parent: object, key: string) => void,
): boolean {
  const seen = new Set<object>();
  const stack: object[] = [value];
  while (stack.length > 0) {
    const node = stack.pop() as object;
    if (seen.has(node)) continue;
    seen.add(node);
    for (const key of Object.keys(node)) {
      if (visit(key, node)) return true;
      const item: unknown = (node as Record<string, unknown>)[key];
      if (isObject(item)) {
        onPush?.(item, node, key);
        stack.push(item);
      }
    }
  }
  return false;
}

/**
 * The path of the first own key named `__proto__`, `constructor` or `prototype` anywhere in `value` (objects and
 * arrays, any depth, walked without recursion), or null when there is none.
 */
export function forbiddenKeyPath(value: unknown, root = ''): string | null {
  if (!isObject(value) || !walk(value, (key) => isForbiddenKey(key))) return null;
  // Found: walk again, this time remembering where each node hangs, to name the path.
  const parents = new Map<object, [object, string]>();
  let found: [object, string] | null = null;
  walk(
    value,
    (key, node) => {
      if (!isForbiddenKey(key)) return false;
      found = [node, key];
      return true;
    },
    (child, parent, key) => {
      if (child !== value && !parents.has(child)) parents.set(child, [parent, key]);
    },
  );
  if (found === null) return null;
  const [node, key] = found as [object, string];
  const keys: Array<[object, string]> = [[node, key]];
  for (let at = parents.get(node); at !== undefined; at = parents.get(at[0])) keys.unshift(at);
  let path = root;
  for (const [holder, k] of keys) path = joinPath(path, Array.isArray(holder) && /^\d+$/.test(k) ? Number(k) : k);
  return path;
}

/** `holder[key]` when `key` is an own property of `holder` (and not a forbidden name), else undefined. */
export function ownValue(holder: unknown, key: string): unknown {
  if (!isObject(holder) || isForbiddenKey(key) || !Object.hasOwn(holder, key)) return undefined;
  return (holder as Record<string, unknown>)[key];
}
