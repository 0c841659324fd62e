import type { AuditChanges } from '@/utils/audit-view/audit-history';
import type { Translator } from '@/utils/i18n/translator';

/** What appeared or disappeared since the previous audit run. */
export function SinceLastAudit({
  changes,
  titleOf,
  t,
}: {
  changes: AuditChanges;
  titleOf(id: string): string;
  t: Translator;
}) {
  const list = (ids: string[]) => ids.map(titleOf).join('; ');
  const none = changes.appeared.length === 0 && changes.disappeared.length === 0;
  return (
    <p class="hint" data-testid="since-last-audit">
      {t.t('sinceLastAudit', { time: t.dateTime(changes.since) })}: {none && t.t('sinceNoChanges')}
      {changes.appeared.length > 0 && (
        <span class="since__appeared">{t.t('sinceAppeared', { items: list(changes.appeared) })}</span>
      )}
      {changes.appeared.length > 0 && changes.disappeared.length > 0 && '; '}
      {changes.disappeared.length > 0 && (
        <span class="since__disappeared">{t.t('sinceDisappeared', { items: list(changes.disappeared) })}</span>
      )}
    </p>
  );
}
