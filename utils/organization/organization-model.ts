/**
 * The organization page's model (issue #17), from the administrator's profile and every kept summary: per person
 * their newest summary's counts and age, who in the profile sent nothing, coverage (requirements «есть» ÷ all
 * requirements of those who sent, whole percent) overall, per group and over time, each group's required chats with
 * who is responsible, and the stale invite links across the organization, one row per link. Pure: `now` is the only
 * clock.
 */
import type { SummaryRecord } from '@/utils/db/database';
import { DAY_MS } from '@/utils/links/link-status';
import type { Profile, Role } from '@/utils/profile/profile-schema';
import type { Summary, SummaryRequirement, SummaryStatus } from '@/utils/summary/summary-schema';
import { personKey } from './person-key';

/** A summary older than this many days is flagged, unless the administrator sets another number. */
export const DEFAULT_SUMMARY_MAX_AGE_DAYS = 14;

export type StatusCounts = Record<SummaryStatus, number> & { total: number };

export interface OrgPerson {
  key: string;
  name: string;
  counts: StatusCounts;
  /** The newest summary's time, and its age in whole days. */
  createdAt: number;
  ageDays: number;
  /** Older than the set number of days. */
  stale: boolean;
  listComplete: boolean;
  /** How many summaries of this person are kept (the newest included). */
  kept: number;
  summary: Summary;
}

export interface Coverage {
  ok: number;
  total: number;
  /** Whole percent; null when there is nothing to count. */
  percent: number | null;
}

export interface GroupRow {
  requirement: SummaryRequirement;
  person: string;
  role: Role;
}

export interface OrgGroup {
  group: string;
  rows: GroupRow[];
  /** The group's required chats by status: the line shown for the group before its table is opened. */
  counts: StatusCounts;
  coverage: Coverage;
}

export interface OrgLink {
  url: string;
  /** The oldest age any person saw. */
  ageDays?: number;
  chatTitle?: string;
  /** Who sees it (names as in their summaries). */
  seenBy: string[];
}

export interface CoveragePoint extends Coverage {
  at: number;
}

export interface OrganizationModel {
  organization: string;
  at: number;
  maxAgeDays: number;
  people: OrgPerson[];
  /** People of the profile with no summary kept, by name. */
  notSent: string[];
  coverage: Coverage;
  groups: OrgGroup[];
  /** Stale links across the organization, oldest first. */
  links: OrgLink[];
  /** Coverage at each date a summary was made, oldest first. */
  history: CoveragePoint[];
}

const emptyCounts = (): StatusCounts => ({ ok: 0, ambiguous: 0, missing: 0, incomplete: 0, unknown: 0, total: 0 });

export function coverageOf(ok: number, total: number): Coverage {
  return { ok, total, percent: total === 0 ? null : Math.round((ok * 100) / total) };
}

function countsOf(requirements: readonly SummaryRequirement[]): StatusCounts {
  const counts = emptyCounts();
  for (const requirement of requirements) {
    counts[requirement.status]++;
    counts.total++;
  }
  return counts;
}

const byName = (a: string, b: string) => a.localeCompare(b, 'ru');

/** Each person's newest summary (by `createdAt`; the later import when equal), and how many each has. */
function newestPerPerson(records: readonly SummaryRecord[]): Map<string, { record: SummaryRecord; kept: number }> {
  const newest = new Map<string, { record: SummaryRecord; kept: number }>();
  for (const record of records) {
    const seen = newest.get(record.personKey);
    if (!seen) newest.set(record.personKey, { record, kept: 1 });
    else {
      seen.kept++;
      if (record.createdAt >= seen.record.createdAt) seen.record = record;
    }
  }
  return newest;
}

/** The end of the local day of `ms`. */
function endOfDay(ms: number): number {
  const d = new Date(ms);
  d.setHours(23, 59, 59, 999);
  return d.getTime();
}

/** Coverage as it stood at the end of each day a summary was made: each person's latest summary by then. */
function coverageHistory(records: readonly SummaryRecord[]): CoveragePoint[] {
  const ordered = [...records].sort((a, b) => a.createdAt - b.createdAt);
  const latest = new Map<string, { ok: number; total: number }>();
  const points: CoveragePoint[] = [];
  let ok = 0;
  let total = 0;
  for (let i = 0; i < ordered.length; i++) {
    const record = ordered[i] as SummaryRecord;
    const counts = countsOf(record.summary.requirements);
    const before = latest.get(record.personKey);
    if (before) {
      ok -= before.ok;
      total -= before.total;
    }
    latest.set(record.personKey, { ok: counts.ok, total: counts.total });
    ok += counts.ok;
    total += counts.total;
    const day = endOfDay(record.createdAt);
    const next = ordered[i + 1];
    if (!next || endOfDay(next.createdAt) !== day) points.push({ at: day, ...coverageOf(ok, total) });
  }
  return points;
}

export function buildOrganizationModel(
  profile: Profile,
  records: readonly SummaryRecord[],
  now: number,
  maxAgeDays = DEFAULT_SUMMARY_MAX_AGE_DAYS,
): OrganizationModel {
  const people: OrgPerson[] = [];
  for (const [key, { record, kept }] of newestPerPerson(records)) {
    const ageDays = Math.max(0, Math.floor((now - record.createdAt) / DAY_MS));
    people.push({
      key,
      name: record.summary.person.name,
      counts: countsOf(record.summary.requirements),
      createdAt: record.createdAt,
      ageDays,
      stale: ageDays > maxAgeDays,
      listComplete: record.summary.listComplete,
      kept,
      summary: record.summary,
    });
  }
  people.sort((a, b) => byName(a.name, b.name));
  const sent = new Set(people.map((p) => p.key));
  const notSent = profile.people
    .map((p) => p.name)
    .filter((name) => !sent.has(personKey(name)))
    .sort(byName);

  let ok = 0;
  let total = 0;
  const groups = new Map<string, GroupRow[]>();
  const links = new Map<string, OrgLink>();
  for (const person of people) {
    ok += person.counts.ok;
    total += person.counts.total;
    for (const requirement of person.summary.requirements) {
      if (!requirement.group) continue;
      const rows = groups.get(requirement.group) ?? [];
      rows.push({ requirement, person: person.name, role: requirement.role });
      groups.set(requirement.group, rows);
    }
    for (const link of person.summary.links) {
      if (link.status !== 'stale') continue;
      const row = links.get(link.url) ?? { url: link.url, seenBy: [] };
      if (!row.seenBy.includes(person.name)) row.seenBy.push(person.name);
      if (link.ageDays !== undefined) row.ageDays = Math.max(row.ageDays ?? 0, link.ageDays);
      row.chatTitle ??= link.chatTitle;
      links.set(link.url, row);
    }
  }
  return {
    organization: profile.organization.name,
    at: now,
    maxAgeDays,
    people,
    notSent,
    coverage: coverageOf(ok, total),
    groups: [...groups.entries()]
      .sort(([a], [b]) => byName(a, b))
      .map(([group, rows]) => {
        const counts = countsOf(rows.map((row) => row.requirement));
        return {
          group,
          rows: rows.sort((a, b) => byName(a.requirement.title, b.requirement.title) || byName(a.person, b.person)),
          counts,
          coverage: coverageOf(counts.ok, counts.total),
        };
      }),
    links: [...links.values()].sort((a, b) => (b.ageDays ?? -1) - (a.ageDays ?? -1) || a.url.localeCompare(b.url)),
    history: coverageHistory(records),
  };
}
