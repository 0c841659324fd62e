/**
 * For fuzz tests of what reads files (backup, profile): a good JSON document changed in a few random places —
 * a value replaced, a key added (often one that leads to a prototype: `__proto__`, `constructor`, `prototype`, set
 * as an own key the way JSON.parse makes it), a key deleted, a `$types` mark with a random path, an array item
 * repeated. Random enough to reach every check, close enough to a real file to get past the first one.
 */
import fc from 'fast-check';

/** Property names a hostile file would use, and some that Сверка's own files have. */
const KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'valueOf',
  'hasOwnProperty',
  'length',
  '$types',
  '$',
  '',
  '0',
  'key',
  'value',
  'profile',
  'rules',
  'text',
  'id',
  'chatId',
  'mark',
  'rows',
  'tableName',
] as const;

const key = fc.oneof(fc.constantFrom(...KEYS), fc.string({ maxLength: 8 }));
const FORBIDDEN = ['__proto__', 'constructor', 'prototype'] as const;
/** A `$types` path: segments joined by dots, often through a prototype (`__proto__.toString`). */
const typesPath = fc.oneof(
  { weight: 2, arbitrary: fc.array(key, { minLength: 1, maxLength: 4 }).map((parts) => parts.join('.')) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(
        fc.array(key, { maxLength: 1 }),
        fc.constantFrom(...FORBIDDEN),
        fc.array(key, { minLength: 1, maxLength: 2 }),
      )
      .map(([before, forbidden, after]) => [...before, forbidden, ...after].join('.')),
  },
  // The paths that reach Object.prototype from a record, as a hostile file would write them.
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('__proto__', '__proto__.__proto__'), key).map((p) => p.join('.')) },
);
const typesName = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      'undef',
      'sparseUndefined',
      'nan',
      'infinity',
      'negativeInfinity',
      'date',
      'arrayNonindexKeys',
    ),
  },
  { weight: 1, arbitrary: fc.constantFrom('blob', 'map', 'regexp', '') },
  { weight: 1, arbitrary: fc.string({ maxLength: 6 }) },
);

export type Mutation =
  | { kind: 'set'; at: number; value: unknown }
  | { kind: 'add'; at: number; key: string; value: unknown }
  | { kind: 'delete'; at: number }
  | { kind: 'types'; at: number; path: string; type: string }
  | { kind: 'repeat'; at: number };

const at = fc.nat();
const value = fc.oneof(
  { weight: 3, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
  { weight: 1, arbitrary: fc.constantFrom('nope', 0, -1, 1e308, null, true, [], {}, '9', 'https://max.ru/join/x') },
);

export const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('set' as const), at, value }),
  fc.record({ kind: fc.constant('add' as const), at, key, value }),
  fc.record({ kind: fc.constant('delete' as const), at }),
  fc.record({ kind: fc.constant('types' as const), at, path: typesPath, type: typesName }),
  fc.record({ kind: fc.constant('types' as const), at, path: typesPath, type: typesName }),
  fc.record({ kind: fc.constant('repeat' as const), at }),
);

type Container = Record<string, unknown> | unknown[];
const isContainer = (x: unknown): x is Container => typeof x === 'object' && x !== null;

/** Every object and array in `root` (own properties only), root first; `items`: the objects held by an array. */
function containers(root: Container): { all: Container[]; items: Container[] } {
  const all: Container[] = [];
  const items: Container[] = [];
  const stack: Array<[Container, boolean]> = [[root, false]];
  while (stack.length > 0) {
    const [node, inArray] = stack.pop() as [Container, boolean];
    all.push(node);
    if (inArray && !Array.isArray(node)) items.push(node);
    for (const k of Object.keys(node)) {
      const child = (node as Record<string, unknown>)[k];
      if (isContainer(child)) stack.push([child, Array.isArray(node)]);
    }
  }
  return { all, items };
}

/** An own, enumerable property, even for `__proto__` (as JSON.parse makes it). */
function put(node: Container, k: string, v: unknown) {
  Object.defineProperty(node, k, { value: v, enumerable: true, writable: true, configurable: true });
}

/** `doc` (a JSON text) with the mutations applied, as JSON text again. */
export function mutateJson(doc: string, mutations: readonly Mutation[]): string {
  const root = JSON.parse(doc) as Container;
  for (const m of mutations) {
    const found = containers(root);
    // `$types` marks go on records (objects in a list: a backup's rows), where a reader looks for them.
    const nodes = m.kind === 'types' && found.items.length > 0 ? found.items : found.all;
    const node = nodes[m.at % nodes.length] as Container;
    const keys = Object.keys(node);
    const pick = keys.length > 0 ? (keys[Math.floor(m.at / nodes.length) % keys.length] as string) : undefined;
    switch (m.kind) {
      case 'set':
        if (pick !== undefined) put(node, pick, structuredClone(m.value));
        break;
      case 'add':
        if (Array.isArray(node)) node.push(structuredClone(m.value));
        else put(node, m.key, structuredClone(m.value));
        break;
      case 'delete':
        if (pick !== undefined) {
          if (Array.isArray(node)) node.splice(Number(pick), 1);
          else delete (node as Record<string, unknown>)[pick];
        }
        break;
      case 'types':
        if (!Array.isArray(node)) {
          const types = Object.hasOwn(node, '$types') && isContainer(node.$types) ? node.$types : {};
          put(types as Container, m.path, m.type);
          put(node, '$types', types);
        }
        break;
      case 'repeat':
        if (Array.isArray(node) && node.length > 0) node.push(structuredClone(node[m.at % node.length]));
        break;
    }
  }
  return JSON.stringify(root);
}

/** Remembers Object.prototype and Array.prototype as they are; `changed` names what changed since, if anything. */
export function prototypeWatch() {
  const protos = [
    ['Object.prototype', Object.prototype],
    ['Array.prototype', Array.prototype],
    ['Function.prototype', Function.prototype],
    ['String.prototype', String.prototype],
  ] as const;
  const saved = protos.map(([, proto]) => Object.getOwnPropertyDescriptors(proto));
  const parts = ['value', 'get', 'set', 'writable', 'enumerable', 'configurable'] as const;
  return {
    changed(): string | null {
      if (String({}) !== '[object Object]') return 'String({})';
      for (let i = 0; i < protos.length; i++) {
        const [name, proto] = protos[i] as (typeof protos)[number];
        const was = saved[i] as Record<string | symbol, PropertyDescriptor>;
        const now = Object.getOwnPropertyDescriptors(proto) as Record<string | symbol, PropertyDescriptor>;
        if (Object.getPrototypeOf(proto) !== (i === 0 ? null : Object.prototype)) return `${name}'s prototype`;
        const keys = new Set([...Reflect.ownKeys(was), ...Reflect.ownKeys(now)]);
        for (const k of keys) {
          const [a, b] = [now[k], was[k]];
          if (!a || !b || parts.some((part) => !Object.is(a[part], b[part]))) return `${name}.${String(k)}`;
        }
      }
      return null;
    },
    /** Puts everything back (so one failure does not break every later test). */
    restore() {
      protos.forEach(([, proto], i) => {
        const was = saved[i] as PropertyDescriptorMap;
        for (const k of Reflect.ownKeys(proto)) if (!(k in was)) delete (proto as Record<string | symbol, unknown>)[k];
        Object.defineProperties(proto, was);
      });
    },
  };
}
