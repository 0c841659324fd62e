import type { OrgText } from '@/utils/i18n/organization-messages';

interface Props {
  o: OrgText;
  names: string[];
  /** The profile lists people at all (else there is no one to miss). */
  profileHasPeople: boolean;
}

/** Who in the profile has sent no summary. */
export function OrgNotSent({ o, names, profileHasPeople }: Props) {
  return (
    <section class="report-section" data-testid="org-not-sent-list">
      <h2>{o('orgNotSentHeading')}</h2>
      {!profileHasPeople ? (
        <p class="empty">{o('orgNotSentNoProfile')}</p>
      ) : names.length === 0 ? (
        <p class="empty">{o('orgNotSentNone')}</p>
      ) : (
        <ul class="org-not-sent">
          {names.map((name) => (
            <li key={name} data-testid="org-not-sent" data-person={name}>
              {name}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
