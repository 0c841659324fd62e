/**
 * Open MAX tabs learn that the setup changed (profile imported, assignment or override saved)
 * through a storage item the background bumps; they then ask for the setup again.
 */
import { localItem } from '@/utils/ui/local-item';

export const setupVersionItem = localItem<number>('setupVersion', 0);

export async function notifySetupChanged(now: number): Promise<void> {
  await setupVersionItem.setValue(now);
}
