/**
 * Open MAX tabs learn that the setup changed (profile imported, assignment or override saved)
 * through a storage item the background bumps; they then ask for the setup again.
 */
import { storage } from '#imports';

export const setupVersionItem = storage.defineItem<number>('local:setupVersion', { fallback: 0 });

export async function notifySetupChanged(now: number): Promise<void> {
  await setupVersionItem.setValue(now);
}
