import { describe, expect, it } from 'vitest';
import { attentionCount, incompleteCauses, isProblem } from './attention';

import { result } from './demo-audit.testing';

const byId = (id: string) => {
  const found = result.findings.find((f) => f.requirement.id === id);
  if (!found) throw new Error(id);
  return found;
};

describe('what needs action', () => {
  it('counts missing, incomplete and ambiguous for the toggle tab; unknown and fine are not', () => {
    expect(result.summary).toMatchObject({ ok: 1, missing: 1, incomplete: 2 });
    expect(attentionCount(result.summary)).toBe(3);
    expect(attentionCount({ ...result.summary, ok: 0, missing: 0, incomplete: 0, ambiguous: 2, unknown: 5 })).toBe(2);
    expect(attentionCount({ ...result.summary, missing: 0, incomplete: 0, ambiguous: 0, unknown: 4 })).toBe(0);
  });

  it('a problem is anything but fine', () => {
    expect(result.findings.filter(isProblem).map((f) => f.status)).not.toContain('ok');
    expect(isProblem(byId('curator-students/ИСП-22'))).toBe(false);
  });

  it('an incomplete finding names its causes, each saying what to do', () => {
    const ru = (id: string) => incompleteCauses(byId(id)).map((r) => r.code);
    expect(ru('teacher-discipline/ИСП-22/Математика')).toEqual(['few-members']);
    expect(ru('curator-teachers/ИСП-22')).toEqual(['not-owner-or-admin']);
    expect(ru('curator-students/ИСП-22')).toEqual([]);
  });
});
