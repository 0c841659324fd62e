import type { Translator } from '@/utils/i18n/translator';
import type { ChatCounts as Counts } from '@/utils/snapshot/max-snapshot';

/** The chats MAX has shown, by type. Shown only when there is data: never zeros as if they were true. */
export function ChatCounts({ counts, t }: { counts: Counts; t: Translator }) {
  const rows: Array<[string, number, string]> = [
    ['groups', counts.groups, t.t('countGroups')],
    ['channels', counts.channels, t.t('countChannels')],
    ['dialogs', counts.dialogs, t.t('countDialogs')],
  ];
  if (counts.other > 0) rows.push(['other', counts.other, t.t('countOther')]);
  if (counts.inactive > 0) rows.push(['inactive', counts.inactive, t.t('countInactive')]);
  return (
    <section class="counts" aria-labelledby="sverka-counts-heading">
      <h2 id="sverka-counts-heading" class="section-heading">
        {t.t('countsHeading')}
      </h2>
      <dl class="counts__list">
        {rows.map(([kind, n, label]) => (
          <div class="counts__row" key={kind} data-testid={`chat-count-${kind}`} data-count={n}>
            <dt>{label}</dt>
            <dd>{n}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
