/**
 * The audit, invite links and notes as a file: CSV for Excel (UTF-8 with BOM, `;`, CRLF, formulas escaped) and
 * JSON for machines (codes, not words). Pure: data in, bytes or text out; no DOM, no clock.
 *
 * CSV: one header row, then one row per requirement finding, per invite link and per note; the first column
 * («Раздел») says which. Words come from the i18n messages in the export's language (Russian first). Titles come
 * from MAX chats that other people name, so every cell starting with = + - @, a tab or a carriage return is prefixed
 * with ' (papaparse's `escapeFormulae`, with a pattern of our own: papaparse's default, /^[=+\-@\t\r].*$/, misses
 * a cell with a line break after the formula): Excel shows it as text and never runs it.
 */
import Papa from 'papaparse';
import type { AuditResult, AuditSummary, Finding } from '@/utils/audit/audit';
import type { Reason } from '@/utils/audit/reason-text';
import { describeReason } from '@/utils/audit/reason-text';
import { linkExplanation } from '@/utils/audit-view/link-view';
import type { LinkDecision, NoteRecord, NoteSubject } from '@/utils/db/database';
import { localIsoDate } from '@/utils/i18n/dates';
import { reportText } from '@/utils/i18n/report-messages';
import { createTranslator, type Lang } from '@/utils/i18n/translator';
import {
  displayDate,
  displayDue,
  findingChatTitle,
  findingStatusCode,
  findingStatusWord,
  linkDecisionWord,
  linkStatusWord,
  noteSubjectLabel,
  roleWord,
} from '@/utils/labels/labels';
import { sortForAdministrator } from '@/utils/links/annul-order';
import type { LinkEvidence } from '@/utils/links/link-evidence-text';
import type { LinkFinding, LinkPlace, LinkStatus } from '@/utils/links/link-status';
import type { MaxId } from '@/utils/max/bridge-events';
import type { Role } from '@/utils/profile/profile-schema';

export const EXPORT_FORMAT = 'sverka-export';
export const EXPORT_VERSION = 1;

export interface ExportInput {
  organization: string;
  userName?: string;
  /** When the export is made (ms). */
  at: number;
  /** The audit; null when there is none (no assignment or no MAX data yet). */
  result: AuditResult | null;
  links: readonly LinkFinding[];
  /** The link decisions, by normalized URL. */
  linkDecisions: ReadonlyMap<string, LinkDecision | undefined>;
  notes: readonly NoteRecord[];
  lang: Lang;
  /** Chat id → title (from the snapshot), for the chat column and notes on chats. */
  chatTitles?: ReadonlyMap<MaxId, string>;
}

export interface ExportJson {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  organization: string;
  user: string | null;
  /** ISO 8601. */
  exportedAt: string;
  audit: { at: string; listComplete: boolean; dataProblem?: string; summary: AuditSummary } | null;
  requirements: Array<{
    id: string;
    role: Role;
    group?: string;
    discipline?: string;
    kind: string;
    title: string;
    clause: string;
    status: Finding['status'] | 'not-required';
    linkedByHand?: true;
    chatId?: MaxId;
    chatTitle?: string;
    reasons: Reason[];
  }>;
  links: Array<{
    url: string;
    status: LinkStatus;
    targetChatId?: MaxId;
    targetTitle?: string;
    postedAt?: string;
    ageDays?: number;
    /** How much the target chat grew since Сверка first saw the link (LinkFinding.grewBy). */
    grewBy?: number;
    /** The link decision, under the name the JSON export has always given it. */
    mark?: LinkDecision;
    places: LinkPlace[];
    evidence: LinkEvidence[];
  }>;
  notes: Array<{
    id?: number;
    subjectType: NoteSubject;
    subjectKey: string;
    text: string;
    due?: string;
    done: boolean;
    createdAt: string;
    updatedAt: string;
  }>;
}

const iso = (ms: number) => new Date(ms).toISOString();

/** Open notes with a due date first (soonest first), then open ones (newest first), then done ones. */
export function sortNotesForReport(notes: readonly NoteRecord[]): NoteRecord[] {
  const rank = (n: NoteRecord) => (n.done ? 2 : n.due ? 0 : 1);
  return [...notes].sort(
    (a, b) =>
      rank(a) - rank(b) ||
      (rank(a) === 0 ? (a.due as string).localeCompare(b.due as string) : 0) ||
      b.updatedAt - a.updatedAt ||
      (a.id ?? 0) - (b.id ?? 0),
  );
}

/** The export as a JSON document (codes, not words). */
export function buildExportJson(input: ExportInput): ExportJson {
  const findings = input.result?.findings ?? [];
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    organization: input.organization,
    user: input.userName ?? null,
    exportedAt: iso(input.at),
    audit: input.result
      ? {
          at: iso(input.result.at),
          listComplete: input.result.listComplete,
          ...(input.result.dataProblem !== undefined ? { dataProblem: input.result.dataProblem } : {}),
          summary: input.result.summary,
        }
      : null,
    requirements: findings.map((f) => {
      const r = f.requirement;
      const chatTitle = findingChatTitle(f, input.chatTitles);
      return {
        id: r.id,
        role: r.role,
        ...(r.group !== undefined ? { group: r.group } : {}),
        ...(r.discipline !== undefined ? { discipline: r.discipline } : {}),
        kind: r.kind,
        title: r.suggestedTitle,
        clause: r.clause,
        status: findingStatusCode(f),
        ...(f.linkedByHand ? { linkedByHand: true as const } : {}),
        ...(f.chatId !== undefined ? { chatId: f.chatId } : {}),
        ...(chatTitle !== undefined ? { chatTitle } : {}),
        reasons: f.reasons,
      };
    }),
    links: sortForAdministrator(input.links).map((l) => {
      const decision = input.linkDecisions.get(l.url);
      return {
        url: l.url,
        status: l.status,
        ...(l.targetChatId !== undefined ? { targetChatId: l.targetChatId } : {}),
        ...(l.targetTitle !== undefined ? { targetTitle: l.targetTitle } : {}),
        ...(l.postedAt !== undefined ? { postedAt: iso(l.postedAt) } : {}),
        ...(l.ageDays !== undefined ? { ageDays: l.ageDays } : {}),
        ...(l.grewBy !== undefined ? { grewBy: l.grewBy } : {}),
        ...(decision ? { mark: decision } : {}),
        places: l.places,
        evidence: l.evidence,
      };
    }),
    notes: sortNotesForReport(input.notes).map((n) => ({
      ...(n.id !== undefined ? { id: n.id } : {}),
      subjectType: n.subjectType,
      subjectKey: n.subjectKey,
      text: n.text,
      ...(n.due ? { due: n.due } : {}),
      done: n.done === true,
      createdAt: iso(n.createdAt),
      updatedAt: iso(n.updatedAt),
    })),
  };
}

export function exportJsonText(input: ExportInput): string {
  return `${JSON.stringify(buildExportJson(input), null, 2)}\n`;
}

/** The CSV's rows (header first), as text cells. */
export function exportCsvRows(input: ExportInput): string[][] {
  const t = createTranslator(input.lang);
  const r = reportText(input.lang);
  const findings = input.result?.findings ?? [];
  const rows: string[][] = [
    [
      r('csvSection'),
      r('csvGroup'),
      r('csvRole'),
      r('csvSubject'),
      r('csvStatus'),
      r('csvChat'),
      r('csvDetails'),
      r('csvClause'),
      r('csvDate'),
      r('csvAgeDays'),
      r('csvDecision'),
      r('csvDue'),
    ],
  ];
  const auditDate = input.result ? displayDate(input.result.at, input.lang) : '';
  for (const f of findings) {
    rows.push([
      r('sectionRequirements'),
      f.requirement.group ?? '',
      roleWord(f.requirement.role, t),
      f.requirement.suggestedTitle,
      findingStatusWord(f, t),
      findingChatTitle(f, input.chatTitles) ?? '',
      f.reasons.map((reason) => describeReason(reason, input.lang)).join('; '),
      f.requirement.clause,
      auditDate,
      '',
      '',
      '',
    ]);
  }
  for (const l of sortForAdministrator(input.links)) {
    const target = l.targetTitle ?? (l.targetChatId !== undefined ? String(l.targetChatId) : '');
    rows.push([
      r('sectionLinks'),
      '',
      '',
      l.url,
      linkStatusWord(l.status, t),
      target,
      linkExplanation(l, t),
      '',
      l.postedAt !== undefined ? displayDate(l.postedAt, input.lang) : '',
      l.ageDays !== undefined ? String(l.ageDays) : '',
      linkDecisionWord(input.linkDecisions.get(l.url), t),
      '',
    ]);
  }
  for (const n of sortNotesForReport(input.notes)) {
    const chat = n.subjectType === 'chat' ? (input.chatTitles?.get(n.subjectKey) ?? '') : '';
    rows.push([
      r('sectionNotes'),
      '',
      '',
      noteSubjectLabel(n, t, findings, input.chatTitles),
      n.done ? r('noteStatusDone') : r('noteStatusOpen'),
      chat,
      n.text,
      '',
      displayDate(n.updatedAt, input.lang),
      '',
      '',
      n.due ? displayDue(n.due, input.lang) : '',
    ]);
  }
  return rows;
}

/** A cell Excel would read as a formula: its first character, whatever follows (line breaks too). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** The CSV as text, without the BOM: `;`, CRLF, quotes where needed, formulas escaped. */
function exportCsvText(input: ExportInput): string {
  return Papa.unparse(exportCsvRows(input), {
    delimiter: ';',
    newline: '\r\n',
    quotes: false,
    quoteChar: '"',
    escapeChar: '"',
    escapeFormulae: FORMULA_START,
  });
}

const BOM = '\uFEFF';

/** The CSV file's bytes: UTF-8 with a BOM (so Excel reads Cyrillic right), ending with CRLF. */
export function exportCsvBytes(input: ExportInput): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(`${BOM}${exportCsvText(input)}\r\n`);
}

/** `sverka-2026-11-25.csv` (local date). */
export function exportFileName(kind: 'csv' | 'json' | 'backup', at: number): string {
  const date = localIsoDate(at);
  return kind === 'backup' ? `sverka-backup-${date}.json` : `sverka-${date}.${kind}`;
}
