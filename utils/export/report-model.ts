/**
 * The director's report from the stored data: the audit and the invite links computed the same way as in the
 * sidebar (`audit()`, `linkFindings()`), the list to annul, the notes in to-do order, and per group the share of
 * required chats in place at each stored audit run. Pure: data in, model out; `data.at` is the only clock.
 */
import { type AuditResult, audit } from '@/utils/audit/audit';
import type { AuditRecord } from '@/utils/audit/audit-record';
import { type FindingGroup, groupFindings } from '@/utils/audit-view/group-findings';
import type { LinkDecision, NoteRecord } from '@/utils/db/database';
import { type AnnulGroup, linksToAnnul, sortForAdministrator } from '@/utils/links/annul-order';
import { type LinkFinding, linkFindings } from '@/utils/links/link-status';
import type { MaxId } from '@/utils/max/bridge-events';
import { type ExportInput, sortNotesForReport } from './export-data';
import type { ReportData } from './report-data';

export interface ChartPoint {
  at: number;
  /** Requirements of the group in place (ok or incomplete, as in «с прошлой сверки»). */
  ok: number;
  total: number;
}

export interface ChartSeries {
  /** The group code, or null for requirements per person. */
  group: string | null;
  /** Oldest first. */
  points: ChartPoint[];
}

export interface ReportModel {
  organization: string;
  userName: string | null;
  at: number;
  /** When the MAX data was saved; null without a snapshot. */
  snapshotAt: number | null;
  listComplete: boolean;
  /** Why there is no audit: no MAX data yet, or no roles. */
  problem: 'no-data' | 'no-assignment' | null;
  result: AuditResult | null;
  groups: FindingGroup[];
  /** Every invite link, stale first. */
  links: LinkFinding[];
  /** Stale and unused links the user posted or administers, by chat. */
  annul: AnnulGroup[];
  linkDecisions: Map<string, LinkDecision | undefined>;
  /** Open notes with a due date first, then open, then done. */
  notes: NoteRecord[];
  chart: ChartSeries[];
  chatTitles: Map<MaxId, string>;
}

/** As in audit-history: a requirement is in place when a chat satisfies it, even an incomplete one. */
const inPlace = (status: string | undefined) => status === 'ok' || status === 'incomplete';

/** The group of a requirement id `<rule>/<group>[/<discipline>]`; null for a rule per person. */
function groupOfId(id: string, known: ReadonlyMap<string, string | null>): string | null {
  if (known.has(id)) return known.get(id) ?? null;
  const parts = id.split('/');
  return parts.length >= 2 && parts[1] ? parts[1] : null;
}

/** Per group, the share in place at each run; groups ordered as in the findings, then the rest by name. */
export function progressSeries(audits: readonly AuditRecord[], findings: AuditResult['findings'] = []): ChartSeries[] {
  const known = new Map(findings.map((f) => [f.requirement.id, f.requirement.group ?? null]));
  const series = new Map<string | null, ChartPoint[]>();
  const ordered = [...audits].sort((a, b) => a.at - b.at);
  for (const run of ordered) {
    const perGroup = new Map<string | null, ChartPoint>();
    for (const [id, status] of Object.entries(run.requirementStatuses ?? {})) {
      const group = groupOfId(id, known);
      const point = perGroup.get(group) ?? { at: run.at, ok: 0, total: 0 };
      point.total++;
      if (inPlace(status)) point.ok++;
      perGroup.set(group, point);
    }
    for (const [group, point] of perGroup) {
      const list = series.get(group) ?? [];
      list.push(point);
      series.set(group, list);
    }
  }
  const order = [...new Set(findings.map((f) => f.requirement.group ?? null))];
  const rank = (g: string | null) => {
    const i = order.indexOf(g);
    return i === -1 ? order.length : i;
  };
  return [...series.entries()]
    .map(([group, points]) => ({ group, points }))
    .sort(
      (a, b) =>
        rank(a.group) - rank(b.group) ||
        (a.group === null ? 1 : b.group === null ? -1 : a.group.localeCompare(b.group, 'ru')),
    );
}

export function buildReportModel(data: ReportData): ReportModel {
  const { setup, snapshot, at } = data;
  const chatTitles = new Map<MaxId, string>();
  for (const chat of snapshot?.chats ?? []) if (chat.title) chatTitles.set(chat.id, chat.title);
  const problem = !snapshot ? 'no-data' : !setup.assignment ? 'no-assignment' : null;
  const result =
    snapshot && setup.assignment
      ? audit(
          setup.profile,
          setup.assignment,
          { chats: snapshot.chats, me: { id: snapshot.userId }, listComplete: snapshot.listComplete },
          setup.overrides,
          at,
        )
      : null;
  const links = snapshot
    ? sortForAdministrator(
        linkFindings(
          {
            chats: snapshot.chats,
            me: { id: snapshot.userId },
            seen: snapshot.links,
            history: data.linkHistory,
            staleDays: setup.profile.settings.staleInviteDays,
            contacts: snapshot.contacts,
          },
          at,
        ),
      )
    : [];
  return {
    organization: data.organization,
    userName: data.userName,
    at,
    snapshotAt: snapshot?.savedAt ?? null,
    listComplete: snapshot?.listComplete ?? false,
    problem,
    result,
    groups: result ? groupFindings(result.findings) : [],
    links,
    annul: snapshot ? linksToAnnul(links, snapshot.userId, snapshot.chats) : [],
    linkDecisions: new Map(data.linkDecisions.map((m) => [m.url, m.mark])),
    notes: sortNotesForReport(data.notes),
    chart: progressSeries(data.audits, result?.findings),
    chatTitles,
  };
}

/** The same data as the CSV/JSON export reads it. */
export function exportInputOf(model: ReportModel, lang: ExportInput['lang']): ExportInput {
  return {
    organization: model.organization,
    ...(model.userName ? { userName: model.userName } : {}),
    at: model.at,
    result: model.result,
    links: model.links,
    linkDecisions: model.linkDecisions,
    notes: model.notes,
    lang,
    chatTitles: model.chatTitles,
  };
}
