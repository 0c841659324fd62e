import type { AuditSummary as Summary } from '@/utils/audit/audit';
import type { Translator } from '@/utils/i18n/translator';

/** «7 из 10 на месте · 2 нет · 1 неполный»: every status that has a requirement, those needing action first. */
export function AuditSummary({ summary, t }: { summary: Summary; t: Translator }) {
  const parts: Array<{ key: string; text: string; problem: boolean }> = [];
  if (summary.missing > 0)
    parts.push({ key: 'missing', text: t.t('summaryMissing', { n: summary.missing }), problem: true });
  if (summary.incomplete > 0)
    parts.push({ key: 'incomplete', text: t.tn('summaryIncomplete', summary.incomplete), problem: true });
  if (summary.ambiguous > 0)
    parts.push({ key: 'ambiguous', text: t.tn('summaryAmbiguous', summary.ambiguous), problem: true });
  if (summary.unknown > 0)
    parts.push({ key: 'unknown', text: t.tn('summaryUnknown', summary.unknown), problem: false });
  return (
    <div class="summary" data-testid="audit-summary">
      <p class="summary__main">
        <strong>{t.t('summaryInPlace', { ok: summary.ok, total: summary.total })}</strong>
        {parts.map((part) => (
          <span key={part.key} class={part.problem ? 'summary__problem' : 'summary__unknown'} data-count={part.key}>
            {' · '}
            {part.text}
          </span>
        ))}
      </p>
    </div>
  );
}
