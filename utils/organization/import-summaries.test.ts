import { describe, expect, it } from 'vitest';
import { checkSummaryFiles } from './import-summaries';
import { DAY, ORGANIZATION, recordOf, summaryOf } from './summary.testing';

const NOW = Date.UTC(2026, 11, 2, 9);
const ivanova = (createdAt: number) => ({
  name: 'Иванова Мария Петровна',
  group: 'ИСП-21',
  statuses: ['ok' as const],
  createdAt,
});
const file = (name: string, value: unknown) => ({ name, text: JSON.stringify(value) });

describe('importing staff summaries', () => {
  it('keeps good files, oldest first, so one batch builds each person’s history whatever the order picked', () => {
    const outcome = checkSummaryFiles(
      [file('new.json', summaryOf(ivanova(NOW - DAY))), file('old.json', summaryOf(ivanova(NOW - 10 * DAY)))],
      ORGANIZATION,
      [],
      NOW,
    );
    expect(outcome.accepted.map((r) => r.createdAt)).toEqual([NOW - 10 * DAY, NOW - DAY]);
    expect(outcome.results.map((r) => r.ok)).toEqual([true, true]);
    expect(outcome.accepted[0]).toMatchObject({ personKey: 'иванова мария петровна', importedAt: NOW });
  });

  it('refuses, with the reason, a file that fails the schema, comes from another organization or is not newer', () => {
    const kept = [recordOf(ivanova(NOW - 5 * DAY))];
    const broken = summaryOf(ivanova(NOW));
    (broken.requirements[0] as { status: string }).status = 'perhaps';
    const outcome = checkSummaryFiles(
      [
        { name: 'notes.txt', text: 'привет' },
        file('profile.json', { format: 'sverka-profile', version: 1 }),
        file('broken.json', broken),
        file('other.json', { ...summaryOf(ivanova(NOW)), organization: 'Школа № 5' }),
        file('older.json', summaryOf(ivanova(NOW - 6 * DAY))),
        file('same.json', summaryOf({ ...ivanova(NOW - 5 * DAY), name: 'ИВАНОВА  Мария Петровна' })),
      ],
      ORGANIZATION,
      kept,
      NOW,
    );
    expect(outcome.accepted).toEqual([]);
    expect(outcome.results.map((r) => (r.ok ? 'ok' : r.refusal.kind))).toEqual([
      'not-json',
      'not-summary',
      'field',
      'organization',
      'older',
      'older',
    ]);
    expect(outcome.results[2]).toMatchObject({ refusal: { path: 'requirements.0.status' } });
    expect(outcome.results[3]).toMatchObject({ refusal: { organization: 'Школа № 5' } });
    expect(outcome.results[4]).toMatchObject({ file: 'older.json', refusal: { keptAt: NOW - 5 * DAY } });
  });

  it('takes the organization’s name as people write it: quotes, case and ё do not count', () => {
    const outcome = checkSummaryFiles(
      [file('a.json', { ...summaryOf(ivanova(NOW)), organization: 'ГБПОУ МО "Можайский техникум"' })],
      ORGANIZATION,
      [],
      NOW,
    );
    expect(outcome.accepted).toHaveLength(1);
  });
});
