import type { OrgText } from '@/utils/i18n/organization-messages';
import type { Translator } from '@/utils/i18n/translator';
import { displayDate } from '@/utils/labels/labels';
import type { CoveragePoint } from '@/utils/organization/organization-model';

interface Props {
  t: Translator;
  o: OrgText;
  history: CoveragePoint[];
}

/** Coverage at each date a summary was made (each person's latest summary by then), with a bar that prints in black. */
export function OrgHistory({ t, o, history }: Props) {
  if (history.length === 0) return null;
  return (
    <section class="report-section" data-testid="org-history">
      <h2>{o('orgHistoryHeading')}</h2>
      <table class="report-table">
        <thead>
          <tr>
            <th scope="col">{o('orgDate')}</th>
            <th scope="col">{o('orgColOk')}</th>
          </tr>
        </thead>
        <tbody>
          {history.map((point) => (
            <tr key={point.at} class="report-row" data-percent={point.percent ?? ''}>
              <td>{displayDate(point.at, t.lang)}</td>
              <td>
                <span class="org-bar" aria-hidden="true">
                  <span class="org-bar__fill" style={{ width: `${point.percent ?? 0}%` }} />
                </span>{' '}
                {point.percent === null ? '—' : `${point.percent}% (${point.ok} / ${point.total})`}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
