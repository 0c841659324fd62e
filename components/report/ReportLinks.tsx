import type { LinkDecision } from '@/utils/db/database';
import type { ReportText } from '@/utils/i18n/report-messages';
import type { Translator } from '@/utils/i18n/translator';
import { linkDecisionWord, linkStatusWord } from '@/utils/labels/labels';
import type { AnnulGroup } from '@/utils/links/annul-order';
import type { LinkFinding } from '@/utils/links/link-status';
import type { MaxId } from '@/utils/max/bridge-events';

interface Props {
  t: Translator;
  r: ReportText;
  annul: AnnulGroup[];
  linkDecisions: ReadonlyMap<string, LinkDecision | undefined>;
  chatTitles: ReadonlyMap<MaxId, string>;
}

function where(finding: LinkFinding, t: Translator, chatTitles: ReadonlyMap<MaxId, string>): string {
  return finding.places
    .map((place) => {
      const title = chatTitles.get(place.chatId) ?? String(place.chatId);
      return place.kind === 'own'
        ? t.t('linkSeenOwn', { title })
        : t.t('linkSeenMessage', { title, time: place.time !== undefined ? t.dateTime(place.time) : '—' });
    })
    .join('; ');
}

/** «Ссылки к аннулированию»: stale and unused links the user posted or administers, grouped by chat. */
export function ReportLinks({ t, r, annul, linkDecisions, chatTitles }: Props) {
  return (
    <section class="report-section" data-testid="report-links">
      <h2>{r('reportLinks')}</h2>
      {annul.length === 0 ? <p class="empty">{r('reportLinksNone')}</p> : <p class="hint">{r('reportLinksHint')}</p>}
      {annul.map((group) => (
        <table class="report-table" key={group.chatId}>
          <caption>{group.title ?? chatTitles.get(group.chatId) ?? String(group.chatId)}</caption>
          <thead>
            <tr>
              <th scope="col">{r('reportColLink')}</th>
              <th scope="col">{r('reportColStatus')}</th>
              <th scope="col">{r('reportColAge')}</th>
              <th scope="col">{r('reportColWhere')}</th>
              <th scope="col">{r('reportColDecision')}</th>
            </tr>
          </thead>
          <tbody>
            {group.findings.map((finding) => (
              <tr
                key={finding.url}
                class={`report-row link-${finding.status}`}
                data-status={finding.status}
                data-url={finding.url}
              >
                <td class="report-url">{finding.url}</td>
                <td class="report-status">{linkStatusWord(finding.status, t)}</td>
                <td>{finding.ageDays !== undefined ? t.tn('linkAgeDays', finding.ageDays) : '—'}</td>
                <td>{where(finding, t, chatTitles)}</td>
                <td>{linkDecisionWord(linkDecisions.get(finding.url), t) || '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ))}
    </section>
  );
}
