import type { AuditSummary as Summary } from '@/utils/audit/audit';
import type { Translator } from '@/utils/i18n/translator';

/** «N из M на месте», what is missing, and how much is still unknown. */
export function AuditSummary({ summary, t }: { summary: Summary; t: Translator }) {
  return (
    <div class="summary" data-testid="audit-summary">
      <p class="summary__main">
        <strong>{t.t('summaryInPlace', { ok: summary.ok, total: summary.total })}</strong>
        {summary.missing > 0 && <span class="summary__missing"> · {t.tn('summaryMissing', summary.missing)}</span>}
      </p>
      {summary.unknown > 0 && <p class="hint">{t.t('summaryUnknown', { n: summary.unknown })}</p>}
    </div>
  );
}
