/**
 * One value in the extension's `storage.local`, under its own key, with a fallback when unset: what the sidebar
 * remembers (open, width, «Только проблемы»…) and the setup's change counter. Written here rather than taken from
 * @wxt-dev/storage, which costs the content script ~2.5 KB gzip of features it does not use (versions, metadata,
 * other areas); the stored form is the same (the bare value under the same key), so nothing stored is lost.
 */
import { browser } from '#imports';

export interface LocalItem<T> {
  getValue(): Promise<T>;
  setValue(value: T): Promise<void>;
  /** Calls back with the new value when any page of the extension changes it; returns the unwatch. */
  watch(callback: (value: T) => void): () => void;
}

export function localItem<T>(key: string, fallback: T): LocalItem<T> {
  const orFallback = (value: unknown) => (value === undefined || value === null ? fallback : (value as T));
  return {
    async getValue() {
      const stored = await browser.storage.local.get(key);
      return orFallback(stored[key]);
    },
    async setValue(value) {
      await browser.storage.local.set({ [key]: value });
    },
    watch(callback) {
      const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
        const change = changes[key];
        if (area === 'local' && change) callback(orFallback(change.newValue));
      };
      browser.storage.onChanged.addListener(listener);
      return () => browser.storage.onChanged.removeListener(listener);
    },
  };
}
