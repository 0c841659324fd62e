import type { OrgText } from '@/utils/i18n/organization-messages';
import type { Translator } from '@/utils/i18n/translator';
import type { OrgPerson } from '@/utils/organization/organization-model';
import { OrgEvidence } from './OrgEvidence';

interface Props {
  t: Translator;
  o: OrgText;
  people: OrgPerson[];
}

/**
 * Per member of staff their newest summary: counts by status, its age (flagged when out of date), and what their MAX
 * web showed (each chat's title and members) for the administrator's spot check.
 */
export function OrgPeople({ t, o, people }: Props) {
  return (
    <section class="report-section" data-testid="org-people">
      <h2>{o('orgPeopleHeading')}</h2>
      {people.length === 0 ? (
        <p class="empty">{o('orgPeopleNone')}</p>
      ) : (
        <table class="report-table">
          <thead>
            <tr>
              <th scope="col">{o('orgColPerson')}</th>
              <th scope="col">{o('orgColOk')}</th>
              <th scope="col">{o('orgColMissing')}</th>
              <th scope="col">{o('orgColIncomplete')}</th>
              <th scope="col">{o('orgColAmbiguous')}</th>
              <th scope="col">{o('orgColUnknown')}</th>
              <th scope="col">{o('orgColAge')}</th>
            </tr>
          </thead>
          <tbody>
            {people.map((p) => (
              <tr
                key={p.key}
                class={`report-row${p.stale ? ' org-stale' : ''}`}
                data-testid="org-person"
                data-person={p.name}
                data-ok={p.counts.ok}
                data-missing={p.counts.missing}
                data-incomplete={p.counts.incomplete}
                data-unknown={p.counts.unknown}
                data-ambiguous={p.counts.ambiguous}
                data-age-days={p.ageDays}
                data-stale={p.stale}
              >
                <td>
                  <span class="report-row__title">{p.name}</span>
                  {!p.listComplete && <span class="report-row__reasons">{o('orgListPartial')}</span>}
                  <OrgEvidence t={t} o={o} summary={p.summary} />
                </td>
                <td>{p.counts.ok}</td>
                <td>{p.counts.missing}</td>
                <td>{p.counts.incomplete}</td>
                <td>{p.counts.ambiguous}</td>
                <td>{p.counts.unknown}</td>
                <td class={p.stale ? 'report-status org-stale__age' : undefined}>
                  {t.dateTime(p.createdAt)} ({o.n('orgAgeDays', p.ageDays)}){p.stale && ` — ${o('orgStaleSummary')}`}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
