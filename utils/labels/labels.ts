/**
 * The words the sidebar, the director's report and the exports share: a finding's status, a role, the chat a finding
 * chose, what a note is about, a link's status and label, the link decision, dates. One module so that each says the
 * same everywhere (docs/glossary.md). Pure: data and a translator in, text out.
 */
import type { Finding } from '@/utils/audit/audit';
import type { LinkDecision, NoteRecord } from '@/utils/db/database';
import type { Translator } from '@/utils/i18n/translator';
import type { LinkFinding, LinkStatus } from '@/utils/links/link-status';
import type { MaxId } from '@/utils/max/bridge-events';
import type { Role } from '@/utils/profile/profile-schema';

const findingStatusKey = {
  ok: 'statusOk',
  ambiguous: 'statusAmbiguous',
  missing: 'statusMissing',
  incomplete: 'statusIncomplete',
  unknown: 'statusUnknown',
} as const satisfies Record<Finding['status'], string>;

const linkStatusKey = {
  used: 'linkStatusUsed',
  unused: 'linkStatusUnused',
  stale: 'linkStatusStale',
  revoked: 'linkStatusRevoked',
  unknown: 'linkStatusUnknown',
} as const satisfies Record<LinkStatus, string>;

const roleKey = {
  curator: 'roleCurator',
  teacher: 'roleTeacher',
  staff: 'roleStaff',
  admin: 'roleAdmin',
} as const satisfies Record<Role, string>;

/**
 * «есть», «нет чата», …; a requirement marked not required reads «не требуется». For the sidebar's findings and the
 * summaries' requirements alike: `notRequired` present (true, or a summary's reason) means marked not required.
 */
export function findingStatusWord(
  finding: { status: Finding['status']; notRequired?: unknown },
  t: Translator,
): string {
  return finding.notRequired ? t.t('statusNotRequired') : t.t(findingStatusKey[finding.status]);
}

/** The status a report row carries as `data-status` (and the JSON as a code): `not-required` apart from `ok`. */
export function findingStatusCode(finding: Finding): Finding['status'] | 'not-required' {
  return finding.notRequired ? 'not-required' : finding.status;
}

export function roleWord(role: Role, t: Translator): string {
  return t.t(roleKey[role]);
}

/** «устарела», «использована», …: a link status in words. */
export function linkStatusWord(status: LinkStatus, t: Translator): string {
  return t.t(linkStatusKey[status]);
}

/** «устарела · 37 дней»: what the badge beside a link says (in a message and in the sidebar). */
export function linkLabel(finding: LinkFinding, t: Translator): string {
  const status = linkStatusWord(finding.status, t);
  return finding.ageDays === undefined ? status : `${status} · ${t.tn('linkAgeDays', finding.ageDays)}`;
}

/** «отмечена как аннулированная», «оставлена»: the link decision in a row of its own (the sidebar, the report, CSV). */
export function linkDecisionWord(decision: LinkDecision | undefined, t: Translator): string {
  if (decision === 'annulled') return t.t('linkDecidedAnnulled');
  if (decision === 'keep') return t.t('linkDecidedKeep');
  return '';
}

/** «аннулирована», «оставлена»: the link decision after the link, under «Отмечены». */
export function linkDecisionShortWord(decision: LinkDecision, t: Translator): string {
  return decision === 'annulled' ? t.t('annulDecidedAnnulled') : t.t('linkDecidedKeep');
}

/** A chat's title by its id, when known: a map (the report, the export) or a lookup (the sidebar's live chats). */
export type ChatTitles = ReadonlyMap<MaxId, string> | ((chatId: MaxId) => string | undefined);

const titleOf = (chatTitles: ChatTitles | undefined, chatId: MaxId): string | undefined =>
  typeof chatTitles === 'function' ? chatTitles(chatId) : chatTitles?.get(chatId);

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

/** «Общая заметка к сверке»: the subject of the one note on the audit as a whole (and the heading over it). */
export function auditNoteSubject(t: Translator): string {
  return t.t('noteOnAudit');
}

/** What a note is about, in words («К чату «ИСП-21 — родители»»). */
export function noteSubjectLabel(
  note: NoteRecord,
  t: Translator,
  findings: readonly Finding[],
  chatTitles?: ChatTitles,
): string {
  switch (note.subjectType) {
    case 'audit':
      return auditNoteSubject(t);
    case 'requirement': {
      const requirement = findings.find((f) => f.requirement.id === note.subjectKey)?.requirement;
      return t.t('noteOnRequirement', { title: requirement?.suggestedTitle ?? note.subjectKey });
    }
    case 'link':
      return t.t('noteOnLink', { url: note.subjectKey });
    case 'chat':
      return t.t('noteOnChat', { title: titleOf(chatTitles, note.subjectKey) ?? note.subjectKey });
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
