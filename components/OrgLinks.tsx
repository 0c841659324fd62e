import type { OrgText } from '@/utils/i18n/organization-messages';
import type { OrgLink } from '@/utils/organization/organization-model';

interface Props {
  o: OrgText;
  links: OrgLink[];
}

/** Stale invite links across the organization, one row per link however many people saw it. */
export function OrgLinks({ o, links }: Props) {
  return (
    <section class="report-section" data-testid="org-links">
      <h2>{o('orgLinksHeading')}</h2>
      {links.length === 0 ? (
        <p class="empty">{o('orgLinksNone')}</p>
      ) : (
        <table class="report-table">
          <thead>
            <tr>
              <th scope="col">{o('orgColLink')}</th>
              <th scope="col">{o('orgColEvidence')}</th>
              <th scope="col">{o('orgColAgeDays')}</th>
              <th scope="col">{o('orgColSeenBy')}</th>
            </tr>
          </thead>
          <tbody>
            {links.map((link) => (
              <tr key={link.url} class="report-row link-stale" data-testid="org-link" data-url={link.url}>
                <td class="report-url">{link.url}</td>
                <td>{link.chatTitle ?? '—'}</td>
                <td>{link.ageDays === undefined ? '—' : o.n('orgAgeDays', link.ageDays)}</td>
                <td>{link.seenBy.join(', ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
