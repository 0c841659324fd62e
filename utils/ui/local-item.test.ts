import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { localItem } from './local-item';

describe('localItem', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reads the fallback until set, then the value, stored bare under its key (as earlier versions stored it)', async () => {
    const width = localItem<number>('panelWidth', 380);
    expect(await width.getValue()).toBe(380);
    await fakeBrowser.storage.local.set({ panelWidth: 420 }); // what @wxt-dev/storage wrote for 'local:panelWidth'
    expect(await width.getValue()).toBe(420);
    await width.setValue(500);
    expect(await fakeBrowser.storage.local.get('panelWidth')).toEqual({ panelWidth: 500 });
  });

  it('hears changes made elsewhere until unwatched; a removed value reads as the fallback', async () => {
    const open = localItem<boolean>('sidebarOpen', true);
    const heard: boolean[] = [];
    const unwatch = open.watch((value) => heard.push(value));
    await fakeBrowser.storage.local.set({ sidebarOpen: false });
    await fakeBrowser.storage.local.set({ other: 1 });
    await fakeBrowser.storage.local.remove('sidebarOpen');
    unwatch();
    await fakeBrowser.storage.local.set({ sidebarOpen: false });
    expect(heard).toEqual([false, true]);
  });
});
