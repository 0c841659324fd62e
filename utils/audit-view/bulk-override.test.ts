import { describe, expect, it } from 'vitest';
import { audit } from '@/utils/audit/audit';
import { groupChat } from '@/utils/audit/group-chat.testing';
import { DEFAULT_PROFILE } from '@/utils/profile/default-profile';
import { bulkCandidates, notRequiredOverrides } from './bulk-override';

const ME = '1000001';
const NOW = Date.UTC(2025, 10, 24, 9);
const assignment = { roles: [{ role: 'curator' as const, group: 'ИСП-21' }] };
const snapshot = { chats: [groupChat('-70000000001', 'ИСП-21 Студенты', ME)], me: { id: ME }, listComplete: true };
const STUDENTS = 'curator-students/ИСП-21';
const PARENTS = 'curator-parents/ИСП-21';
const TEACHERS = 'curator-teachers/ИСП-21';

describe('«не требуется» for several requirements at once', () => {
  it('offers only the rows still needing something and not overridden already', () => {
    const overrides = [{ requirementId: TEACHERS, chatId: '-70000000001', createdAt: NOW }];
    const findings = audit(DEFAULT_PROFILE, assignment, snapshot, overrides, NOW).findings;
    expect(bulkCandidates(findings).map((finding) => finding.requirement.id)).toEqual([PARENTS]);
    const none = audit(DEFAULT_PROFILE, assignment, snapshot, [], NOW).findings;
    expect(bulkCandidates(none).map((finding) => finding.requirement.id)).toEqual([PARENTS, TEACHERS]);
  });

  it('one reason, one record per chosen candidate — as a single «не требуется» stores — which the audit honours', () => {
    const candidates = bulkCandidates(audit(DEFAULT_PROFILE, assignment, snapshot, [], NOW).findings);
    const chosen = new Set([TEACHERS, PARENTS, STUDENTS]);
    const records = notRequiredOverrides(candidates, chosen, '  Группа на практике  ', NOW);
    expect(records).toEqual([
      { requirementId: PARENTS, notRequiredReason: 'Группа на практике', createdAt: NOW },
      { requirementId: TEACHERS, notRequiredReason: 'Группа на практике', createdAt: NOW },
    ]);
    const after = audit(DEFAULT_PROFILE, assignment, snapshot, records ?? [], NOW);
    expect(after.findings.filter((finding) => finding.notRequired).map((f) => f.requirement.id)).toEqual([
      PARENTS,
      TEACHERS,
    ]);
    expect(bulkCandidates(after.findings)).toEqual([]);
  });

  it('nothing to store without a reason or a choice', () => {
    const candidates = bulkCandidates(audit(DEFAULT_PROFILE, assignment, snapshot, [], NOW).findings);
    expect(notRequiredOverrides(candidates, new Set([PARENTS]), '   ', NOW)).toBeNull();
    expect(notRequiredOverrides(candidates, new Set(), 'на практике', NOW)).toBeNull();
  });
});
