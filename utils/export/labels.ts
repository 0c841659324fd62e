/**
 * Words shared by the CSV export and the director's report: a finding's status, a role, the chat a finding
 * chose, what a note is about, dates. Pure: data and a translator in, text out.
 */
import type { Finding } from '../audit/audit';
import type { LinkDecision, NoteRecord } from '../db/database';
import type { Translator } from '../i18n/translator';
import type { MaxId } from '../max/bridge-events';
import type { Role } from '../profile/profile-schema';

const findingStatusKey = {
  ok: 'statusOk',
  ambiguous: 'statusAmbiguous',
  missing: 'statusMissing',
  incomplete: 'statusIncomplete',
  unknown: 'statusUnknown',
} as const satisfies Record<Finding['status'], string>;

const roleKey = {
  curator: 'roleCurator',
  teacher: 'roleTeacher',
  staff: 'roleStaff',
  admin: 'roleAdmin',
} as const satisfies Record<Role, string>;

/** «есть», «нет чата», …; a requirement marked not required reads «не требуется». */
export function findingStatusWord(finding: Finding, t: Translator): string {
  return finding.notRequired ? t.t('statusNotRequired') : t.t(findingStatusKey[finding.status]);
}

/** The status a report row carries as `data-status` (and the JSON as a code): `not-required` apart from `ok`. */
export function findingStatusCode(finding: Finding): Finding['status'] | 'not-required' {
  return finding.notRequired ? 'not-required' : finding.status;
}

export function roleWord(role: Role, t: Translator): string {
  return t.t(roleKey[role]);
}

export function linkDecisionWord(mark: LinkDecision | undefined, t: Translator): string {
  if (mark === 'annulled') return t.t('linkDecidedAnnulled');
  if (mark === 'keep') return t.t('linkDecidedKeep');
  return '';
}

/** The title of the chat a finding chose (or was linked to by hand), when known. */
export function findingChatTitle(finding: Finding, chatTitles?: ReadonlyMap<MaxId, string>): string | undefined {
  const chatId = finding.chatId;
  if (chatId === undefined) return undefined;
  const known = chatTitles?.get(chatId);
  if (known) return known;
  const candidate = finding.candidates.find((c) => c.chatId === chatId);
  if (candidate?.title) return candidate.title;
  for (const reason of finding.reasons)
    if ((reason.code === 'found' || reason.code === 'linked-by-hand') && reason.params.title)
      return reason.params.title;
  return undefined;
}

/** What a note is about, in words («К чату «ИСП-21 — родители»»). */
export function noteSubjectLabel(
  note: NoteRecord,
  t: Translator,
  findings: readonly Finding[],
  chatTitles?: ReadonlyMap<MaxId, string>,
): string {
  switch (note.subjectType) {
    case 'audit':
      return t.t('noteOnAudit');
    case 'requirement': {
      const requirement = findings.find((f) => f.requirement.id === note.subjectKey)?.requirement;
      return t.t('noteOnRequirement', { title: requirement?.suggestedTitle ?? note.subjectKey });
    }
    case 'link':
      return t.t('noteOnLink', { url: note.subjectKey });
    case 'chat':
      return t.t('noteOnChat', { title: chatTitles?.get(note.subjectKey) ?? note.subjectKey });
    default:
      // A subject this version does not know (a newer backup): say what it is rather than hide the note.
      return `${String((note as { subjectType: unknown }).subjectType)}: ${note.subjectKey}`;
  }
}

/** `25.11.2026` (ru) or `25/11/2026` (en): a date Excel and people read. */
export function displayDate(ms: number, lang: Translator['lang']): string {
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'ru-RU', {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  }).format(ms);
}

/** A note's due date `YYYY-MM-DD` as `25.11.2026`; anything else as it is. */
export function displayDue(due: string, lang: Translator['lang']): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(due);
  if (!m) return due;
  return lang === 'en' ? `${m[3]}/${m[2]}/${m[1]}` : `${m[3]}.${m[2]}.${m[1]}`;
}
