/**
 * A member of staff's summary for the administrator, from what Сверка already computed for them: the audit result
 * (requirements, statuses, chosen chats, overrides), the invite links they see, and the stored snapshot (for the
 * chosen chats' titles, member counts and whether the person owns or administers them). Pure: no clock, no browser.
 * Only fields the schema names get in: no message text, no contacts, no other person's name.
 */
import type { AuditResult } from '@/utils/audit/audit';
import { type Assignment, proposePerson } from '@/utils/audit/requirements';
import { localIsoDate } from '@/utils/i18n/dates';
import type { LinkFinding } from '@/utils/links/link-status';
import type { Profile } from '@/utils/profile/profile-schema';
import type { StoredSnapshot } from '@/utils/snapshot/max-snapshot';
import { SUMMARY_FORMAT, SUMMARY_VERSION, type Summary, type SummaryLink } from './summary-schema';

export interface SummaryInput {
  profile: Profile;
  assignment: Assignment;
  snapshot: StoredSnapshot;
  result: AuditResult;
  links: readonly LinkFinding[];
  now: number;
}

/** The person's name as the profile spells it; their MAX name when the profile does not list them. */
export function summaryPersonName(profile: Profile, maxName: string | undefined): string {
  const fromProfile = maxName ? proposePerson(profile, maxName) : null;
  return (fromProfile?.name ?? maxName ?? '').trim();
}

export function buildSummary({ profile, assignment, snapshot, result, links, now }: SummaryInput): Summary {
  const chats = new Map(snapshot.chats.map((chat) => [chat.id, chat]));
  const me = snapshot.userId;
  return {
    format: SUMMARY_FORMAT,
    version: SUMMARY_VERSION,
    organization: profile.organization.name,
    person: { name: summaryPersonName(profile, snapshot.userName) || me, maxUserId: me },
    roles: assignment.roles.map((role) => ({
      role: role.role,
      ...(role.group ? { group: role.group } : {}),
      ...(role.discipline ? { discipline: role.discipline } : {}),
    })),
    createdAt: now,
    dataAt: snapshot.savedAt,
    listComplete: snapshot.listComplete,
    requirements: result.findings.map((finding) => {
      const { requirement } = finding;
      const chat = finding.chatId === undefined ? undefined : chats.get(finding.chatId);
      const title = chat?.title ?? finding.candidates.find((c) => c.chatId === finding.chatId)?.title;
      const notRequired = finding.reasons.find((r) => r.code === 'not-required');
      return {
        id: requirement.id,
        role: requirement.role,
        ...(requirement.group ? { group: requirement.group } : {}),
        ...(requirement.discipline ? { discipline: requirement.discipline } : {}),
        title: requirement.suggestedTitle,
        status: finding.status,
        reasons: [...new Set(finding.reasons.map((r) => r.code))],
        ...(finding.chatId !== undefined && title !== undefined
          ? {
              chat: {
                id: finding.chatId,
                title,
                members: chat?.participantsCount ?? chat?.members?.length ?? 0,
                ownerOrAdmin: chat !== undefined && (chat.owner === me || (chat.admins ?? []).includes(me)),
              },
            }
          : {}),
        ...(finding.notRequired
          ? { notRequired: { reason: notRequired?.code === 'not-required' ? notRequired.params.reason : '' } }
          : {}),
        ...(finding.linkedByHand ? { linkedByHand: true as const } : {}),
      };
    }),
    links: links.map(
      (link): SummaryLink => ({
        url: link.url,
        status: link.status,
        ...(link.ageDays !== undefined ? { ageDays: link.ageDays } : {}),
        ...(link.targetTitle ? { chatTitle: link.targetTitle } : {}),
      }),
    ),
  };
}

/** Characters a file name may not hold on Windows, macOS or Linux, and spaces. */
const NOT_IN_FILE_NAME = /[\\/:*?"<>|\s.]+/g;

/**
 * `sverka-сводка-Иванова-М-П-2026-12-01.json`: the surname, the initials and the local date, in Cyrillic as the
 * profile spells them (people find the file by the name they know).
 */
export function summaryFileName(personName: string, at: number): string {
  const [surname = '', ...rest] = personName.trim().split(/\s+/);
  const initials = rest.map((word) => word.charAt(0).toLocaleUpperCase('ru'));
  const who = [surname, ...initials]
    .map((part) => part.replace(NOT_IN_FILE_NAME, ''))
    .filter(Boolean)
    .join('-');
  return `sverka-сводка-${who ? `${who}-` : ''}${localIsoDate(at)}.json`;
}
