import { describe, expect, it } from 'vitest';
import type { Finding } from '@/utils/audit/audit';
import { requirementsFor } from '@/utils/audit/requirements';
import { DEFAULT_PROFILE } from '@/utils/profile/default-profile';
import { findingSignature } from './finding-signature';

const [requirement] = requirementsFor(
  { ...DEFAULT_PROFILE, groups: [{ code: 'ИСП-21', size: 25 }] },
  { roles: [{ role: 'curator', group: 'ИСП-21' }] },
);
const found = (title: string): Finding['reasons'] => [{ code: 'found', params: { title } }] as Finding['reasons'];
const finding = (over: Partial<Finding> = {}): Finding => ({
  requirement: requirement as Finding['requirement'],
  status: 'ok',
  chatId: '-70000000101',
  candidates: [],
  reasons: found('ИСП-21 Родители'),
  ...over,
});

describe('findingSignature', () => {
  it('is the same for a new finding that shows the same', () => {
    expect(findingSignature(finding())).toBe(findingSignature(finding({ candidates: [] })));
  });

  it('differs when anything the row shows differs', () => {
    const base = findingSignature(finding());
    expect(findingSignature(finding({ status: 'missing' }))).not.toBe(base);
    expect(findingSignature(finding({ chatId: '-70000000102' }))).not.toBe(base);
    expect(findingSignature(finding({ linkedByHand: true }))).not.toBe(base);
    expect(findingSignature(finding({ reasons: found('ИСП-21 Родители 2025') }))).not.toBe(base);
  });
});
