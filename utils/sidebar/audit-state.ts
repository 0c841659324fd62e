/**
 * The audit, a pure function of the setup and the snapshot; each run that says something is kept by the
 * background, and the sidebar compares with the run kept before this visit.
 */
import { computed, effect, type ReadonlySignal, signal } from '@preact/signals';
import { type AuditResult, audit, toAuditSnapshot } from '@/utils/audit/audit';
import type { AuditRecord } from '@/utils/audit/audit-record';
import { toAuditRecord } from '@/utils/audit/audit-record';
import type { Setup } from '@/utils/audit/setup';
import { type AuditChanges, diffAudits } from '@/utils/audit-view/audit-history';
import { sendMessage } from '@/utils/messaging/protocol';
import type { MaxSnapshot } from '@/utils/snapshot/max-snapshot';
import { throttleLatest } from '@/utils/snapshot/throttle';
import type { Lifetime } from './lifetime';

/** An audit run is sent for keeping at most this often while events change it. */
const AUDIT_RECORD_INTERVAL_MS = 3000;

export interface AuditState {
  readonly auditResult: ReadonlySignal<AuditResult | null>;
  readonly auditChanges: ReadonlySignal<AuditChanges | null>;
}

export function trackAudit(
  snapshot: ReadonlySignal<MaxSnapshot>,
  setup: ReadonlySignal<Setup | null>,
  life: Lifetime,
): AuditState {
  const auditResult = computed(() => {
    const current = setup.value;
    const seen = snapshot.value;
    if (!current?.assignment || (seen.loginAt === undefined && seen.storedAt === undefined)) return null;
    return audit(current.profile, current.assignment, toAuditSnapshot(seen), current.overrides, Date.now());
  });

  const auditChanges = signal<AuditChanges | null>(null);
  let baseline: AuditRecord | null | undefined;
  const recordAudit = throttleLatest((record: AuditRecord) => {
    sendMessage('recordAudit', record)
      .then((previous) => {
        if (baseline === undefined) baseline = previous;
        auditChanges.value = baseline ? diffAudits(baseline, record) : null;
      })
      .catch(() => {});
  }, AUDIT_RECORD_INTERVAL_MS);
  life.onInvalidated(() => recordAudit.cancel());
  life.onInvalidated(
    effect(() => {
      const result = auditResult.value;
      const me = snapshot.value.me;
      // A run on a partial list proves little: keep runs that saw the whole list or left nothing unknown.
      if (result && me && (result.listComplete || result.summary.unknown === 0))
        recordAudit.push(toAuditRecord(result, me.id));
    }),
  );
  return { auditResult, auditChanges };
}
