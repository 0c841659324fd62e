import { useState } from 'preact/hooks';
import { Button } from '@/components/shared/Button';
import type { OrgText } from '@/utils/i18n/organization-messages';
import type { OrgLink } from '@/utils/organization/organization-model';

interface Props {
  o: OrgText;
  links: OrgLink[];
  /** A print is under way: every link is listed. */
  printing: boolean;
}

/** Links listed at first, the oldest (those to annul first); the rest one press away, and always on paper. */
export const LINKS_FIRST = 50;

/** Stale invite links across the organization, one row per link however many people saw it. */
export function OrgLinks({ o, links, printing }: Props) {
  const [showAll, setShowAll] = useState(false);
  const shown = showAll || printing ? links : links.slice(0, LINKS_FIRST);
  return (
    <section class="report-section" data-testid="org-links" data-total={links.length}>
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
            {shown.map((link) => (
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
      {shown.length < links.length && (
        <Button variant="secondary" class="no-print" data-testid="org-links-more" onClick={() => setShowAll(true)}>
          {o.n('orgLinksShowMore', links.length - shown.length)}
        </Button>
      )}
    </section>
  );
}
