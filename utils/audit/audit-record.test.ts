import { describe, expect, it } from 'vitest';
import { type AuditRecord, shouldStoreAudit } from './audit-record';

const record = (at: number, statuses: Record<string, string>): AuditRecord => ({
  userId: '1000001',
  at,
  summary: { total: 0, ok: 0, missing: 0, unknown: 0 },
  requirementStatuses: statuses,
});

describe('audit record', () => {
  it('stores a run when a status changed, else at most once a day', () => {
    const first = record(0, { a: 'ok', b: 'missing' });
    expect(shouldStoreAudit(undefined, first)).toBe(true);
    expect(shouldStoreAudit(first, record(1000, { a: 'ok', b: 'missing' }))).toBe(false);
    expect(shouldStoreAudit(first, record(1000, { a: 'ok', b: 'ok' }))).toBe(true);
    expect(shouldStoreAudit(first, record(1000, { a: 'ok', b: 'missing', c: 'ok' }))).toBe(true);
    expect(shouldStoreAudit(first, record(24 * 3600 * 1000, { a: 'ok', b: 'missing' }))).toBe(true);
  });
});
