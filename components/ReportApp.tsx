import type { ReportModel } from '@/utils/export/report-model';
import type { ReportText } from '@/utils/i18n/report-messages';
import type { Translator } from '@/utils/i18n/translator';
import { ReportChart } from './ReportChart';
import { ReportLinks } from './ReportLinks';
import { ReportNotes } from './ReportNotes';
import { ReportRequirements } from './ReportRequirements';

export interface ReportActions {
  print(): void;
  downloadCsv(): void;
  downloadJson(): void;
}

interface Props {
  t: Translator;
  r: ReportText;
  model: ReportModel;
  actions: ReportActions;
}

/** The printable report for the director: who, when, the required chats, links to annul, notes, progress. */
export function ReportApp({ t, r, model, actions }: Props) {
  const summary = model.result?.summary;
  return (
    <main class="report" data-testid="report">
      <header class="report-header">
        <h1>{r('reportTitle')}</h1>
        <dl class="report-meta">
          <dt>{r('reportOrganization')}</dt>
          <dd data-testid="report-organization">{model.organization}</dd>
          {model.userName && (
            <>
              <dt>{r('reportUser')}</dt>
              <dd data-testid="report-user">{model.userName}</dd>
            </>
          )}
          <dt>{r('reportDate')}</dt>
          <dd data-testid="report-date">{t.dateTime(model.at)}</dd>
        </dl>
        {model.snapshotAt !== null && (
          <p class="hint">
            {r('reportDataFrom', { time: t.dateTime(model.snapshotAt) })}
            {!model.listComplete && ` — ${r('reportDataPartial')}`}
          </p>
        )}
        {model.problem && (
          <p class="report-problem" role="status">
            {r(model.problem === 'no-data' ? 'reportNoData' : 'reportNoAssignment')}
          </p>
        )}
        {summary && (
          <p class="report-summary" data-testid="report-summary">
            {r('reportSummary', {
              ok: summary.ok,
              total: summary.total,
              missing: summary.missing,
              incomplete: summary.incomplete,
              ambiguous: summary.ambiguous,
              unknown: summary.unknown,
            })}
          </p>
        )}
        <div class="report-actions no-print">
          <button type="button" class="button" data-testid="report-print" onClick={actions.print}>
            {r('reportPrint')}
          </button>
          <button
            type="button"
            class="button button--secondary"
            data-testid="report-export-csv"
            onClick={actions.downloadCsv}
          >
            {r('reportDownloadCsv')}
          </button>
          <button
            type="button"
            class="button button--secondary"
            data-testid="report-export-json"
            onClick={actions.downloadJson}
          >
            {r('reportDownloadJson')}
          </button>
        </div>
      </header>
      <ReportRequirements t={t} r={r} groups={model.groups} chatTitles={model.chatTitles} />
      <ReportLinks t={t} r={r} annul={model.annul} linkMarks={model.linkMarks} chatTitles={model.chatTitles} />
      <ReportNotes
        t={t}
        r={r}
        notes={model.notes}
        findings={model.result?.findings ?? []}
        chatTitles={model.chatTitles}
        at={model.at}
      />
      <ReportChart t={t} r={r} series={model.chart} />
    </main>
  );
}
