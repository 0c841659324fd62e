/** Summaries for the organization's tests and bench: a person, their requirements by status, links. */
import type { SummaryRecord } from '@/utils/db/database';
import type { Summary, SummaryStatus } from '@/utils/summary/summary-schema';
import { personKey } from './person-key';

export const ORGANIZATION = 'ГБПОУ МО «Можайский техникум»';
export const DAY = 24 * 60 * 60 * 1000;

export interface PersonSpec {
  name: string;
  group: string;
  /** Statuses of the person's requirements, in order (curator's three chats, then disciplines). */
  statuses: SummaryStatus[];
  createdAt: number;
  staleLinks?: string[];
}

export function summaryOf({ name, group, statuses, createdAt, staleLinks = [] }: PersonSpec): Summary {
  return {
    format: 'sverka-summary',
    version: 1,
    organization: ORGANIZATION,
    person: { name, maxUserId: String(1_000_000 + name.length) },
    roles: [{ role: 'curator', group }],
    createdAt,
    dataAt: createdAt - 60_000,
    listComplete: true,
    requirements: statuses.map((status, i) => ({
      id: `rule-${i}/${group}`,
      role: i < 3 ? 'curator' : 'teacher',
      group,
      title: `${group} — чат ${i + 1}`,
      status,
      reasons: status === 'ok' ? ['found'] : ['no-chat'],
      ...(status === 'ok'
        ? { chat: { id: `-7${i}`, title: `${group} чат ${i + 1}`, members: 20, ownerOrAdmin: true } }
        : {}),
    })),
    links: staleLinks.map((url, i) => ({ url, status: 'stale', ageDays: 20 + i, chatTitle: `${group} Родители` })),
  };
}

export function recordOf(spec: PersonSpec, importedAt = spec.createdAt): SummaryRecord {
  const summary = summaryOf(spec);
  return { personKey: personKey(spec.name), createdAt: spec.createdAt, importedAt, summary };
}
