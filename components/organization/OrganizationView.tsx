import { Button } from '@/components/shared/Button';
import type { OrgText } from '@/utils/i18n/organization-messages';
import type { Translator } from '@/utils/i18n/translator';
import type { OrganizationModel } from '@/utils/organization/organization-model';
import { parseMaxAgeDays } from '@/utils/organization/summary-max-age';
import { usePrintEverything } from '@/utils/ui/print-everything';
import { OrgGroups } from './OrgGroups';
import { OrgHistory } from './OrgHistory';
import { OrgLinks } from './OrgLinks';
import { OrgNotSent } from './OrgNotSent';
import { OrgPeople } from './OrgPeople';

interface Props {
  t: Translator;
  o: OrgText;
  model: OrganizationModel;
  /** The profile lists people at all (else «who sent nothing» has no one to name). */
  profileHasPeople: boolean;
  actions: {
    print(): void;
    downloadCsv(model: OrganizationModel): void;
    downloadJson(model: OrganizationModel): void;
    optionsUrl: string;
  };
  maxAgeDays: number;
  onMaxAgeDays(days: number): void;
}

const percentText = (percent: number | null) => (percent === null ? '—' : `${percent}%`);

/**
 * The organization's picture from its model: print and downloads, coverage, per person, who sent nothing, per group,
 * links to annul, coverage over time. Pure rendering (tests/bench/organization.bench.ts times it); the group tables
 * wait until opened and the links past the oldest 50 until asked for; everything renders for printing.
 */
export function OrganizationView({ t, o, model, profileHasPeople, actions, maxAgeDays, onMaxAgeDays }: Props) {
  const { printing, printAll } = usePrintEverything(actions.print);
  return (
    <>
      <div class="report-actions no-print">
        <Button data-testid="org-print" onClick={printAll}>
          {o('orgPrint')}
        </Button>
        <Button variant="secondary" data-testid="org-export-csv" onClick={() => actions.downloadCsv(model)}>
          {o('orgDownloadCsv')}
        </Button>
        <Button variant="secondary" data-testid="org-export-json" onClick={() => actions.downloadJson(model)}>
          {o('orgDownloadJson')}
        </Button>
        <a class="button button--secondary" href={actions.optionsUrl}>
          {o('orgOpenOptions')}
        </a>
        <label class="org-max-age">
          {o('orgMaxAge')}{' '}
          <input
            type="number"
            min={1}
            max={365}
            value={maxAgeDays}
            data-testid="org-max-age"
            onChange={(event) => {
              const days = parseMaxAgeDays(event.currentTarget.value);
              if (days !== null) onMaxAgeDays(days);
            }}
          />
        </label>
      </div>
      <p
        class="report-summary"
        data-testid="org-coverage"
        data-percent={model.coverage.percent ?? ''}
        data-ok={model.coverage.ok}
        data-total={model.coverage.total}
      >
        {model.coverage.total === 0
          ? o('orgCoverageNone')
          : o('orgCoverage', {
              percent: percentText(model.coverage.percent),
              ok: model.coverage.ok,
              total: model.coverage.total,
            })}
      </p>
      <OrgPeople t={t} o={o} people={model.people} />
      <OrgNotSent o={o} names={model.notSent} profileHasPeople={profileHasPeople} />
      <OrgGroups t={t} o={o} groups={model.groups} printing={printing} />
      <OrgLinks o={o} links={model.links} printing={printing} />
      <OrgHistory t={t} o={o} history={model.history} />
    </>
  );
}
