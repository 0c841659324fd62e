/**
 * Which summary files the administrator's Сверка keeps (issue #17): each file is read with the summary schema; one
 * from another organization (the profile's name differs), or not newer than one already kept for that person, is
 * refused with its reason. Within one import the files are taken oldest first, so a batch builds the history
 * whatever order the files were picked in. Pure: the caller stores `accepted` in one transaction.
 */
import type { SummaryRecord } from '@/utils/db/database';
import { parseSummaryText, type SummaryProblem } from '@/utils/summary/summary-schema';
import { personKey } from './person-key';

export interface SummaryFile {
  name: string;
  text: string;
}

export type ImportRefusal =
  | SummaryProblem
  | { kind: 'organization'; organization: string }
  | { kind: 'older'; person: string; keptAt: number };

export type ImportResult =
  | { file: string; ok: true; person: string; createdAt: number }
  | { file: string; ok: false; refusal: ImportRefusal };

export interface ImportOutcome {
  /** To be stored. */
  accepted: SummaryRecord[];
  /** One per file, in the order the files were given. */
  results: ImportResult[];
}

/** Organization names compared as people read them: case, ё/е, quotes and spaces do not count. */
export const sameOrganization = (a: string, b: string): boolean => {
  const norm = (s: string) =>
    s
      .toLocaleLowerCase('ru')
      .replace(/ё/g, 'е')
      .replace(/[«»"'„“”]/g, '')
      .replace(/\s+/g, ' ')
      .trim();
  return norm(a) === norm(b);
};

export function checkSummaryFiles(
  files: readonly SummaryFile[],
  organization: string,
  kept: ReadonlyArray<Pick<SummaryRecord, 'personKey' | 'createdAt'>>,
  now: number,
): ImportOutcome {
  const newest = new Map<string, number>();
  for (const row of kept) newest.set(row.personKey, Math.max(newest.get(row.personKey) ?? -1, row.createdAt));
  const results: ImportResult[] = new Array(files.length);
  const readable: Array<{ index: number; record: SummaryRecord }> = [];
  files.forEach((file, index) => {
    const parsed = parseSummaryText(file.text);
    if (!parsed.ok) {
      results[index] = { file: file.name, ok: false, refusal: parsed.problem };
      return;
    }
    const { summary } = parsed;
    if (!sameOrganization(summary.organization, organization)) {
      results[index] = {
        file: file.name,
        ok: false,
        refusal: { kind: 'organization', organization: summary.organization },
      };
      return;
    }
    const record = {
      personKey: personKey(summary.person.name),
      createdAt: summary.createdAt,
      importedAt: now,
      summary,
    };
    readable.push({ index, record });
  });
  readable.sort((a, b) => a.record.createdAt - b.record.createdAt);
  const accepted: SummaryRecord[] = [];
  for (const { index, record } of readable) {
    const name = files[index]?.name ?? '';
    const keptAt = newest.get(record.personKey);
    if (keptAt !== undefined && record.createdAt <= keptAt) {
      results[index] = {
        file: name,
        ok: false,
        refusal: { kind: 'older', person: record.summary.person.name, keptAt },
      };
      continue;
    }
    newest.set(record.personKey, record.createdAt);
    accepted.push(record);
    results[index] = { file: name, ok: true, person: record.summary.person.name, createdAt: record.createdAt };
  }
  return { accepted, results };
}
