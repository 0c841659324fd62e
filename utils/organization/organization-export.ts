/**
 * The organization page for the director as CSV (Excel: UTF-8 with a BOM, `;`, formulas escaped, as the report's
 * export) and JSON (codes, not words). One table, the first column saying which part a row is: a member of staff, a
 * required chat of a group, a link to annul, someone who sent nothing. Pure.
 */
import Papa from 'papaparse';
import { localIsoDate } from '@/utils/i18n/dates';
import type { OrgText } from '@/utils/i18n/organization-messages';
import type { Translator } from '@/utils/i18n/translator';
import { findingStatusWord } from '@/utils/labels/labels';
import type { SummaryRequirement } from '@/utils/summary/summary-schema';
import type { OrganizationModel } from './organization-model';

const percentText = (percent: number | null) => (percent === null ? '—' : `${percent}%`);

export function organizationCsvRows(model: OrganizationModel, t: Translator, o: OrgText): string[][] {
  const rows: string[][] = [
    [
      o('orgCsvSection'),
      o('orgColPerson'),
      o('orgCsvGroup'),
      o('orgColRequirement'),
      o('orgColStatus'),
      o('orgColEvidence'),
      o('orgColOk'),
      o('orgColMissing'),
      o('orgColIncomplete'),
      o('orgColUnknown'),
      o('orgColAge'),
    ],
  ];
  for (const p of model.people)
    rows.push([
      o('orgCsvPeople'),
      p.name,
      '',
      '',
      p.stale ? o('orgStaleSummary') : '',
      '',
      String(p.counts.ok),
      String(p.counts.missing),
      String(p.counts.incomplete),
      String(p.counts.unknown),
      localIsoDate(p.createdAt),
    ]);
  for (const group of model.groups)
    for (const row of group.rows) {
      const chat = row.requirement.chat;
      rows.push([
        o('orgCsvGroup'),
        row.person,
        group.group,
        row.requirement.title,
        findingStatusWord(row.requirement, t),
        chat ? `${chat.title} (${o.n('orgMembers', chat.members)})` : '',
        '',
        '',
        '',
        '',
        '',
      ]);
    }
  for (const link of model.links)
    rows.push([
      o('orgCsvLink'),
      link.seenBy.join(', '),
      '',
      link.url,
      t.t('linkStatusStale'),
      link.chatTitle ?? '',
      '',
      '',
      '',
      '',
      link.ageDays === undefined ? '' : String(link.ageDays),
    ]);
  for (const name of model.notSent) rows.push([o('orgCsvNotSent'), name, '', '', '', '', '', '', '', '', '']);
  rows.push([
    o('orgCoverage', {
      percent: percentText(model.coverage.percent),
      ok: model.coverage.ok,
      total: model.coverage.total,
    }),
  ]);
  return rows;
}

export function organizationCsvBytes(model: OrganizationModel, t: Translator, o: OrgText): Uint8Array<ArrayBuffer> {
  const text = Papa.unparse(organizationCsvRows(model, t, o), {
    delimiter: ';',
    newline: '\r\n',
    quotes: false,
    quoteChar: '"',
    escapeChar: '"',
    escapeFormulae: /^[=+\-@\t\r]/,
  });
  return new TextEncoder().encode(`\uFEFF${text}\r\n`);
}

/** The page as data: per person counts, per group rows, coverage and its history, links, who sent nothing. */
export function organizationJsonText(model: OrganizationModel): string {
  return JSON.stringify(
    {
      format: 'sverka-organization',
      version: 1,
      organization: model.organization,
      at: new Date(model.at).toISOString(),
      maxAgeDays: model.maxAgeDays,
      coverage: model.coverage,
      people: model.people.map((p) => ({
        name: p.name,
        counts: p.counts,
        summaryAt: new Date(p.createdAt).toISOString(),
        ageDays: p.ageDays,
        stale: p.stale,
        listComplete: p.listComplete,
      })),
      notSent: model.notSent,
      groups: model.groups.map((g) => ({
        group: g.group,
        coverage: g.coverage,
        requirements: g.rows.map((r) => ({ person: r.person, ...r.requirement })),
      })),
      linksToAnnul: model.links,
      history: model.history.map((h) => ({ ...h, at: new Date(h.at).toISOString() })),
    },
    null,
    2,
  );
}

/** `sverka-организация-2026-12-02.csv` (local date). */
export function organizationFileName(kind: 'csv' | 'json', at: number): string {
  return `sverka-организация-${localIsoDate(at)}.${kind}`;
}
