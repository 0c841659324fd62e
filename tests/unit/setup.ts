// Dexie needs an IndexedDB; WXT's fake browser stands in for the extension APIs.
import 'fake-indexeddb/auto';
import { beforeEach, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';

/**
 * @webext-core/messaging talks to `chrome.runtime` in Chrome's callback style
 * (sendMessage(message, callback); listeners answer through sendResponse and
 * return true). WXT's fake browser is promise-style, so `chrome.runtime`'s
 * messaging is replaced here by a small in-memory one with Chrome's semantics;
 * everything else stays WXT's fake.
 */
type Listener = (
  message: unknown,
  sender: { id: string; url: string },
  sendResponse: (response: unknown) => void,
) => boolean | undefined;
const listeners = new Set<Listener>();
const chromeRuntimeMessaging = {
  lastError: undefined,
  onMessage: {
    addListener: (listener: Listener) => listeners.add(listener),
    removeListener: (listener: Listener) => listeners.delete(listener),
    hasListener: (listener: Listener) => listeners.has(listener),
  },
  sendMessage(message: unknown, callback?: (response: unknown) => void) {
    let answered = false;
    let pending = false;
    const respond = (response: unknown) => {
      if (answered) return;
      answered = true;
      queueMicrotask(() => callback?.(response));
    };
    // Structured clone, as a real message crossing contexts would be. The sender is the extension's own options
    // page, which may ask anything (utils/messaging/sender-guard.ts; its test sends as other senders).
    const sender = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/options.html') };
    for (const listener of listeners) if (listener(structuredClone(message), sender, respond) === true) pending = true;
    if (!pending) respond(undefined);
  },
};
const runtime = new Proxy(fakeBrowser.runtime, {
  get: (target, key) =>
    key in chromeRuntimeMessaging ? Reflect.get(chromeRuntimeMessaging, key) : Reflect.get(target, key),
});
const chromeLike = new Proxy(fakeBrowser, {
  get: (target, key) => (key === 'runtime' ? runtime : Reflect.get(target, key)),
});

beforeEach(() => {
  // In beforeEach, since WXT's own setup file (which stubs `chrome` with its fake) may run after this one.
  vi.stubGlobal('chrome', chromeLike);
  fakeBrowser.reset();
  listeners.clear();
});
