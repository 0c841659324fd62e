// Test spies of the stand-in MAX web. Inlined at the top of <head> by FakeMaxServer (and also installed as an init
// script, so it is in place before any extension script at document_start too; the second install is a no-op).
// Records what the page's own socket handlers received and every read of web storage and cookies, with a stack,
// so a test can look for reads whose stack contains `chrome-extension://`.
(() => {
  if (location.origin !== 'https://web.max.ru' || window.__standin) return;
  const spy = {
    /** The `event.data` the page's `socket.onmessage` got, in order (same array as receivedOnMessage). */
    received: /** @type {unknown[]} */ ([]),
    receivedOnMessage: /** @type {unknown[]} */ ([]),
    /** The `event.data` the page's `addEventListener('message')` listener got, in order. */
    receivedListener: /** @type {unknown[]} */ ([]),
    /** {what: 'getItem'|'key'|'property'|'keys'|'localStorage'|'sessionStorage'|'cookie', key, stack} */
    storageReads: /** @type {Array<{what: string, key: unknown, stack: string | undefined}>} */ ([]),
    socketsOpened: 0,
    /** How many LOGIN answers the page has rendered. */
    loginsRendered: 0,
    /** The list's length (ACTIVE chats) after each LOGIN / CHATS_LIST answer rendered: {after, chats, ended}. */
    listSizes: /** @type {Array<{after: 'login' | 'chats-list', chats: number, ended: boolean}>} */ ([]),
  };
  spy.received = spy.receivedOnMessage;
  Object.defineProperty(window, '__standin', { value: spy, configurable: false, enumerable: false, writable: false });
  const record = (what, key) => {
    spy.storageReads.push({ what, key, stack: new Error().stack });
  };

  const proto = Storage.prototype;
  const getItem = proto.getItem;
  const key = proto.key;
  proto.getItem = function getItem_(k) {
    record('getItem', String(k));
    return getItem.call(this, k);
  };
  proto.key = function key_(i) {
    record('key', i);
    return key.call(this, i);
  };

  const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
  if (cookie?.get) {
    Object.defineProperty(Document.prototype, 'cookie', {
      configurable: true,
      enumerable: cookie.enumerable,
      get() {
        record('cookie', null);
        return cookie.get?.call(this);
      },
      set: cookie.set,
    });
  }

  // `localStorage.__oneme_auth` is a property read, not a getItem call: hand out a Proxy that records those.
  for (const name of ['localStorage', 'sessionStorage']) {
    const desc = Object.getOwnPropertyDescriptor(window, name);
    if (!desc?.get || !desc.configurable) continue;
    /** @type {Storage | undefined} */ let proxy;
    Object.defineProperty(window, name, {
      configurable: true,
      enumerable: desc.enumerable,
      get() {
        record(name, null);
        const storage = desc.get?.call(window);
        proxy ??= new Proxy(storage, {
          get(target, prop) {
            if (typeof prop === 'string' && !(prop in proto)) record('property', prop);
            const value = Reflect.get(target, prop, target);
            return typeof value === 'function' ? value.bind(target) : value;
          },
          set: (target, prop, value) => Reflect.set(target, prop, value, target),
          has(target, prop) {
            if (typeof prop === 'string' && !(prop in proto)) record('property', prop);
            return Reflect.has(target, prop);
          },
          ownKeys(target) {
            record('keys', null);
            return Reflect.ownKeys(target);
          },
          getOwnPropertyDescriptor(target, prop) {
            if (typeof prop === 'string') record('property', prop);
            return Reflect.getOwnPropertyDescriptor(target, prop);
          },
        });
        return proxy;
      },
    });
  }
})();
