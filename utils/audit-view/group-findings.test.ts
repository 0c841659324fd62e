import { describe, expect, it } from 'vitest';
import type { Finding, FindingStatus } from '@/utils/audit/audit';
import type { Requirement } from '@/utils/audit/requirements';
import { groupFindings } from './group-findings';

const finding = (id: string, role: Requirement['role'], group?: string, status: FindingStatus = 'ok'): Finding => ({
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
  status,
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

  it('problems first: within a group, missing, incomplete, ambiguous, unknown, then fine', () => {
    const findings = [
      finding('curator-students/ИСП-21', 'curator', 'ИСП-21', 'ok'),
      finding('curator-parents/ИСП-21', 'curator', 'ИСП-21', 'unknown'),
      finding('curator-teachers/ИСП-21', 'curator', 'ИСП-21', 'ambiguous'),
      finding('teacher-discipline/ИСП-21/Математика', 'teacher', 'ИСП-21', 'incomplete'),
      finding('teacher-discipline/ИСП-21/Физика', 'teacher', 'ИСП-21', 'missing'),
      finding('teacher-discipline/ИСП-21/Химия', 'teacher', 'ИСП-21', 'ok'),
      finding('curator-students/ИСП-22', 'curator', 'ИСП-22', 'ok'),
      finding('curator-parents/ИСП-22', 'curator', 'ИСП-22', 'missing'),
    ];
    const grouped = groupFindings(findings, { problemsFirst: true });
    expect(grouped.map((g) => g.group)).toEqual(['ИСП-21', 'ИСП-22']);
    expect(grouped[0]?.findings.map((f) => f.status)).toEqual([
      'missing',
      'incomplete',
      'ambiguous',
      'unknown',
      'ok',
      'ok',
    ]);
    // Equal statuses keep the role order: curator before teacher.
    expect(grouped[0]?.findings.slice(4).map((f) => f.requirement.id)).toEqual([
      'curator-students/ИСП-21',
      'teacher-discipline/ИСП-21/Химия',
    ]);
    expect(grouped[1]?.findings.map((f) => f.requirement.id)).toEqual([
      'curator-parents/ИСП-22',
      'curator-students/ИСП-22',
    ]);
    // The director's report keeps the plain order (role, then id).
    expect(groupFindings(findings)[0]?.findings.map((f) => f.requirement.id)).toEqual([
      'curator-parents/ИСП-21',
      'curator-students/ИСП-21',
      'curator-teachers/ИСП-21',
      'teacher-discipline/ИСП-21/Математика',
      'teacher-discipline/ИСП-21/Физика',
      'teacher-discipline/ИСП-21/Химия',
    ]);
  });
});
