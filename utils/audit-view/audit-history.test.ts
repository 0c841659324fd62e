import { describe, expect, it } from 'vitest';
import type { AuditRecord } from '@/utils/audit/audit-record';
import { diffAudits } from './audit-history';

const record = (at: number, statuses: Record<string, string>): AuditRecord => ({
  userId: '1000001',
  at,
  summary: { total: 0, ok: 0, missing: 0, unknown: 0 },
  requirementStatuses: statuses,
});

describe('audit history', () => {
  it('says what appeared and what disappeared; a now-unknown chat has not disappeared', () => {
    const before = record(5, { a: 'ok', b: 'missing', c: 'ok', d: 'incomplete', e: 'unknown' });
    const now = record(9, { a: 'missing', b: 'ok', c: 'unknown', d: 'ok', e: 'ok', f: 'ok' });
    expect(diffAudits(before, now)).toEqual({ since: 5, appeared: ['b', 'e'], disappeared: ['a'] });
  });
});
