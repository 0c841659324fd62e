import type { SnapshotStatus } from '@/utils/snapshot/snapshot-status';

/** Where the data came from, how many chats, whether that is all, how fresh. */
export function StatusLine({ status }: { status: SnapshotStatus }) {
  return (
    <p class={`status status--${status.tone}`} data-testid="sverka-status" data-tone={status.tone} role="status">
      {status.text}
    </p>
  );
}
