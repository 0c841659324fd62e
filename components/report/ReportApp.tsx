import { Button } from '@/components/shared/Button';
import { ErrorBoundary } from '@/components/shared/ErrorBoundary';
import type { ReportData } from '@/utils/export/report-data';
import { buildReportModel, type ReportModel } from '@/utils/export/report-model';
import type { ReportText } from '@/utils/i18n/report-messages';
import { errorMessage, type Translator } from '@/utils/i18n/translator';
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
          <Button data-testid="report-print" onClick={actions.print}>
            {r('reportPrint')}
          </Button>
          <Button variant="secondary" data-testid="report-export-csv" onClick={actions.downloadCsv}>
            {r('reportDownloadCsv')}
          </Button>
          <Button variant="secondary" data-testid="report-export-json" onClick={actions.downloadJson}>
            {r('reportDownloadJson')}
          </Button>
          <a class="button button--secondary" href="organization.html" data-testid="organization-open">
            {r('reportOrganizationOpen')}
          </a>
        </div>
      </header>
      <ReportRequirements t={t} r={r} groups={model.groups} chatTitles={model.chatTitles} />
      <ReportLinks t={t} r={r} annul={model.annul} linkDecisions={model.linkDecisions} chatTitles={model.chatTitles} />
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

interface PageProps {
  t: Translator;
  r: ReportText;
  /** What the background answered, or why it could not (then only the way out is shown). */
  data: ReportData | { error: unknown };
  /** The page's actions on the model it shows (downloads are built from it). */
  actionsFor(model: ReportModel): ReportActions;
  /** The options page, where the data section (backup, restore, wipe) is. */
  optionsUrl: string;
}

/** In place of a report that cannot be shown: why, and the way to the data section on the options page. */
function ReportFailed({ r, error, optionsUrl }: { r: ReportText; error: unknown; optionsUrl: string }) {
  return (
    <main class="report" data-testid="report-failed">
      <h1>{r('reportTitle')}</h1>
      <p class="report-problem" role="alert">
        {r('reportFailed', { error: errorMessage(error) })}
      </p>
      <p>
        <a class="button" href={optionsUrl} data-testid="report-options">
          {r('reportOpenOptions')}
        </a>
      </p>
    </main>
  );
}

/** The model built and shown; built while rendering, so that a failure on stored data is caught by the boundary. */
function ReportOf({ t, r, data, actionsFor }: Omit<PageProps, 'data' | 'optionsUrl'> & { data: ReportData }) {
  const model = buildReportModel(data);
  const unreadable = data.setup.unreadable ?? [];
  return (
    <>
      {unreadable.length > 0 && (
        <p class="report-problem no-print" role="alert" data-testid="report-unreadable">
          {r('reportUnreadable', { parts: unreadable.map((part) => r(UNREADABLE_WORD[part])).join(', ') })}
        </p>
      )}
      <ReportApp t={t} r={r} model={model} actions={actionsFor(model)} />
    </>
  );
}

const UNREADABLE_WORD = {
  profile: 'reportUnreadableProfile',
  assignment: 'reportUnreadableAssignment',
  overrides: 'reportUnreadableOverrides',
} as const;

/**
 * The report page: the report, or — when the data could not be loaded or the report cannot be built from it — a
 * message and the way to the options page's data section (backup, restore, wipe).
 */
export function ReportPage({ t, r, data, actionsFor, optionsUrl }: PageProps) {
  const failed = (error: unknown) => <ReportFailed r={r} error={error} optionsUrl={optionsUrl} />;
  if ('error' in data) return failed(data.error);
  return (
    <ErrorBoundary fallback={failed}>
      <ReportOf t={t} r={r} data={data} actionsFor={actionsFor} />
    </ErrorBoundary>
  );
}
