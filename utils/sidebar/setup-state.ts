/** The setup (profile, assignment, overrides) from the background, fetched again whenever another page changes it. */
import { type Signal, signal } from '@preact/signals';
import type { Setup } from '@/utils/audit/setup';
import { sendMessage } from '@/utils/messaging/protocol';
import { setupVersionItem } from '@/utils/messaging/setup-changes';
import type { Lifetime } from './lifetime';

export interface SetupState {
  readonly setup: Signal<Setup | null>;
  refresh(): Promise<void>;
}

export function watchSetup(life: Lifetime): SetupState {
  const setup = signal<Setup | null>(null);
  const refresh = () =>
    sendMessage('getSetup', undefined)
      .then((value) => {
        setup.value = value;
      })
      .catch(() => {});
  void refresh();
  life.onInvalidated(setupVersionItem.watch(() => void refresh()));
  return { setup, refresh };
}
