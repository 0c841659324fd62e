import { describe, expect, it } from 'vitest';
import type { Finding } from '../audit/audit';
import type { Requirement } from '../audit/requirements';
import { groupFindings } from './group-findings';

const finding = (id: string, role: Requirement['role'], group?: string): Finding => ({
  requirement: {
    id,
    ruleId: id.split('/')[0] ?? id,
    role,
    per: group ? 'group' : 'person',
    kind: 'students',
    ...(group ? { group } : {}),
    suggestedTitle: id,
    clause: '2.5',
    invite: '',
  },
  status: 'ok',
  candidates: [],
  reasons: [],
});

describe('findings in the sidebar', () => {
  it('by group in first-seen order, curator before teacher, requirements without a group last', () => {
    const grouped = groupFindings([
      finding('teacher-discipline/ИСП-22/Математика', 'teacher', 'ИСП-22'),
      finding('staff-x', 'staff'),
      finding('curator-parents/ИСП-21', 'curator', 'ИСП-21'),
      finding('teacher-discipline/ИСП-21/Математика', 'teacher', 'ИСП-21'),
      finding('curator-students/ИСП-21', 'curator', 'ИСП-21'),
    ]);
    expect(grouped.map((g) => g.group)).toEqual(['ИСП-22', 'ИСП-21', null]);
    expect(grouped[1]?.findings.map((f) => f.requirement.id)).toEqual([
      'curator-parents/ИСП-21',
      'curator-students/ИСП-21',
      'teacher-discipline/ИСП-21/Математика',
    ]);
  });
});
