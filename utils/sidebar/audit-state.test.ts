import { signal } from '@preact/signals';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AuditRecord } from '@/utils/audit/audit-record';
import { groupChat } from '@/utils/audit/group-chat.testing';
import type { Setup } from '@/utils/audit/setup';
import type { MaxId } from '@/utils/max/bridge-events';
import { onMessage } from '@/utils/messaging/protocol';
import { DEFAULT_PROFILE } from '@/utils/profile/default-profile';
import { emptySnapshot, type MaxSnapshot, type SnapshotChat } from '@/utils/snapshot/max-snapshot';
import { trackAudit } from './audit-state';

const ME = '1000001';
const setup: Setup = {
  profile: { ...DEFAULT_PROFILE, groups: [{ code: 'ИСП-21', size: 25 }] },
  profileSource: 'default',
  assignment: { roles: [{ role: 'curator', group: 'ИСП-21' }] },
  overrides: [],
};
const chat = (id: MaxId, title: string) => groupChat(id, title, ME);
const seen = (chats: SnapshotChat[], listComplete: boolean): MaxSnapshot => ({
  ...emptySnapshot(),
  me: { id: ME, name: 'Мария Иванова' },
  chats: Object.fromEntries(chats.map((chat) => [chat.id, chat])),
  liveChats: chats.length,
  listComplete,
  loginAt: Date.now(),
});

describe('trackAudit', () => {
  const cleanups: Array<() => void> = [];
  const life = { signal: new AbortController().signal, onInvalidated: (cleanup: () => void) => cleanups.push(cleanup) };
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    for (const cleanup of cleanups.splice(0)) cleanup();
    vi.useRealTimers();
  });

  it('keeps only runs that saw the whole list, and shows what changed since the run before this visit', async () => {
    const kept: AuditRecord[] = [];
    // The last run kept on an earlier visit: the parents' chat was missing.
    let previous: AuditRecord | null = {
      userId: ME,
      at: Date.now() - 86_400_000,
      summary: { total: 3, ok: 1, missing: 2, unknown: 0 },
      requirementStatuses: { 'curator-parents/ИСП-21': 'missing', 'curator-students/ИСП-21': 'ok' },
    };
    cleanups.push(
      onMessage('recordAudit', ({ data }) => {
        kept.push(data);
        const before = previous;
        previous = data;
        return before;
      }),
    );
    const snapshot = signal(seen([], false));
    const { auditResult, auditChanges } = trackAudit(snapshot, signal(setup), life);

    // The first page of the list: everything «unknown», nothing worth keeping.
    expect(auditResult.value?.summary.unknown).toBeGreaterThan(0);
    await vi.advanceTimersByTimeAsync(0);
    expect(kept).toHaveLength(0);

    // The whole list, still without the parents' chat: kept; nothing has changed since the earlier visit.
    snapshot.value = seen([chat('-70000000001', 'ИСП-21 Студенты')], true);
    await vi.advanceTimersByTimeAsync(0);
    expect(kept).toHaveLength(1);
    expect(auditChanges.value).toMatchObject({ appeared: [], disappeared: [] });

    // The parents' chat is created: the next run (a few seconds later) says it appeared since that visit.
    snapshot.value = seen([chat('-70000000001', 'ИСП-21 Студенты'), chat('-70000000002', 'ИСП-21 Родители')], true);
    await vi.advanceTimersByTimeAsync(3000);
    expect(kept).toHaveLength(2);
    expect(kept[1]?.requirementStatuses['curator-parents/ИСП-21']).toBe('ok');
    expect(auditChanges.value?.appeared).toEqual(['curator-parents/ИСП-21']);
  });

  it('has no result until there is an assignment and some chats', () => {
    const snapshot = signal(emptySnapshot());
    const current = signal<Setup | null>({ ...setup, assignment: null });
    const { auditResult } = trackAudit(snapshot, current, life);
    expect(auditResult.value).toBeNull();
    snapshot.value = seen([], true);
    expect(auditResult.value).toBeNull();
    current.value = setup;
    expect(auditResult.value?.findings.length).toBeGreaterThan(0);
  });
});
