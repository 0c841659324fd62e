// @vitest-environment happy-dom
/**
 * The organization page (docs/budgets.md): 300 summaries of 20 requirements each import in < 2 s, and the page
 * renders in < 500 ms. `npx vitest bench --run tests/bench/organization.bench.ts`.
 *
 * Import: the files' text read with the summary schema, checked (organization, newer than what is kept) and stored
 * in one Dexie transaction — on fake-indexeddb here, slower than a browser's IndexedDB. Render: the page's model
 * built from the 300 kept summaries, and the page's first render by Preact into happy-dom, exactly what the
 * administrator first sees: every person's row, who sent nothing, every group's line (name, coverage, counts), the
 * links and the history; a group's table is rendered when it is opened, or for printing (timed apart, no budget).
 * No layout or paint; happy-dom's DOM is far slower than a browser's, so this is an upper bound.
 */
import { h, render } from 'preact';
import { bench, describe } from 'vitest';
import { OrganizationView } from '../../components/organization/OrganizationView';
import { OrgGroups } from '../../components/organization/OrgGroups';
import { SverkaDatabase } from '../../utils/db/database';
import { orgText } from '../../utils/i18n/organization-messages';
import { createTranslator } from '../../utils/i18n/translator';
import { checkSummaryFiles } from '../../utils/organization/import-summaries';
import { buildOrganizationModel } from '../../utils/organization/organization-model';
import { DAY, ORGANIZATION, recordOf } from '../../utils/organization/summary.testing';
import { DEFAULT_PROFILE } from '../../utils/profile/default-profile';
import type { SummaryStatus } from '../../utils/summary/summary-schema';

const NOW = Date.UTC(2026, 11, 2, 9);
const PEOPLE = 300;
const REQUIREMENTS = 20;
const STATUSES: SummaryStatus[] = ['ok', 'ok', 'ok', 'missing', 'incomplete', 'unknown', 'ambiguous'];
const GROUPS = Array.from({ length: 60 }, (_, i) => `ГР-${10 + i}`);

const records = Array.from({ length: PEOPLE }, (_, i) =>
  recordOf({
    name: `Сотрудник${i} Имя Отчество`,
    group: GROUPS[i % GROUPS.length] as string,
    statuses: Array.from({ length: REQUIREMENTS }, (_, r) => STATUSES[(i + r) % STATUSES.length] as SummaryStatus),
    createdAt: NOW - (i % 30) * DAY,
    staleLinks: [`https://max.ru/join/link${i % 50}`, `https://max.ru/join/own${i}`],
  }),
);
const files = records.map((record, i) => ({ name: `summary-${i}.json`, text: JSON.stringify(record.summary) }));
const profile = {
  ...DEFAULT_PROFILE,
  organization: { name: ORGANIZATION },
  people: Array.from({ length: PEOPLE + 20 }, (_, i) => ({
    name: `Сотрудник${i} Имя Отчество`,
    roles: [{ role: 'curator' as const, group: GROUPS[i % GROUPS.length] as string }],
  })),
};
const t = createTranslator('ru');
const o = orgText('ru');
const actions = { print: () => {}, downloadCsv: () => {}, downloadJson: () => {}, optionsUrl: 'options.html' };

// Not timed: every file is accepted, and the page shows a row per person.
const check = checkSummaryFiles(files, ORGANIZATION, [], NOW);
if (check.accepted.length !== PEOPLE) throw new Error(`expected ${PEOPLE} accepted, got ${check.accepted.length}`);
const shown = document.createElement('div');
const model = buildOrganizationModel(profile, records, NOW);
render(
  h(OrganizationView, { t, o, model, profileHasPeople: true, actions, maxAgeDays: 14, onMaxAgeDays: () => {} }),
  shown,
);
const rows = shown.querySelectorAll('[data-testid="org-person"]').length;
if (rows !== PEOPLE) throw new Error(`expected ${PEOPLE} person rows, rendered ${rows}`);
const groupLines = shown.querySelectorAll('[data-testid="org-group-coverage"]').length;
if (groupLines !== GROUPS.length) throw new Error(`expected ${GROUPS.length} group lines, rendered ${groupLines}`);
// For print every group's table is there: the 6,000 rows.
const printed = document.createElement('div');
render(h(OrgGroups, { t, o, groups: model.groups, printing: true }), printed);
const printedRows = printed.querySelectorAll('[data-testid="org-group-table"] tbody tr').length;
if (printedRows !== PEOPLE * REQUIREMENTS)
  throw new Error(`expected ${PEOPLE * REQUIREMENTS} rows, got ${printedRows}`);
const html = shown.innerHTML;
const elements = shown.querySelectorAll('*').length;

let round = 0;
describe(`organization page: ${PEOPLE} summaries × ${REQUIREMENTS} requirements`, () => {
  bench(
    'import: 300 summaries read, checked and stored in one transaction',
    async () => {
      const db = new SverkaDatabase(`bench-org-${round++}`);
      const outcome = checkSummaryFiles(files, ORGANIZATION, await db.summaries.toArray(), NOW);
      await db.transaction('rw', db.summaries, () => db.summaries.bulkAdd(outcome.accepted));
      db.close();
      void SverkaDatabase.delete(`bench-org-${round - 1}`);
    },
    { time: 3000 },
  );
  bench('model: the page’s model of 300 summaries', () => {
    buildOrganizationModel(profile, records, NOW);
  });
  bench(
    'render: the page’s model of 300 summaries and its first render (happy-dom)',
    () => {
      const container = document.createElement('div');
      const built = buildOrganizationModel(profile, records, NOW);
      render(
        h(OrganizationView, {
          t,
          o,
          model: built,
          profileHasPeople: true,
          actions,
          maxAgeDays: 14,
          onMaxAgeDays: () => {},
        }),
        container,
      );
    },
    { time: 3000 },
  );
  bench(
    `print: every group's table rendered, ${PEOPLE * REQUIREMENTS} rows (happy-dom; no budget)`,
    () => {
      render(h(OrgGroups, { t, o, groups: model.groups, printing: true }), document.createElement('div'));
    },
    { time: 3000 },
  );
  bench(
    `reference: happy-dom parsing the same page's HTML (${elements} elements), no Сверка code`,
    () => {
      const container = document.createElement('div');
      container.innerHTML = html;
    },
    { time: 3000 },
  );
});
